// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {BudgetingFixture} from "./BudgetingFixture.sol";

/**
 * @dev Differential fuzzing of ballots against models written here from the rules as documented:
 * validation (which rule a ballot breaks first), support after any sequence of ballots and
 * replacements, and support under liquid delegation (each unit counts for the first voter on its chain).
 */
contract BallotFuzzTest is BudgetingFixture {
    uint256 internal constant RESIDENTS = 12;

    function setUp() public {
        setUpBudgeting(4, RESIDENTS);
    }

    // ─── Validation ──────────────────────────────────────────────────────────────────────────────

    struct Case {
        IBudgetRounds.BallotDesign design;
        uint256 budget;
        uint128[] costs;
        uint256 accepted;
        uint8[] projects;
        uint16[] points;
    }

    function testFuzz_validation_revertsWithTheFirstBrokenRule(uint256 seed) public {
        Case memory c = randomCase(seed);
        uint256 roundId = roundFor(c);
        bool cumulative = c.design.kind == IBudgetRounds.BallotKind.Cumulative;
        if (uint256(keccak256(abi.encode(seed, "entry"))) % 16 == 0) cumulative = !cumulative;

        bytes memory expected = modelError(roundId, c, cumulative);
        vm.prank(resident(0));
        (bool ok, bytes memory returned) = cumulative
            ? address(rounds).call(abi.encodeCall(rounds.castCumulativeBallot, (roundId, c.projects, c.points)))
            : address(rounds).call(abi.encodeCall(rounds.castBallot, (roundId, c.projects)));
        assertEq(ok, expected.length == 0, "valid exactly when the model says so");
        if (!ok) assertEq(returned, expected, "reverts with the first broken rule");
        if (ok) {
            for (uint256 i; i < c.projects.length; ++i) {
                assertEq(rounds.supportOf(roundId, c.projects[i]), cumulative ? c.points[i] : 1);
            }
        }
    }

    /// @dev The rules of docs/budgeting-rounds.md, in their documented order.
    function modelError(uint256 roundId, Case memory c, bool cumulative) internal pure returns (bytes memory) {
        IBudgetRounds.BallotDesign memory d = c.design;
        if ((d.kind == IBudgetRounds.BallotKind.Cumulative) != cumulative) {
            return abi.encodeWithSelector(IBudgetRounds.BallotWrongDesign.selector, roundId, d.kind);
        }
        uint256 n = c.projects.length;
        if (cumulative && c.points.length != n) {
            return abi.encodeWithSelector(IBudgetRounds.BallotPointsMismatch.selector, roundId, n, c.points.length);
        }
        uint256 total;
        uint256 spent;
        for (uint256 i; i < n; ++i) {
            uint256 p = c.projects[i];
            if (i > 0 && p <= c.projects[i - 1]) {
                return abi.encodeWithSelector(
                    IBudgetRounds.BallotProjectsNotAscending.selector, roundId, c.projects[i - 1], p
                );
            }
            if (p >= c.costs.length || (c.accepted >> p) & 1 == 0) {
                return abi.encodeWithSelector(IBudgetRounds.BallotProjectNotOnBallot.selector, roundId, p);
            }
            if (cumulative) {
                if (c.points[i] == 0) {
                    return abi.encodeWithSelector(IBudgetRounds.BallotZeroPoints.selector, roundId, p);
                }
                if (c.points[i] > d.maxPointsPerProject) {
                    return abi.encodeWithSelector(
                        IBudgetRounds.BallotProjectOverPointLimit.selector,
                        roundId,
                        p,
                        c.points[i],
                        d.maxPointsPerProject
                    );
                }
                total += c.points[i];
            }
            spent += c.costs[p];
        }
        if (n < d.minProjects) {
            return abi.encodeWithSelector(IBudgetRounds.BallotTooFewProjects.selector, roundId, n, d.minProjects);
        }
        if (d.maxProjects != 0 && n > d.maxProjects) {
            return abi.encodeWithSelector(IBudgetRounds.BallotTooManyProjects.selector, roundId, n, d.maxProjects);
        }
        if (total > d.points) {
            return abi.encodeWithSelector(IBudgetRounds.BallotTooManyPoints.selector, roundId, total, d.points);
        }
        if (d.kind == IBudgetRounds.BallotKind.Knapsack) {
            if (spent > c.budget) {
                return abi.encodeWithSelector(IBudgetRounds.BallotOverBudget.selector, roundId, spent, c.budget);
            }
            // the least share, rounded up: the smallest m with m * 10,000 >= budget * bps
            uint256 minimum = c.budget * d.minSpendBps / 10_000;
            if (minimum * 10_000 < c.budget * d.minSpendBps) minimum += 1;
            if (spent < minimum) {
                return abi.encodeWithSelector(IBudgetRounds.BallotUnderMinimumSpend.selector, roundId, spent, minimum);
            }
        }
        return "";
    }

    function randomCase(uint256 seed) internal pure returns (Case memory c) {
        uint256 r = uint256(keccak256(abi.encode(seed)));
        IBudgetRounds.BallotKind kind = IBudgetRounds.BallotKind(r % 3);
        uint16 minProjects = uint16((r >> 8) % 4);
        uint16 maxProjects = uint16((r >> 16) % 6);
        if (maxProjects != 0 && maxProjects < minProjects) maxProjects = minProjects;
        c.budget = 1 + (r >> 24) % 1000;
        if (kind == IBudgetRounds.BallotKind.Cumulative) {
            uint16 points = uint16(1 + (r >> 40) % 12);
            c.design =
                IBudgetRounds.BallotDesign(kind, minProjects, maxProjects, 0, points, uint16(1 + (r >> 48) % points));
        } else {
            uint16 bps = kind == IBudgetRounds.BallotKind.Knapsack ? uint16((r >> 56) % 10_001) : 0;
            if ((r >> 72) % 3 == 0) bps = 0;
            c.design = IBudgetRounds.BallotDesign(kind, minProjects, maxProjects, bps, 0, 0);
        }

        uint256 count = 1 + (r >> 80) % 10;
        c.costs = new uint128[](count);
        for (uint256 i; i < count; ++i) {
            c.costs[i] = uint128(1 + uint256(keccak256(abi.encode(seed, "cost", i))) % (c.budget * 2 / 3 + 1));
        }
        c.accepted = uint256(keccak256(abi.encode(seed, "accepted"))) & ((1 << count) - 1);
        if ((r >> 88) % 4 != 0) c.accepted |= (uint256(keccak256(abi.encode(seed, "more"))) & ((1 << count) - 1));

        // A ballot drawn mostly from the accepted projects, sometimes unordered or repeating, sometimes
        // naming a project that does not exist.
        uint256 pick = uint256(keccak256(abi.encode(seed, "pick"))) & ((1 << (count + 2)) - 1);
        if ((r >> 96) % 3 != 0) pick &= c.accepted;
        uint8[] memory projects = new uint8[](count + 3);
        uint256 length;
        for (uint256 i; i < count + 2; ++i) {
            if ((pick >> i) & 1 == 1) projects[length++] = uint8(i);
        }
        if (length >= 2 && (r >> 104) % 6 == 0) (projects[0], projects[1]) = (projects[1], projects[0]);
        if (length >= 1 && (r >> 112) % 8 == 0) projects[length++] = projects[length - 1];
        assembly ("memory-safe") {
            mstore(projects, length)
        }
        c.projects = projects;

        uint256 pointCount = (r >> 120) % 12 == 0 ? (length + 1) % (length + 2) : length;
        c.points = new uint16[](pointCount);
        uint256 maxPer = c.design.maxPointsPerProject;
        for (uint256 i; i < pointCount; ++i) {
            c.points[i] = uint16(uint256(keccak256(abi.encode(seed, "points", i))) % (maxPer + 2));
            if ((r >> 128) % 2 == 0 && c.points[i] == 0) c.points[i] = 1;
        }
    }

    function roundFor(Case memory c) internal returns (uint256 roundId) {
        IBudgetRounds.RoundConfig memory config = approvalConfig(uint128(c.budget));
        config.ballot = c.design;
        roundId = openRound(config);
        for (uint256 i; i < c.costs.length; ++i) {
            submit(resident(0), roundId, c.costs[i]);
        }
        toReview(roundId);
        for (uint256 i; i < c.costs.length; ++i) {
            if ((c.accepted >> i) & 1 == 1) {
                vm.prank(council);
                rounds.acceptProject(roundId, uint8(i));
            }
        }
        toVoting(roundId);
    }

    // ─── Support after ballots and replacements ──────────────────────────────────────────────────

    uint256 internal constant PROJECTS = 8;

    uint256[RESIDENTS] internal modelBallot;
    uint256[PROJECTS][RESIDENTS] internal modelPoints;
    bool[RESIDENTS] internal modelVoted;

    function testFuzz_support_equalsTheSumOfCurrentBallots(uint256 seed, bool cumulative) public {
        IBudgetRounds.RoundConfig memory config = cumulative ? cumulativeConfig(1000, 24, 3) : approvalConfig(1000);
        config.ballot.minProjects = 0;
        uint128[] memory prices = new uint128[](PROJECTS);
        for (uint256 i; i < PROJECTS; ++i) {
            prices[i] = 10;
        }
        uint256 roundId = votingRound(config, prices);

        uint256 steps = 1 + seed % 24;
        for (uint256 s; s < steps; ++s) {
            castAndRemember(roundId, uint256(keccak256(abi.encode(seed, s))), cumulative);
        }

        for (uint256 p; p < PROJECTS; ++p) {
            uint256 expected;
            for (uint256 v; v < RESIDENTS; ++v) {
                expected += modelPoints[v][p];
            }
            assertEq(rounds.supportOf(roundId, uint8(p)), expected);
        }
        uint256 ballots;
        for (uint256 v; v < RESIDENTS; ++v) {
            (bool cast, uint8[] memory stored,,) = rounds.ballotOf(roundId, resident(v));
            assertEq(cast, modelVoted[v]);
            uint256 bitmap;
            for (uint256 i; i < stored.length; ++i) {
                bitmap |= 1 << stored[i];
            }
            assertEq(bitmap, modelBallot[v]);
            if (cast) ++ballots;
        }
        (, uint256 counted) = rounds.ballotCommitment(roundId);
        assertEq(counted, ballots);
    }

    function castAndRemember(uint256 roundId, uint256 r, bool cumulative) internal {
        uint256 voter = r % RESIDENTS;
        uint256 bitmap = (r >> 8) & ((1 << PROJECTS) - 1);
        (uint8[] memory projects, uint16[] memory points) = toBallot(bitmap, r >> 16, cumulative);
        if (cumulative) voteCumulative(resident(voter), roundId, projects, points);
        else vote(resident(voter), roundId, projects);
        modelBallot[voter] = bitmap;
        modelVoted[voter] = true;
        for (uint256 p; p < PROJECTS; ++p) {
            modelPoints[voter][p] = 0;
        }
        for (uint256 i; i < projects.length; ++i) {
            modelPoints[voter][projects[i]] = cumulative ? points[i] : 1;
        }
    }

    function toBallot(uint256 bitmap, uint256 r, bool cumulative)
        internal
        pure
        returns (uint8[] memory projects, uint16[] memory points)
    {
        uint256 n;
        for (uint256 p; p < PROJECTS; ++p) {
            if ((bitmap >> p) & 1 == 1) ++n;
        }
        projects = new uint8[](n);
        points = new uint16[](cumulative ? n : 0);
        uint256 k;
        for (uint256 p; p < PROJECTS; ++p) {
            if ((bitmap >> p) & 1 == 0) continue;
            projects[k] = uint8(p);
            if (cumulative) points[k] = uint16(1 + (r >> (2 * k)) % 3);
            ++k;
        }
    }

    // ─── Support under liquid delegation ─────────────────────────────────────────────────────────

    function testFuzz_delegation_eachUnitCountsForTheFirstVoterOnItsChain(uint256 seed) public {
        // Delegations on the round's topic (some refused: cycles within reach), and noise
        // on another topic. The model keeps only the ones the registry accepted.
        address[RESIDENTS] memory delegateOf;
        for (uint256 i; i < RESIDENTS * 2; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, "delegation", i)));
            if (r % 3 == 0) continue;
            uint256 from = (r >> 8) % RESIDENTS;
            uint256 to = (r >> 16) % RESIDENTS;
            uint8 topic = (r >> 24) % 5 == 0 ? EDUCATION : TRANSPORT;
            address target = (r >> 32) % 7 == 0 ? address(0) : resident(to);
            vm.prank(resident(from));
            try registry.delegateOnTopic(topic, target) {
                if (topic == TRANSPORT) delegateOf[from] = target == resident(from) ? address(0) : target;
            } catch {}
        }

        IBudgetRounds.RoundConfig memory config = approvalConfig(1000);
        config.delegation = true;
        config.topic = TRANSPORT;
        config.ballot.minProjects = 0;
        uint128[] memory prices = new uint128[](PROJECTS);
        for (uint256 i; i < PROJECTS; ++i) {
            prices[i] = 10;
        }
        uint256 roundId = votingRound(config, prices);

        uint256[RESIDENTS] memory ballotOf;
        bool[RESIDENTS] memory voted;
        uint256 steps = 1 + (seed >> 128) % 20;
        for (uint256 s; s < steps; ++s) {
            uint256 r = uint256(keccak256(abi.encode(seed, "ballot", s)));
            uint256 voter = r % RESIDENTS;
            uint256 bitmap = (r >> 8) & ((1 << PROJECTS) - 1);
            (uint8[] memory projects,) = toBallot(bitmap, 0, false);
            vote(resident(voter), roundId, projects);
            ballotOf[voter] = bitmap;
            voted[voter] = true;
        }

        uint256[RESIDENTS] memory weightOf;
        uint256[PROJECTS] memory support;
        // A unit reaches its holder and the next maxDepth accounts up its chain (the counting rule since
        // issue 12, finding 2): it counts for the first voter among them, and for nobody past them.
        uint256 reach = registry.maxDepth();
        for (uint256 unit; unit < RESIDENTS; ++unit) {
            // walk the unit's chain to the first voter within reach
            uint256 node = unit;
            bool found;
            for (uint256 hop; hop <= reach; ++hop) {
                if (voted[node]) {
                    found = true;
                    break;
                }
                if (delegateOf[node] == address(0)) break;
                node = uint160(delegateOf[node]) - 0x10000;
            }
            if (!found) continue;
            weightOf[node] += 1;
            for (uint256 p; p < PROJECTS; ++p) {
                if ((ballotOf[node] >> p) & 1 == 1) support[p] += 1;
            }
        }
        for (uint256 p; p < PROJECTS; ++p) {
            assertEq(rounds.supportOf(roundId, uint8(p)), support[p], "support");
        }
        for (uint256 v; v < RESIDENTS; ++v) {
            (,,, uint256 weight) = rounds.ballotOf(roundId, resident(v));
            assertEq(weight, weightOf[v], "weight");
        }
    }
}
