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
        returns (uint256 weight, address reduced, uint8 reducedChoice)
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

/// @dev A votes source that answers whatever it was told: one unit each, a scripted delegate per account.
contract ScriptedSource {
    mapping(address account => address) public next;
    mapping(address account => uint256) public delegatedTo;
    mapping(address account => bool) public barred;

    function script(address account, address delegate_, uint256 delegated) external {
        next[account] = delegate_;
        delegatedTo[account] = delegated;
    }

    function bar(address account) external {
        barred[account] = true;
    }

    function voterAt(address account, uint8, uint256)
        external
        view
        returns (bool eligible, uint256 power, uint256 delegated, address delegate_)
    {
        return (!barred[account], 1 + delegatedTo[account], delegatedTo[account], next[account]);
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
        source.script(ana, ben, 0);
        source.script(ben, carla, 1);
        source.script(carla, address(0), 2);
        (uint256 weight, address reduced,) = tally.cast(vote(1), carla, 1);
        assertEq(weight, 3);
        assertEq(reduced, address(0));
        uint8 reducedChoice;
        (weight, reduced, reducedChoice) = tally.cast(vote(1), ana, 0);
        assertEq(weight, 1);
        assertEq(reduced, carla);
        assertEq(reducedChoice, 1);
        (weight, reduced,) = tally.cast(vote(1), ben, 2);
        assertEq(weight, 1, "ana's unit is claimed already");
        assertEq(reduced, carla);
        assertEq(tally.receipt(1, carla).weight, 1);
    }

    function test_aChangedChoiceKeepsTheWeight() public {
        source.script(ana, ben, 0);
        source.script(ben, address(0), 1);
        tally.cast(vote(7), ben, 1);
        tally.setChoice(7, ben, 2);
        LiquidTally.Receipt memory receipt = tally.receipt(7, ben);
        assertTrue(receipt.voted);
        assertEq(receipt.choice, 2);
        assertEq(receipt.weight, 2);
        (, address reduced, uint8 reducedChoice) = tally.cast(vote(7), ana, 0);
        assertEq(reduced, ben);
        assertEq(reducedChoice, 2, "the reduced voter is reported with its current choice");
    }

    function test_anIneligibleVoterIsRefusedWithTheSnapshot() public {
        source.bar(ana);
        vm.expectRevert(abi.encodeWithSelector(LiquidTally.LiquidTallyIneligibleVoter.selector, ana, 100));
        tally.cast(vote(1), ana, 1);
    }

    function test_theWalkIsBoundedWhateverTheSourceClaims() public {
        // A broken source claiming a cycle ana -> ben -> ana: the walk gives up after eight hops.
        source.script(ana, ben, 0);
        source.script(ben, ana, 0);
        uint256 before = gasleft();
        (uint256 weight, address reduced,) = tally.cast(vote(1), ana, 1);
        assertLt(before - gasleft(), 500_000);
        assertEq(weight, 1);
        assertEq(reduced, address(0));
    }

    function test_ballotsOfDifferentVotesOnOneLaneDoNotMix() public {
        // Same lane, different tags: what vote 1 covered is nothing for vote 2.
        source.script(ana, ben, 0);
        source.script(ben, address(0), 1);
        tally.cast(vote(1), ana, 0);
        (uint256 weight,,) = tally.cast(vote(2), ben, 1);
        assertEq(weight, 2);
        (weight,,) = tally.cast(vote(1), ben, 1);
        assertEq(weight, 1);
    }
}
