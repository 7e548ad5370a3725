// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm} from "forge-std/Vm.sol";
import {GovernorCountingLiquid} from "../../contracts/governance/GovernorCountingLiquid.sol";
import {LiquidTally} from "../../contracts/governance/LiquidTally.sol";
import {PolityFixture} from "../utils/PolityFixture.sol";

/**
 * @notice The counting rule on hand-worked cases: each unit counts for the first account on its holder's
 * chain at the snapshot that voted. Expected weights are worked out from the rule in the comments.
 */
contract LiquidCountingTest is PolityFixture {
    address internal ana = makeAddr("ana");
    address internal ben = makeAddr("ben");
    address internal carla = makeAddr("carla");
    address internal dan = makeAddr("dan");
    address internal eva = makeAddr("eva");
    address internal fay = makeAddr("fay");

    function setUp() public {
        setUpCity(4);
        admit(ana);
        admit(ben);
        admit(carla);
        admit(dan);
        admit(eva);
        admit(fay);
        vm.warp(block.timestamp + 1);
    }

    function expectCount(uint256 proposalId, uint256 against, uint256 for_, uint256 abstain) internal view {
        (uint256 a, uint256 f, uint256 b) = tally(proposalId);
        assertEq(a, against, "against");
        assertEq(f, for_, "for");
        assertEq(b, abstain, "abstain");
    }

    /// @dev ana -> ben -> carla -> dan, eva -> carla (transport).
    function buildChain() internal {
        delegateAs(ana, TRANSPORT, ben);
        delegateAs(ben, TRANSPORT, carla);
        delegateAs(carla, TRANSPORT, dan);
        delegateAs(eva, TRANSPORT, carla);
    }

    function test_overridesAtEveryDepth() public {
        buildChain();
        uint256 id = proposeOn(TRANSPORT, "tram line");
        startVoting();

        // dan is first on everyone's chain but fay's: ana, ben, carla, dan, eva.
        assertEq(voteAs(dan, id, FOR), 5);
        // ana votes three hops below dan: her unit leaves dan.
        vm.expectEmit(address(governor));
        emit GovernorCountingLiquid.VoteReduced(dan, id, FOR, 1);
        assertEq(voteAs(ana, id, AGAINST), 1);
        // carla claims ben, eva and herself (ana voted); dan keeps his own.
        vm.expectEmit(address(governor));
        emit GovernorCountingLiquid.VoteReduced(dan, id, FOR, 3);
        assertEq(voteAs(carla, id, ABSTAIN), 3);
        // ben claims only himself, and from carla, the nearest voter above him; dan loses nothing.
        vm.expectEmit(address(governor));
        emit GovernorCountingLiquid.VoteReduced(carla, id, ABSTAIN, 1);
        assertEq(voteAs(ben, id, AGAINST), 1);

        expectCount(id, 2, 1, 2);
        assertEq(counted(id, dan), 1);
        assertEq(counted(id, carla), 2);
        assertEq(counted(id, ben), 1);
        assertEq(counted(id, ana), 1);
    }

    function test_votingBottomUpReducesNobody() public {
        buildChain();
        uint256 id = proposeOn(TRANSPORT, "tram line");
        startVoting();
        vm.recordLogs();
        assertEq(voteAs(ana, id, FOR), 1);
        assertEq(voteAs(ben, id, FOR), 1);
        assertEq(voteAs(eva, id, AGAINST), 1);
        assertEq(voteAs(carla, id, FOR), 1, "ana, ben and eva speak for themselves");
        assertEq(voteAs(dan, id, AGAINST), 1);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 5, "one VoteCast per ballot and nothing else");
        for (uint256 i; i < logs.length; ++i) {
            assertTrue(logs[i].topics[0] != GovernorCountingLiquid.VoteReduced.selector);
        }
        expectCount(id, 2, 3, 0);
    }

    function test_aMiddleVoterAfterTheBottomClaimsOnlyWhatIsLeft() public {
        buildChain();
        uint256 id = proposeOn(TRANSPORT, "tram line");
        startVoting();
        assertEq(voteAs(ana, id, AGAINST), 1);
        // Nobody above ana voted yet; carla's chain: carla -> dan. carla represents ana, ben, eva, carla.
        assertEq(voteAs(carla, id, FOR), 3);
        assertEq(voteAs(dan, id, FOR), 1);
        assertEq(voteAs(ben, id, ABSTAIN), 1);
        expectCount(id, 1, 3, 1);
        assertEq(counted(id, carla), 2);
    }

    function test_unitsWithNoVoterOnTheirChainAreNotCounted() public {
        buildChain();
        uint256 id = proposeOn(TRANSPORT, "tram line");
        startVoting();
        voteAs(fay, id, FOR);
        voteAs(ben, id, AGAINST);
        // ben's vote carries ana; carla, dan, eva sit above or beside him with no voter on their chains.
        expectCount(id, 2, 1, 0);
    }

    function test_delegationsCountOnlyOnTheirTopic() public {
        buildChain();
        uint256 general = proposeOn(GENERAL, "budget");
        uint256 education = proposeOn(EDUCATION, "schools");
        startVoting();
        assertEq(voteAs(dan, general, FOR), 1);
        assertEq(voteAs(dan, education, FOR), 1);
        expectCount(general, 0, 1, 0);
        expectCount(education, 0, 1, 0);
    }

    function test_onlyTheSnapshotMatters() public {
        delegateAs(ana, GENERAL, ben);
        uint256 id = proposeOn(GENERAL, "snapshot");
        uint256 snapshot = governor.proposalSnapshot(id);
        vm.warp(snapshot);
        // In the snapshot's own second: counted.
        delegateAs(carla, GENERAL, ben);
        vm.warp(snapshot + 1);
        // After it: not counted, and nobody loses eligibility or gains it.
        delegateAs(ana, GENERAL, dan);
        delegateAs(eva, GENERAL, ben);
        revokeResident(carla);
        address late = makeAddr("late");
        admit(late);

        assertEq(voteAs(ben, id, FOR), 3, "ben, ana and carla as at the snapshot");
        assertEq(voteAs(carla, id, AGAINST), 1, "carla was a resident at the snapshot");
        vm.expectRevert(abi.encodeWithSelector(LiquidTally.LiquidTallyIneligibleVoter.selector, late, snapshot));
        voteAs(late, id, FOR);
        expectCount(id, 1, 2, 0);
    }

    function test_aRevokedResidentInTheMiddlePassesWeightButCannotVote() public {
        delegateAs(ana, GENERAL, ben);
        delegateAs(ben, GENERAL, carla);
        revokeResident(ben);
        uint256 id = proposeOn(GENERAL, "through a gap");
        startVoting();
        assertEq(voteAs(carla, id, FOR), 2, "carla and ana; ben has no unit");
        vm.expectRevert(
            abi.encodeWithSelector(
                LiquidTally.LiquidTallyIneligibleVoter.selector, ben, governor.proposalSnapshot(id)
            )
        );
        voteAs(ben, id, AGAINST);
        vm.expectEmit(address(governor));
        emit GovernorCountingLiquid.VoteReduced(carla, id, FOR, 1);
        assertEq(voteAs(ana, id, AGAINST), 1);
        expectCount(id, 1, 1, 0);
    }

    function test_anExpiredResidentsUnitFlowsToTheirDelegateUntilCleanedUp() public {
        address brief = makeAddr("brief");
        admitUntil(brief, 1, uint48(block.timestamp + 1 hours));
        delegateAs(brief, GENERAL, dan);
        vm.warp(block.timestamp + 2 hours);
        uint256 kept = proposeOn(GENERAL, "cleanup after the snapshot");
        startVoting();
        expireResident(brief);
        uint256 gone = proposeOn(GENERAL, "cleanup before the snapshot");
        startVoting();

        vm.expectRevert(
            abi.encodeWithSelector(
                LiquidTally.LiquidTallyIneligibleVoter.selector, brief, governor.proposalSnapshot(kept)
            )
        );
        voteAs(brief, kept, FOR);
        assertEq(voteAs(dan, kept, FOR), 2, "the expired unit still flows to dan");
        assertEq(voteAs(dan, gone, FOR), 1);
    }

    // ─── Covered amounts live in reusable lanes ──────────────────────────────────────────────────

    /// @dev ana -> ben -> carla on general; per proposal: carla, then ana, then ben vote.
    function voteThreeWays(uint256 id) internal {
        assertEq(voteAs(carla, id, FOR), 3);
        assertEq(voteAs(ana, id, AGAINST), 1);
        assertEq(voteAs(ben, id, ABSTAIN), 1);
    }

    function test_moreConcurrentProposalsThanLanesCountIndependently() public {
        delegateAs(ana, GENERAL, ben);
        delegateAs(ben, GENERAL, carla);
        uint256[] memory ids = new uint256[](11);
        for (uint256 i; i < ids.length; ++i) {
            ids[i] = proposeOn(GENERAL, string.concat("concurrent ", vm.toString(i)));
        }
        startVoting();
        // Interleaved: every proposal's carla first, then every ana, then every ben.
        for (uint256 i; i < ids.length; ++i) {
            assertEq(voteAs(carla, ids[i], FOR), 3);
        }
        for (uint256 i; i < ids.length; ++i) {
            assertEq(voteAs(ana, ids[i], AGAINST), 1);
        }
        for (uint256 i; i < ids.length; ++i) {
            assertEq(voteAs(ben, ids[i], ABSTAIN), 1);
            expectCount(ids[i], 1, 1, 1);
        }
    }

    function test_aReusedLaneStartsFromNothing() public {
        delegateAs(ana, GENERAL, ben);
        delegateAs(ben, GENERAL, carla);
        // Proposed by residents: proposals of those who hold no vote get lanes of their own.
        vm.prank(fay);
        uint256 first = proposeOn(GENERAL, "first");
        startVoting();
        // ana votes first: ben and carla now carry 1 covered unit on this proposal's lane.
        assertEq(voteAs(ana, first, AGAINST), 1);
        vm.warp(governor.proposalDeadline(first) + 1);

        vm.prank(fay);
        uint256 second = proposeOn(GENERAL, "second");
        assertEq((second >> 64) & 0xff, (first >> 64) & 0xff, "the second proposal reuses the first one's lane");
        startVoting();
        // On the new proposal nothing is claimed yet: ben represents ana and himself.
        assertEq(voteAs(ben, second, FOR), 2);
        assertEq(voteAs(carla, second, FOR), 1);
        assertEq(voteAs(ana, second, AGAINST), 1);
        expectCount(second, 1, 2, 0);
        assertEq(counted(second, ben), 1);
    }
}
