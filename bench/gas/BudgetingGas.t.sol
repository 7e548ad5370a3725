// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {MilestoneEscrow} from "../../contracts/treasury/MilestoneEscrow.sol";
import {PolityFactory} from "../../contracts/deployment/PolityFactory.sol";
import {BudgetingFixture} from "../../test/budgeting/BudgetingFixture.sol";
import {FactoryFixture} from "../../test/deployment/PolityFactory.t.sol";
import {GasRecorder} from "./GasRecorder.sol";

/**
 * @dev Gas of participatory budgeting, every call its own transaction (profile `bench`):
 *
 * - `polity.ballot.<design>.<n>`: a resident's first ballot naming n projects, in a round where every
 *   project has support already (support words and the commitment exist), without delegation;
 * - `.delegated`: the same in a round with delegation, cast by a delegate who carries two delegators;
 * - `.override`: in a round with delegation, cast by a delegator whose delegate already voted for 15
 *   projects, so that its weight also comes off each of those 15;
 * - `.replace`: replacing one's own ballot of the same size;
 * - `polity.ballot.<design>.256.override`: the worst override (issue 12): in a delegated round of 256
 *   projects, a delegator votes for all 256 after its delegate did, so that its weight comes off 256
 *   projects and goes onto 256 (cumulative: one point each, so the points are read back too);
 * - `polity.round.finalise.<n>`: counting a greedy round of n accepted projects on-chain;
 * - `polity.factory.deploy`: deploying a whole polity in one transaction.
 */
contract BudgetingGasBench is GasRecorder, BudgetingFixture, FactoryFixture {
    uint256 private constant RESIDENTS = 120;
    uint256 private constant BALLOT_PROJECTS = 20;

    function setUp() public {
        setUpBudgeting(4, RESIDENTS);
    }

    // ─── Ballots ─────────────────────────────────────────────────────────────────────────────────

    function test_ballots() public {
        IBudgetRounds.RoundConfig memory plain = approvalConfig(1_000_000);
        uint256 approvalRound = seededRound(plain, 0);
        measureBallots(approvalRound, "polity.ballot.approval", 10, "");
        measureReplace(approvalRound, 10);

        uint256 knapsackRound = seededRound(knapsackConfig(1_000_000, 0), 20);
        measureBallots(knapsackRound, "polity.ballot.knapsack", 30, "");

        uint256 cumulativeRound = seededRound(cumulativeConfig(1_000_000, 30, 3), 40);
        measureCumulative(cumulativeRound, 50);

        // delegation: residents 60.. vote; each delegate d has delegators d+1 and d+2 on the round's topic
        for (uint256 i; i < 3; ++i) {
            uint256 d = 60 + 3 * i;
            delegateAs(resident(d + 1), TRANSPORT, resident(d));
            delegateAs(resident(d + 2), TRANSPORT, resident(d));
        }
        // and delegators 80, 81, 82 of delegates 90, 91, 92, who vote for 15 projects first
        for (uint256 i; i < 3; ++i) {
            delegateAs(resident(80 + i), TRANSPORT, resident(90 + i));
        }
        IBudgetRounds.RoundConfig memory delegated = approvalConfig(1_000_000);
        delegated.delegation = true;
        delegated.topic = TRANSPORT;
        uint256 delegatedRound = seededRound(delegated, 100);
        uint256[3] memory sizes = [uint256(1), 5, 15];
        for (uint256 i; i < 3; ++i) {
            vote(resident(60 + 3 * i), delegatedRound, firstProjects(sizes[i]));
            record(string.concat("polity.ballot.approval.", vm.toString(sizes[i]), ".delegated"));
        }
        for (uint256 i; i < 3; ++i) {
            vote(resident(90 + i), delegatedRound, firstProjects(15));
        }
        for (uint256 i; i < 3; ++i) {
            vote(resident(80 + i), delegatedRound, lastProjects(sizes[i]));
            record(string.concat("polity.ballot.approval.", vm.toString(sizes[i]), ".override"));
        }
        writeFigures("budgeting-ballots");
    }

    /// @dev A voting round over BALLOT_PROJECTS projects in which residents first..first+4 voted already.
    function seededRound(IBudgetRounds.RoundConfig memory config, uint256 first) private returns (uint256 roundId) {
        uint128[] memory prices = new uint128[](BALLOT_PROJECTS);
        for (uint256 i; i < BALLOT_PROJECTS; ++i) {
            prices[i] = uint128(10_000 + 1_000 * i);
        }
        roundId = votingRound(config, prices);
        // every project has support already, so no measured ballot pays for a first support write
        for (uint256 v = first; v < first + 5; ++v) {
            uint8[] memory projects = v % 2 == 0 ? firstProjects(15) : lastProjects(15);
            if (config.ballot.kind == IBudgetRounds.BallotKind.Cumulative) {
                voteCumulative(resident(v), roundId, projects, onePointEach(15));
            } else {
                vote(resident(v), roundId, projects);
            }
        }
    }

    function measureBallots(uint256 roundId, string memory name, uint256 firstVoter, string memory suffix) private {
        uint256[3] memory sizes = [uint256(1), 5, 15];
        for (uint256 i; i < 3; ++i) {
            vote(resident(firstVoter + i), roundId, firstProjects(sizes[i]));
            record(string.concat(name, ".", vm.toString(sizes[i]), suffix));
        }
    }

    function measureReplace(uint256 roundId, uint256 firstVoter) private {
        uint256[3] memory sizes = [uint256(1), 5, 15];
        for (uint256 i; i < 3; ++i) {
            vote(resident(firstVoter + i), roundId, lastProjects(sizes[i]));
            record(string.concat("polity.ballot.approval.", vm.toString(sizes[i]), ".replace"));
        }
    }

    function measureCumulative(uint256 roundId, uint256 firstVoter) private {
        uint256[3] memory sizes = [uint256(1), 5, 15];
        for (uint256 i; i < 3; ++i) {
            voteCumulative(resident(firstVoter + i), roundId, firstProjects(sizes[i]), onePointEach(sizes[i]));
            record(string.concat("polity.ballot.cumulative.", vm.toString(sizes[i])));
        }
    }

    function firstProjects(uint256 n) private pure returns (uint8[] memory list) {
        list = new uint8[](n);
        for (uint256 i; i < n; ++i) {
            list[i] = uint8(i);
        }
    }

    function lastProjects(uint256 n) private pure returns (uint8[] memory list) {
        list = new uint8[](n);
        for (uint256 i; i < n; ++i) {
            list[i] = uint8(BALLOT_PROJECTS - n + i);
        }
    }

    function onePointEach(uint256 n) private pure returns (uint16[] memory list) {
        list = new uint16[](n);
        for (uint256 i; i < n; ++i) {
            list[i] = 1;
        }
    }

    // ─── The worst override: a delegate's ballot of 256 projects ─────────────────────────────────

    function test_overrideOfAFullBallot() public {
        // delegators 0 and 2 of delegates 1 and 3 on the round's topic
        delegateAs(resident(0), TRANSPORT, resident(1));
        delegateAs(resident(2), TRANSPORT, resident(3));
        uint8[] memory all = firstProjects(256);
        uint16[] memory onePoint = new uint16[](256);
        for (uint256 i; i < 256; ++i) {
            onePoint[i] = 1;
        }

        uint256 approvalRound = fullDelegatedRound(approvalConfig(1_000_000));
        vote(resident(1), approvalRound, all);
        vote(resident(0), approvalRound, all);
        record("polity.ballot.approval.256.override");

        uint256 cumulativeRound = fullDelegatedRound(cumulativeConfig(1_000_000, 256, 1));
        voteCumulative(resident(3), cumulativeRound, all, onePoint);
        voteCumulative(resident(2), cumulativeRound, all, onePoint);
        record("polity.ballot.cumulative.256.override");
        writeFigures("budgeting-override-256");
    }

    /// @dev A delegated round on TRANSPORT with 256 accepted projects, voting open.
    function fullDelegatedRound(IBudgetRounds.RoundConfig memory config) private returns (uint256 roundId) {
        config.delegation = true;
        config.topic = TRANSPORT;
        uint128[] memory prices = new uint128[](256);
        for (uint256 i; i < 256; ++i) {
            prices[i] = 1_000;
        }
        roundId = openRound(config);
        for (uint256 i; i < 256; ++i) {
            submit(resident(10 + i % 100), roundId, prices[i]);
        }
        toReview(roundId);
        acceptAll(roundId);
        toVoting(roundId);
    }

    // ─── Rounds: lifecycle and counting ──────────────────────────────────────────────────────────

    function test_rounds() public {
        uint256[3] memory sizes = [uint256(50), 150, 256];
        for (uint256 s; s < sizes.length; ++s) {
            uint256 count = sizes[s];
            uint256 roundId = bigRound(count, s == 0);
            results.finaliseGreedy(roundId);
            record(string.concat("polity.round.finalise.", vm.toString(count)));
        }
        writeFigures("budgeting-rounds");
    }

    /// @dev A greedy round of `count` accepted projects, varied costs, 40 ballots of 15 projects each.
    function bigRound(uint256 count, bool recordLifecycle) private returns (uint256 roundId) {
        uint256 total;
        uint128[] memory prices = new uint128[](count);
        for (uint256 i; i < count; ++i) {
            prices[i] = uint128(5_000 + uint256(keccak256(abi.encode("cost", i))) % 95_000);
            total += prices[i];
        }
        IBudgetRounds.RoundConfig memory config = approvalConfig(uint128(total / 3));
        config.maxSubmissionsPerResident = 3;
        string[] memory names = categories();
        vm.prank(council);
        roundId = rounds.openRound(config, names);
        if (recordLifecycle) record("polity.round.open");
        for (uint256 i; i < count; ++i) {
            vm.prank(resident(i % RESIDENTS));
            rounds.submitProject(roundId, prices[i], 1, 52_229_676, 21_012_229, keccak256(abi.encode("project", i)));
            if (recordLifecycle && i == 1) record("polity.project.submit");
        }
        toReview(roundId);
        for (uint256 i; i < count; ++i) {
            vm.prank(council);
            rounds.acceptProject(roundId, uint8(i));
            if (recordLifecycle && i == 1) record("polity.project.accept");
        }
        toVoting(roundId);
        for (uint256 v; v < 40; ++v) {
            uint8[] memory projects = new uint8[](15);
            uint256 stride = count / 15;
            uint256 start = uint256(keccak256(abi.encode("ballot", v))) % (count - 14 * stride);
            for (uint256 k; k < 15; ++k) {
                projects[k] = uint8(start + k * stride);
            }
            vote(resident(v), roundId, projects);
        }
        toResult(roundId);
    }

    // ─── Funding and deployment ──────────────────────────────────────────────────────────────────

    function test_treasury() public {
        uint256 roundId = votingRound(approvalConfig(100_000), costs(60_000, 30_000, 20_000));
        vote(resident(0), roundId, ids(0, 1));
        vote(resident(1), roundId, ids(0, 1));
        toResult(roundId);
        results.finaliseGreedy(roundId);
        vm.prank(address(timelock));
        IERC20(address(token)).approve(address(escrow), type(uint256).max);

        MilestoneEscrow.Milestone[] memory milestones = new MilestoneEscrow.Milestone[](3);
        for (uint256 i; i < 3; ++i) {
            milestones[i] = MilestoneEscrow.Milestone(20_000, keccak256(abi.encode("milestone", i)));
        }
        vm.prank(address(timelock));
        escrow.fundProject(roundId, 0, makeAddr("builder"), milestones);
        record("polity.escrow.fund.3milestones");
        vm.prank(council);
        escrow.releaseMilestone(roundId, 0, 0, keccak256("evidence"));
        record("polity.escrow.release");
        vm.prank(address(timelock));
        escrow.stopProject(roundId, 0, keccak256("stopped"));
        record("polity.escrow.stop");
        writeFigures("budgeting-treasury");
    }

    function test_factory() public {
        PolityFactory factory = deployFactory();
        factory.deployPolity(polityConfig(makeAddr("registrar"), makeAddr("council")));
        record("polity.factory.deploy");
        writeFigures("budgeting-factory");
    }
}
