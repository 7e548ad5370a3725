// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {ILiquidVotes} from "../../contracts/delegation/ILiquidVotes.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {LiquidVotesToken} from "../../contracts/membership/LiquidVotesToken.sol";
import {PolityGovernor} from "../../contracts/governance/PolityGovernor.sol";
import {GovernorCodePinning} from "../../contracts/governance/GovernorCodePinning.sol";
import {LiquidTally} from "../../contracts/governance/LiquidTally.sol";
import {PolityFixture} from "../utils/PolityFixture.sol";
import {Signatures} from "../utils/Signatures.sol";

/// @dev Lends its whole balance for the duration of one call and wants it back before returning.
contract FlashLender {
    IERC20 public immutable asset;

    constructor(IERC20 asset_) {
        asset = asset_;
    }

    function flashLoan(FlashBorrower borrower, uint256 amount, bytes calldata data) external {
        uint256 before = asset.balanceOf(address(this));
        require(asset.transfer(address(borrower), amount), "lend");
        borrower.onFlashLoan(amount, data);
        require(asset.balanceOf(address(this)) >= before, "not repaid");
    }
}

/// @dev Uses borrowed tokens to vote (directly, or by delegating them to an accomplice who votes), then repays.
contract FlashBorrower {
    PolityGovernor public immutable governor;
    LiquidVotesToken public immutable token;
    uint256 public claimed;

    constructor(PolityGovernor governor_, LiquidVotesToken token_) {
        governor = governor_;
        token = token_;
    }

    function onFlashLoan(uint256 amount, bytes calldata data) external {
        (uint256 proposalId, FlashBorrower accomplice) = abi.decode(data, (uint256, FlashBorrower));
        if (address(accomplice) == address(0)) {
            claimed = governor.castVote(proposalId, 1);
        } else {
            token.delegate(address(accomplice));
            accomplice.vote(proposalId);
        }
        require(token.transfer(msg.sender, amount), "repay");
    }

    function vote(uint256 proposalId) external {
        claimed = governor.castVote(proposalId, 1);
    }
}

/// @dev What a proposal asks to run; the attack swaps its code for another program after the vote.
contract CityProgram {
    uint256 public runs;

    function run() external {
        ++runs;
    }
}

/// @notice Attacks on liquid voting, each shown blocked.
contract AttacksTest is PolityFixture {
    address internal ana = makeAddr("ana");
    address internal ben = makeAddr("ben");
    address internal carla = makeAddr("carla");
    address internal dan = makeAddr("dan");
    address internal eva = makeAddr("eva");
    address internal outsider = makeAddr("outsider");

    function setUp() public {
        setUpCity(3);
        admitResidents(20); // quorum: 2 of 20 (+ named residents below)
        admit(ana);
        admit(ben);
        admit(carla);
        admit(dan);
        admit(eva);
        vm.warp(block.timestamp + 1);
    }

    // ─── Flash-borrowed voting power ─────────────────────────────────────────────────────────────

    function test_flashBorrowedTokensCarryNoVote() public {
        (LiquidVotesToken token,, PolityGovernor tokenGovernor) = deployTokenCity(3, citySettings());
        FlashLender lender = new FlashLender(token);
        token.mint(address(lender), 1_000_000);
        token.mint(ana, 100);
        governor = tokenGovernor;
        vm.warp(block.timestamp + 1);
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        uint256 id = tokenGovernor.propose(targets, values, calldatas, "flash");
        startVoting();

        FlashBorrower borrower = new FlashBorrower(tokenGovernor, token);
        lender.flashLoan(borrower, 1_000_000, abi.encode(id, FlashBorrower(address(0))));
        assertEq(borrower.claimed(), 0, "weight is read at the snapshot, when the borrower held nothing");

        FlashBorrower delegator = new FlashBorrower(tokenGovernor, token);
        FlashBorrower accomplice = new FlashBorrower(tokenGovernor, token);
        lender.flashLoan(delegator, 1_000_000, abi.encode(id, accomplice));
        assertEq(accomplice.claimed(), 0, "a delegation made now is not in the snapshot either");

        assertEq(voteAs(ana, id, AGAINST), 100);
        (uint256 against, uint256 for_,) = tokenGovernor.proposalVotes(id);
        assertEq(against, 100);
        assertEq(for_, 0);
        assertEq(token.balanceOf(address(lender)), 1_000_000);
    }

    // ─── Code replacement between vote and execution ─────────────────────────────────────────────

    function passedProposal(address target, uint256 value, bytes memory data, string memory description)
        internal
        returns (uint256 id, address[] memory targets, uint256[] memory values, bytes[] memory calldatas)
    {
        targets = new address[](1);
        targets[0] = target;
        values = new uint256[](1);
        values[0] = value;
        calldatas = new bytes[](1);
        calldatas[0] = data;
        id = governor.propose(targets, values, calldatas, description);
        startVoting();
        voteAs(ana, id, FOR);
        voteAs(ben, id, FOR);
        vm.warp(governor.proposalDeadline(id) + 1);
    }

    function pinOf(address target) internal view returns (bytes32) {
        bytes32[] memory hashes = new bytes32[](1);
        hashes[0] = target.codehash;
        return keccak256(abi.encodePacked(hashes));
    }

    function test_replacedCodeCannotBeQueued() public {
        CityProgram program = new CityProgram();
        bytes32 approved = pinOf(address(program));
        (uint256 id, address[] memory targets, uint256[] memory values, bytes[] memory calldatas) =
            passedProposal(address(program), 0, abi.encodeCall(CityProgram.run, ()), "run the program");

        vm.etch(address(program), address(registry).code);
        vm.expectRevert(
            abi.encodeWithSelector(
                GovernorCodePinning.GovernorTargetCodeChanged.selector, id, approved, pinOf(address(program))
            )
        );
        governor.queue(targets, values, calldatas, keccak256("run the program"));
    }

    function test_replacedCodeCannotBeExecutedAfterQueueing() public {
        CityProgram program = new CityProgram();
        bytes memory approvedCode = address(program).code;
        bytes32 approved = pinOf(address(program));
        (uint256 id, address[] memory targets, uint256[] memory values, bytes[] memory calldatas) =
            passedProposal(address(program), 0, abi.encodeCall(CityProgram.run, ()), "run the program");
        governor.queue(targets, values, calldatas, keccak256("run the program"));
        vm.warp(block.timestamp + TIMELOCK_DELAY);

        vm.etch(address(program), address(registry).code);
        vm.expectRevert(
            abi.encodeWithSelector(
                GovernorCodePinning.GovernorTargetCodeChanged.selector, id, approved, pinOf(address(program))
            )
        );
        governor.execute(targets, values, calldatas, keccak256("run the program"));

        // With the approved code back, the approved program runs.
        vm.etch(address(program), approvedCode);
        governor.execute(targets, values, calldatas, keccak256("run the program"));
        assertEq(program.runs(), 1);
    }

    function test_anAddressWithoutCodeThatReceivesFundsIsNotAChange() public {
        address payee = makeAddr("payee");
        assertEq(payee.code.length, 0);
        vm.deal(address(timelock), 1 ether);
        (, address[] memory targets, uint256[] memory values, bytes[] memory calldatas) =
            passedProposal(payee, 1 ether, "", "pay the contractor");

        // Funds arrive at the (code-less) payee before queueing: its account now exists, still without code.
        vm.deal(payee, 3 ether);
        governor.queue(targets, values, calldatas, keccak256("pay the contractor"));
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        governor.execute(targets, values, calldatas, keccak256("pay the contractor"));
        assertEq(payee.balance, 4 ether);
    }

    // ─── Last-minute quorum ──────────────────────────────────────────────────────────────────────

    function test_aLastMinuteQuorumGivesEveryoneElseTimeToVote() public {
        uint256 id = proposeOn(GENERAL, "midnight vote");
        startVoting();
        uint256 deadline = governor.proposalDeadline(id);
        vm.warp(deadline - 1 minutes);
        voteAs(ana, id, FOR);
        voteAs(ben, id, FOR); // quorum reached a minute before the deadline
        assertEq(governor.proposalDeadline(id), block.timestamp + LATE_QUORUM_EXTENSION);

        vm.warp(deadline + 1 hours);
        voteAs(carla, id, AGAINST);
        voteAs(dan, id, AGAINST);
        voteAs(eva, id, AGAINST);
        vm.warp(governor.proposalDeadline(id) + 1);
        assertEq(uint8(governor.state(id)), uint8(IGovernor.ProposalState.Defeated));
    }

    // ─── Signature replay ────────────────────────────────────────────────────────────────────────

    function signedBallot(address governor_, uint256 id, uint8 support, uint256 nonce)
        internal
        view
        returns (bytes memory)
    {
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(residentKey(0), Signatures.ballotDigest(governor_, id, support, signingResident(0), nonce));
        return abi.encodePacked(r, s, v);
    }

    function test_aSignedBallotCannotBeReplayed() public {
        address voter = signingResident(0);
        admit(voter);
        uint256 first = proposeOn(GENERAL, "first");
        uint256 second = proposeOn(GENERAL, "second");
        startVoting();
        bytes memory signature = signedBallot(address(governor), first, FOR, 0);
        governor.castVoteBySig(first, FOR, voter, signature);

        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInvalidSignature.selector, voter));
        governor.castVoteBySig(first, FOR, voter, signature);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInvalidSignature.selector, voter));
        governor.castVoteBySig(second, FOR, voter, signature);
        assertFalse(governor.hasVoted(second, voter));
    }

    function test_aSignedBallotIsBoundToItsChainAndGovernor() public {
        address voter = signingResident(0);
        admit(voter);
        // A second governor over the same residents, with the same name: same proposal id, other address.
        (address[] memory targets, uint256[] memory values, bytes[] memory calldatas) = noopAction();
        TimelockController otherTimelock =
            new TimelockController(TIMELOCK_DELAY, new address[](0), new address[](0), address(this));
        PolityGovernor other = new PolityGovernor("Testville Governor", registry, otherTimelock, citySettings());
        uint256 id = governor.propose(targets, values, calldatas, "twin");
        assertEq(other.propose(targets, values, calldatas, "twin"), id);
        startVoting();

        bytes memory forOther = signedBallot(address(other), id, FOR, 0);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInvalidSignature.selector, voter));
        governor.castVoteBySig(id, FOR, voter, forOther);

        bytes memory here = signedBallot(address(governor), id, FOR, 0);
        uint256 home = block.chainid;
        vm.chainId(home + 1);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInvalidSignature.selector, voter));
        governor.castVoteBySig(id, FOR, voter, here);
        vm.chainId(home);
        governor.castVoteBySig(id, FOR, voter, here);
        assertTrue(governor.hasVoted(id, voter));
        assertFalse(other.hasVoted(id, voter));
    }

    function signedDelegation(address votes, address delegatee, uint256 nonce, uint256 expiry)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        return vm.sign(residentKey(0), Signatures.delegationDigest(votes, delegatee, nonce, expiry));
    }

    function test_aSignedDelegationCannotBeReplayed() public {
        address signer = signingResident(0);
        admit(signer);
        uint256 expiry = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = signedDelegation(address(registry), ana, 0, expiry);
        registry.delegateBySig(ana, 0, expiry, v, r, s);
        vm.prank(signer);
        registry.delegate(ben); // the signer changes their mind
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, signer, 1));
        registry.delegateBySig(ana, 0, expiry, v, r, s);
        assertEq(registry.delegates(signer), ben);
    }

    function test_aSignedDelegationIsBoundToItsChainAndRegistry() public {
        address signer = signingResident(0);
        admit(signer);
        uint256 expiry = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = signedDelegation(address(registry), ana, 0, expiry);

        // Another city's registry with the same name, where the signer and ana also live.
        (ResidentRegistry twin,,) = deployResidentCity(3, citySettings());
        ResidentRegistry home = registry;
        registry = twin;
        admit(signer);
        admit(ana);
        registry = home;
        address recovered = ecrecover(Signatures.delegationDigest(address(twin), ana, 0, expiry), v, r, s);
        assertTrue(recovered != signer);
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, recovered));
        twin.delegateBySig(ana, 0, expiry, v, r, s);

        uint256 chainId = block.chainid;
        vm.chainId(chainId + 1);
        recovered = ecrecover(Signatures.delegationDigest(address(registry), ana, 0, expiry), v, r, s);
        assertTrue(recovered != signer);
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, recovered));
        registry.delegateBySig(ana, 0, expiry, v, r, s);
        vm.chainId(chainId);

        assertEq(twin.delegates(signer), address(0));
        assertEq(registry.delegates(signer), address(0));
        registry.delegateBySig(ana, 0, expiry, v, r, s);
        assertEq(registry.delegates(signer), ana);
    }

    // ─── Delegating to nobody or to oneself ──────────────────────────────────────────────────────

    function test_delegatingToZeroOrToOneselfLosesNoWeight() public {
        delegateAs(ana, GENERAL, carla);
        delegateAs(ben, GENERAL, carla);
        delegateAs(carla, GENERAL, dan);
        delegateAs(carla, GENERAL, address(0));
        assertEq(registry.getVotes(carla), 3);
        assertEq(registry.getVotes(address(0)), 0);
        assertEq(registry.chainOf(carla, GENERAL).length, 0);

        delegateAs(carla, GENERAL, dan);
        delegateAs(carla, GENERAL, carla);
        assertEq(registry.getVotes(carla), 3);
        assertEq(registry.getVotes(dan), 1);

        vm.prank(dan);
        registry.delegateAll(address(0)); // never delegated: nothing to lose either
        uint256 id = proposeOn(GENERAL, "self");
        startVoting();
        assertEq(voteAs(carla, id, FOR), 3);
        assertEq(voteAs(dan, id, FOR), 1);
    }

    // ─── Voting without a right to ───────────────────────────────────────────────────────────────

    function test_revokedAndExpiredResidentsCannotVoteOnLaterSnapshots() public {
        address brief = makeAddr("brief");
        admitUntil(brief, 1, uint48(block.timestamp + 1 days));
        uint256 earlier = proposeOn(GENERAL, "earlier");
        startVoting();
        assertEq(voteAs(eva, earlier, FOR), 1);
        revokeResident(eva);
        vm.warp(block.timestamp + 1 days);

        uint256 later = proposeOn(GENERAL, "later");
        startVoting();
        uint256 snapshot = governor.proposalSnapshot(later);
        vm.expectRevert(abi.encodeWithSelector(LiquidTally.LiquidTallyIneligibleVoter.selector, eva, snapshot));
        voteAs(eva, later, FOR);
        vm.expectRevert(abi.encodeWithSelector(LiquidTally.LiquidTallyIneligibleVoter.selector, brief, snapshot));
        voteAs(brief, later, FOR);
        vm.expectRevert(
            abi.encodeWithSelector(LiquidTally.LiquidTallyIneligibleVoter.selector, outsider, snapshot)
        );
        voteAs(outsider, later, FOR);
        (, uint256 for_,) = tally(earlier);
        assertEq(for_, 1, "eva's ballot on the earlier proposal stands");
    }

    function test_nobodyDelegatesToANonResident() public {
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, outsider));
        delegateAs(ana, GENERAL, outsider);
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, outsider));
        vm.prank(ana);
        registry.delegateAll(outsider);
        revokeResident(eva);
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, eva));
        delegateAs(ana, TRANSPORT, eva);
        assertEq(registry.getVotes(outsider), 0);
    }

    // ─── An over-long chain built from below ─────────────────────────────────────────────────────

    function test_aLongChainBelowNeitherRefusesNorInflatesAnyone() public {
        // Maximum 3 hops. Below ben: ana -> carla -> ben (two hops). Above: dan -> eva (one hop).
        delegateAs(ana, GENERAL, carla);
        delegateAs(carla, GENERAL, ben);
        delegateAs(dan, GENERAL, eva);
        // ben joins: ana's chain becomes carla, ben, dan, eva. Accepted; ana's unit stops at dan.
        delegateAs(ben, GENERAL, dan);
        assertEq(registry.chainOf(ana, GENERAL).length, 3);
        assertEq(registry.getVotes(eva), 4, "eva, dan, ben, carla: ana is four hops below");
        // Lengthening it from the top is accepted too; each unit still counts at most once.
        delegateAs(eva, GENERAL, resident(0));
        assertEq(registry.getVotes(resident(0)), 4, "resident 0, eva, dan, ben");
        uint256 id = proposeOn(GENERAL, "long chain");
        startVoting();
        assertEq(voteAs(resident(0), id, FOR), 4);
        assertEq(voteAs(ana, id, AGAINST), 1, "ana's unit never reached resident 0: nothing to take back");
        (uint256 against, uint256 for_,) = tally(id);
        assertEq(against, 1);
        assertEq(for_, 4);
    }
}
