// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ResidentCampaign} from "../utils/ResidentCampaign.sol";
import {LiquidModel} from "../utils/LiquidModel.sol";

/**
 * @notice Handler for invariant runs: each action is one campaign step (compared with {LiquidModel} as it
 * happens) driven by a fuzzed seed, on one city it deployed itself (it is registrar and proposer). After
 * every action it records a few readings of the past (calldata and answer), which must never change.
 */
contract LiquidHandler is ResidentCampaign {
    uint256 public constant MAX_READINGS = 240;

    uint256 public immutable depth;
    address[] private _readTargets;
    bytes[] private _readCalls;
    bytes[] private _readAnswers;
    uint256 private _lastReadAt;
    uint256 public actions;

    constructor(uint256 depth_) {
        depth = depth_;
        vm.warp(START_TIME);
        (registry, timelock, governor) = deployResidentCity(depth_, campaignSettings());
        source = registry;
        addPeople(SIGNING_RESIDENTS, OUTSIDERS);
        model = new LiquidModel(depth_, TOPICS, true);
        for (uint256 i; i < people.length; ++i) {
            model.track(people[i]);
        }
        // A city already under way: residents, delegations, and a proposal open for voting.
        for (uint256 i; i < 8; ++i) {
            tryAdmit(people[i], false);
        }
        vm.warp(block.timestamp + 1);
        for (uint256 i; i < 12; ++i) {
            stepDelegate();
        }
        tryPropose(anyTopic());
        vm.warp(block.timestamp + CAMPAIGN_DELAY + 1);
    }

    function maxProposals() internal pure override returns (uint256) {
        return 16;
    }

    // ─── Actions ─────────────────────────────────────────────────────────────────────────────────

    function delegateSomeone(uint256 seed) external {
        begin(seed);
        stepDelegate();
        end();
    }

    /// @dev A few ballots, so that overrides (a later ballot below an earlier one) happen often.
    function vote(uint256 seed) external {
        begin(seed);
        stepVote();
        stepVote();
        stepVote();
        end();
    }

    function propose(uint256 seed) external {
        begin(seed);
        stepPropose();
        end();
    }

    function admitSomeone(uint256 seed) external {
        begin(seed);
        tryAdmit(people[draw(SIGNING_RESIDENTS)], chance(30));
        end();
    }

    function revokeSomeone(uint256 seed) external {
        begin(seed);
        tryRemove(anyone(), false);
        end();
    }

    function expireSomeone(uint256 seed) external {
        begin(seed);
        stepExpire();
        end();
    }

    function wait(uint256 seed) external {
        begin(seed);
        vm.warp(block.timestamp + 1 hours + draw(6 hours));
        end();
    }

    /// @dev Every action happens some time after the previous one, as campaign steps do.
    function begin(uint256 seed) private {
        seedCampaign(seed);
        passTime();
        ++actions;
    }

    /// @dev Records what the past looked like one second ago for someone; that second is over for good.
    function end() private {
        uint256 t = block.timestamp - 1;
        if (t <= _lastReadAt || _readCalls.length >= MAX_READINGS) return;
        _lastReadAt = t;
        address account = anyone();
        uint8 topic = anyTopic();
        read(address(registry), abi.encodeCall(registry.getPastVotes, (account, t)));
        read(address(registry), abi.encodeCall(registry.pastTopicVotes, (account, topic, t)));
        read(address(registry), abi.encodeCall(registry.delegateAt, (account, topic, t)));
        read(address(registry), abi.encodeCall(registry.chainAt, (account, topic, t)));
        read(address(registry), abi.encodeCall(registry.pastUnits, (account, t)));
        read(address(registry), abi.encodeCall(registry.voterAt, (account, topic, t)));
        read(address(registry), abi.encodeCall(registry.residencyAt, (account, t)));
        read(address(registry), abi.encodeCall(registry.getPastTotalSupply, (t)));
        read(address(governor), abi.encodeCall(governor.quorum, (t)));
    }

    function read(address target, bytes memory call) private {
        (bool ok, bytes memory answer) = target.staticcall(call);
        require(ok, "a reading of the past reverted");
        _readTargets.push(target);
        _readCalls.push(call);
        _readAnswers.push(answer);
    }

    // ─── Checks used by the invariants ───────────────────────────────────────────────────────────

    function outcomes(bytes4 outcome) external view returns (uint256) {
        return seen[outcome];
    }

    function proposalCount() external view returns (uint256) {
        return proposals.length;
    }

    function readings() external view returns (uint256) {
        return _readCalls.length;
    }

    /// @dev Every reading of the past answers today what it answered when it was taken.
    function checkHistory() external view {
        for (uint256 i; i < _readCalls.length; ++i) {
            (bool ok, bytes memory answer) = _readTargets[i].staticcall(_readCalls[i]);
            assertTrue(ok);
            assertEq(answer, _readAnswers[i], "a past reading changed");
        }
    }

    /// @dev Counted weight: at most the units at the snapshot, every unit at most once, as the model says.
    function checkCounts() external view {
        for (uint256 p; p < proposals.length; ++p) {
            uint256 proposalId = proposals[p];
            uint256 snapshot = governor.proposalSnapshot(proposalId);
            if (snapshot >= block.timestamp) continue;
            (uint256 against, uint256 for_, uint256 abstain) = governor.proposalVotes(proposalId);
            uint256 counted = against + for_ + abstain;
            assertLe(counted, registry.getPastTotalSupply(snapshot), "more counted than units at the snapshot");

            uint256 receipts;
            for (uint256 i; i < people.length; ++i) {
                (,, uint256 weight) = governor.voteReceipt(proposalId, people[i]);
                receipts += weight;
            }
            assertEq(receipts, counted, "receipts and tallies disagree: a unit counted twice or lost");

            (uint256[] memory weights, uint256[3] memory tallies) =
                model.count(proposalId, model.ballotCount(proposalId));
            assertEq(counted, tallies[0] + tallies[1] + tallies[2], "counted weight differs from the model");
            assertLe(counted, model.totalUnitsAt(snapshot));
            checkCount(proposalId, weights, tallies);
        }
    }

    /// @dev The part of every chain that units travel (at most `depth` hops) never holds the same account
    /// twice, nor the account itself: no unit counts twice for anyone.
    function checkChains() external view {
        for (uint8 topic; topic < TOPICS; ++topic) {
            for (uint256 i; i < people.length; ++i) {
                address[] memory chain = registry.chainOf(people[i], topic);
                assertLe(chain.length, depth, "a chain longer than the maximum depth");
                for (uint256 j; j < chain.length; ++j) {
                    assertTrue(chain[j] != people[i], "a cycle through the account");
                    for (uint256 k; k < j; ++k) {
                        assertTrue(chain[j] != chain[k], "a cycle above the account");
                    }
                }
            }
        }
    }

    /// @dev The reads of one topic (in turn, by action count) and every residency agree with the model.
    function checkModel() external view {
        checkCurrentReads(uint8(actions % TOPICS));
        checkResidency();
    }
}
