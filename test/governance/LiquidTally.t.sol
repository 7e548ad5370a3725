// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {ILiquidVotes} from "../../contracts/delegation/ILiquidVotes.sol";
import {LiquidTally} from "../../contracts/governance/LiquidTally.sol";

/// @dev Exposes the library's ledger.
contract TallyHarness {
    using LiquidTally for LiquidTally.Ledger;

    LiquidTally.Ledger private _ledger;

    function cast(LiquidTally.Vote memory vote, address voter, uint8 choice)
        external
        returns (uint256 weight, address reduced, uint8 reducedChoice, uint256 reduction)
    {
        return _ledger.cast(vote, voter, choice);
    }

    function receipt(uint256 voteId, address voter) external view returns (LiquidTally.Receipt memory) {
        return _ledger.receipt(voteId, voter);
    }

    function setChoice(uint256 voteId, address voter, uint8 choice) external {
        _ledger.setChoice(voteId, voter, choice);
    }
}

/// @dev A votes source that answers whatever it was told: one unit each, a scripted delegate per account,
/// and units below it by distance (maximum depth 3: three lanes of 64 bits).
contract ScriptedSource {
    uint256 internal constant DEPTH = 3;

    mapping(address account => address) public next;
    mapping(address account => uint256[3]) internal _below;
    mapping(address account => bool) public barred;

    /// @dev `below[i]`: units i + 1 hops below `account`.
    function script(address account, address delegate_, uint256[3] memory below) external {
        next[account] = delegate_;
        _below[account] = below;
    }

    function bar(address account) external {
        barred[account] = true;
    }

    function voterAt(address account, uint8, uint256)
        external
        view
        returns (bool eligible, uint256 power, uint256 delegated, address delegate_)
    {
        uint256[3] memory below = _below[account];
        uint256 profile = below[0] | (below[1] << 64) | (below[2] << 128) | (DEPTH << 248);
        return (!barred[account], 1 + below[0] + below[1] + below[2], profile, next[account]);
    }

    function delegateAt(address account, uint8, uint256) external view returns (address) {
        return next[account];
    }
}

/// @notice The counting engine on its own: ballots, changed choices, and a walk bounded whatever the source says.
contract LiquidTallyTest is Test {
    TallyHarness internal tally = new TallyHarness();
    ScriptedSource internal source = new ScriptedSource();
    address internal ana = makeAddr("ana");
    address internal ben = makeAddr("ben");
    address internal carla = makeAddr("carla");

    function none() internal pure returns (uint256[3] memory) {}

    function lanes(uint256 one, uint256 two, uint256 three) internal pure returns (uint256[3] memory) {
        return [one, two, three];
    }

    function vote(uint256 id) internal view returns (LiquidTally.Vote memory) {
        return LiquidTally.Vote({
            id: id,
            lane: 0,
            tag: uint48(id),
            snapshot: 100,
            topic: 0,
            source: ILiquidVotes(address(source))
        });
    }

    function test_aBallotClaimsWhatIsNotClaimedBelowAndReducesTheNearestVoterAbove() public {
        // ana -> ben -> carla
        source.script(ana, ben, none());
        source.script(ben, carla, lanes(1, 0, 0));
        source.script(carla, address(0), lanes(1, 1, 0));
        (uint256 weight, address reduced,,) = tally.cast(vote(1), carla, 1);
        assertEq(weight, 3);
        assertEq(reduced, address(0));
        uint8 reducedChoice;
        uint256 reduction;
        (weight, reduced, reducedChoice, reduction) = tally.cast(vote(1), ana, 0);
        assertEq(weight, 1);
        assertEq(reduced, carla);
        assertEq(reducedChoice, 1);
        assertEq(reduction, 1);
        (weight, reduced,, reduction) = tally.cast(vote(1), ben, 2);
        assertEq(weight, 1, "ana's unit is claimed already");
        assertEq(reduced, carla);
        assertEq(reduction, 1);
        assertEq(tally.receipt(1, carla).weight, 1);
    }

    /// @notice Maximum depth 3, a0 -> a1 -> a2 -> a3 -> a4: a0's unit reaches a1, a2 and a3, never a4.
    function test_anOverrideTakesOnlyWhatReachedTheVoterAbove() public {
        address[5] memory a = [makeAddr("a0"), makeAddr("a1"), makeAddr("a2"), makeAddr("a3"), makeAddr("a4")];
        source.script(a[0], a[1], none());
        source.script(a[1], a[2], lanes(1, 0, 0));
        source.script(a[2], a[3], lanes(1, 1, 0));
        source.script(a[3], a[4], lanes(1, 1, 1));
        source.script(a[4], address(0), lanes(1, 1, 1));
        (uint256 weight,,,) = tally.cast(vote(1), a[4], 1);
        assertEq(weight, 4, "a4, a3, a2, a1");
        // a2 claims itself, a1 and a0 (3), but only itself and a1 had reached a4.
        (uint256 claimed, address reduced,, uint256 reduction) = tally.cast(vote(1), a[2], 0);
        assertEq(claimed, 3);
        assertEq(reduced, a[4]);
        assertEq(reduction, 2);
        assertEq(tally.receipt(1, a[4]).weight, 2);
        // a0 now finds a2 two hops up and takes back its own unit.
        (claimed, reduced,, reduction) = tally.cast(vote(1), a[0], 0);
        assertEq(claimed, 1);
        assertEq(reduced, a[2]);
        assertEq(reduction, 1);
        assertEq(tally.receipt(1, a[2]).weight, 2);
    }

    /// @notice A voter whose nearest voter above is beyond its reach reduces nobody.
    function test_aVoterBeyondTheReachIsNotReduced() public {
        address[5] memory a = [makeAddr("a0"), makeAddr("a1"), makeAddr("a2"), makeAddr("a3"), makeAddr("a4")];
        source.script(a[0], a[1], none());
        source.script(a[1], a[2], lanes(1, 0, 0));
        source.script(a[2], a[3], lanes(1, 1, 0));
        source.script(a[3], a[4], lanes(1, 1, 1));
        source.script(a[4], address(0), lanes(1, 1, 1));
        tally.cast(vote(1), a[4], 1);
        (uint256 weight, address reduced,, uint256 reduction) = tally.cast(vote(1), a[0], 0);
        assertEq(weight, 1);
        assertEq(reduced, address(0), "a4 is four hops above a0");
        assertEq(reduction, 0);
        assertEq(tally.receipt(1, a[4]).weight, 4);
    }

    function test_aChangedChoiceKeepsTheWeight() public {
        source.script(ana, ben, none());
        source.script(ben, address(0), lanes(1, 0, 0));
        tally.cast(vote(7), ben, 1);
        tally.setChoice(7, ben, 2);
        LiquidTally.Receipt memory receipt = tally.receipt(7, ben);
        assertTrue(receipt.voted);
        assertEq(receipt.choice, 2);
        assertEq(receipt.weight, 2);
        (, address reduced, uint8 reducedChoice,) = tally.cast(vote(7), ana, 0);
        assertEq(reduced, ben);
        assertEq(reducedChoice, 2, "the reduced voter is reported with its current choice");
    }

    function test_anIneligibleVoterIsRefusedWithTheSnapshot() public {
        source.bar(ana);
        vm.expectRevert(abi.encodeWithSelector(LiquidTally.LiquidTallyIneligibleVoter.selector, ana, 100));
        tally.cast(vote(1), ana, 1);
    }

    function test_theWalkIsBoundedWhateverTheSourceClaims() public {
        // A broken source claiming a cycle ana -> ben -> ana: the walk ends when the claim has moved past
        // the maximum depth.
        source.script(ana, ben, none());
        source.script(ben, ana, none());
        uint256 before = gasleft();
        (uint256 weight, address reduced,,) = tally.cast(vote(1), ana, 1);
        assertLt(before - gasleft(), 500_000);
        assertEq(weight, 1);
        assertEq(reduced, address(0));
    }

    function test_ballotsOfDifferentVotesOnOneLaneDoNotMix() public {
        // Same lane, different tags: what vote 1 covered is nothing for vote 2.
        source.script(ana, ben, none());
        source.script(ben, address(0), lanes(1, 0, 0));
        tally.cast(vote(1), ana, 0);
        (uint256 weight,,,) = tally.cast(vote(2), ben, 1);
        assertEq(weight, 2);
        (weight,,,) = tally.cast(vote(1), ben, 1);
        assertEq(weight, 1);
    }
}
