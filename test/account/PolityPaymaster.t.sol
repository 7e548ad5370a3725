// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {IERC7821} from "@openzeppelin/contracts/interfaces/draft-IERC7821.sol";
import {PolityPaymaster} from "../../contracts/account/PolityPaymaster.sol";
import {PasskeyFixture, IUserOperationHasher} from "./PasskeyFixture.sol";

/// @dev The v0.8 EntryPoint's refusals of a bundle, and its accounting.
interface IEntryPointV08 {
    error FailedOp(uint256 opIndex, string reason);
    error FailedOpWithRevert(uint256 opIndex, string reason, bytes inner);

    event UserOperationEvent(
        bytes32 indexed userOpHash,
        address indexed sender,
        address indexed paymaster,
        uint256 nonce,
        bool success,
        uint256 actualGasCost,
        uint256 actualGasUsed
    );

    function balanceOf(address account) external view returns (uint256);
}

/**
 * @notice The city's paymaster: it pays for an operation only with the city server's approval of that very
 * operation, inside the approval's window, and on chain it also refuses non-residents, calls outside the
 * polity and transfers of ether. Governance holds the deposit; the operators rotate the server's key; the
 * sponsored contracts are fixed when the paymaster is deployed.
 */
contract PolityPaymasterTest is PasskeyFixture {
    address internal account;
    uint256 internal proposalId;
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        setUpPasskeyCity();
        account = address(createAccount(passkey, 0));
        admit(account);
        vm.warp(block.timestamp + 1);
        proposalId = proposeOn(GENERAL, "Plant trees on the market square");
        startVoting();
    }

    // ─── Who and what is paid for ────────────────────────────────────────────────────────────────

    function test_theCityPaysForAResidentsVote() public {
        uint256 depositBefore = deposit();
        uint256 bundlerBefore = bundler.balance;
        PackedUserOperation memory op = ready(voteOperation());
        bytes32 userOpHash = IUserOperationHasher(address(entryPoint)).getUserOpHash(op);

        vm.expectEmit(true, true, true, false, address(entryPoint));
        emit IEntryPointV08.UserOperationEvent(userOpHash, account, address(paymaster), 0, true, 0, 0);
        handle(op);

        assertTrue(governor.hasVoted(proposalId, account));
        uint256 paid = depositBefore - deposit();
        assertGt(paid, 0);
        assertEq(bundler.balance - bundlerBefore, paid, "the bundler is repaid from the city's deposit");
        assertEq(account.balance, 0);
    }

    function test_aNonResidentIsRefused() public {
        address outsider = address(createAccount(0xB0B, 0));
        PackedUserOperation memory op = userOperation(outsider, voteCall());
        sponsor(op);
        signWith(op, 0xB0B);
        expectRefusal(abi.encodeWithSelector(PolityPaymaster.PolityPaymasterNotResident.selector, outsider));
        handle(op);
    }

    function test_aRevokedResidentIsRefused() public {
        revokeResident(account);
        PackedUserOperation memory op = ready(voteOperation());
        expectRefusal(abi.encodeWithSelector(PolityPaymaster.PolityPaymasterNotResident.selector, account));
        handle(op);
    }

    function test_anApprovalEndsWithTheResidency() public {
        // Admitted until an hour from now; the server approved for a day.
        admitUntil(account, 1, uint48(block.timestamp + 1 hours));
        PackedUserOperation memory op = voteOperation();
        sponsor(op, serverKey, 0, uint48(block.timestamp + 1 days));
        signWith(op, passkey);
        vm.warp(block.timestamp + 1 hours + 1);
        expectFailure("AA32 paymaster expired or not due");
        handle(op);
    }

    function test_aCallOutsideThePolityIsRefused() public {
        // Resident business in one batch, then a call to a contract governance never listed.
        PackedUserOperation memory op = userOperation(
            account,
            batch(
                execution(address(governor), abi.encodeCall(governor.castVote, (proposalId, FOR))),
                execution(address(token), abi.encodeCall(token.transfer, (stranger, 1)))
            )
        );
        ready(op);
        expectRefusal(
            abi.encodeWithSelector(PolityPaymaster.PolityPaymasterTargetNotSponsored.selector, 1, address(token))
        );
        handle(op);
    }

    function test_etherIsNotSponsored() public {
        vm.deal(account, 1 ether);
        Execution[] memory calls = voteCall();
        calls[0].value = 1;
        PackedUserOperation memory op = ready(userOperation(account, calls));
        expectRefusal(abi.encodeWithSelector(PolityPaymaster.PolityPaymasterValueNotSponsored.selector, 0, 1));
        handle(op);
    }

    function test_onlyABatchOfPlainCallsIsSponsored() public {
        PackedUserOperation memory op = voteOperation();
        bytes32 tryMode = bytes32(uint256(0x0101) << 240); // batch, but "try": failures would not revert
        op.callData = abi.encodeCall(IERC7821.execute, (tryMode, abi.encode(voteCall())));
        ready(op);
        expectRefusal(abi.encodeWithSelector(PolityPaymaster.PolityPaymasterUnsupportedMode.selector, tryMode));
        handle(op);

        PackedUserOperation memory other = voteOperation();
        other.callData = abi.encodeCall(IERC7821.supportsExecutionMode, (BATCH_MODE));
        ready(other);
        expectRefusal(
            abi.encodeWithSelector(
                PolityPaymaster.PolityPaymasterNotAnExecution.selector, IERC7821.supportsExecutionMode.selector
            )
        );
        handle(other);
    }

    function test_theSponsoredContractsAreFixedAtDeployment() public {
        assertTrue(paymaster.isSponsoredTarget(address(rounds)));
        assertFalse(paymaster.isSponsoredTarget(address(token)));
        assertFalse(paymaster.isSponsoredTarget(address(0)), "an unused slot is no sponsored contract");
        address[] memory listed = paymaster.sponsoredTargets();
        assertEq(listed.length, 3);
        (address first, address second, address third) = (listed[0], listed[1], listed[2]);
        assertEq(first, address(registry));
        assertEq(second, address(governor));
        assertEq(third, address(rounds));

        address[] memory targets = new address[](2);
        (targets[0], targets[1]) = (address(governor), address(token));
        vm.expectEmit();
        emit PolityPaymaster.SponsoredTargetSet(address(governor), true);
        vm.expectEmit();
        emit PolityPaymaster.SponsoredTargetSet(address(token), true);
        PolityPaymaster another = newPaymaster(targets);
        assertTrue(another.isSponsoredTarget(address(token)));
        assertFalse(another.isSponsoredTarget(address(rounds)));
    }

    function test_aPaymasterSponsorsAtMostEightContracts() public {
        address[] memory nine = new address[](9);
        for (uint256 i; i < nine.length; ++i) {
            nine[i] = address(uint160(0x1000 + i));
        }
        vm.expectRevert(abi.encodeWithSelector(PolityPaymaster.PolityPaymasterTooManyTargets.selector, 9, 8));
        newPaymaster(nine);

        address[] memory withZero = new address[](2);
        withZero[0] = address(governor);
        vm.expectRevert(PolityPaymaster.PolityPaymasterZeroAddress.selector);
        newPaymaster(withZero);
    }

    /// @dev Differential: the immutables answer as a search of the list given at deployment does.
    function testFuzz_theSponsoredListMatchesTheDeployedOne(address[8] memory given, uint8 count, uint8 probeFrom, address other)
        public
    {
        address[] memory targets = new address[](bound(count, 0, 8));
        for (uint256 i; i < targets.length; ++i) {
            vm.assume(given[i] != address(0));
            targets[i] = given[i];
        }
        PolityPaymaster deployed = newPaymaster(targets);
        assertEq(deployed.sponsoredTargets(), targets);
        // A listed address, one from the unused part of `given`, and an arbitrary one.
        address[3] memory probes = [given[probeFrom % 8], given[(uint256(probeFrom) + 3) % 8], other];
        for (uint256 p; p < probes.length; ++p) {
            bool listed;
            for (uint256 i; i < targets.length; ++i) {
                listed = listed || targets[i] == probes[p];
            }
            assertEq(deployed.isSponsoredTarget(probes[p]), listed && probes[p] != address(0));
        }
    }

    function newPaymaster(address[] memory targets) private returns (PolityPaymaster) {
        return new PolityPaymaster(registry, address(timelock), operators, vm.addr(serverKey), targets);
    }

    // ─── The server's approval ───────────────────────────────────────────────────────────────────

    function test_anApprovalFromAnotherKeyIsRefused() public {
        PackedUserOperation memory op = voteOperation();
        sponsor(op, 0xBAD, 0, uint48(block.timestamp + 10 minutes));
        signWith(op, passkey);
        expectFailure("AA34 signature error");
        handle(op);
    }

    function test_anExpiredApprovalIsRefused() public {
        PackedUserOperation memory op = voteOperation();
        sponsor(op, serverKey, 0, uint48(block.timestamp + 10 minutes));
        signWith(op, passkey);
        vm.warp(block.timestamp + 10 minutes + 1);
        expectFailure("AA32 paymaster expired or not due");
        handle(op);
    }

    function test_anApprovalIsNotValidBeforeItsWindow() public {
        PackedUserOperation memory op = voteOperation();
        sponsor(op, serverKey, uint48(block.timestamp + 1 hours), uint48(block.timestamp + 2 hours));
        signWith(op, passkey);
        expectFailure("AA32 paymaster expired or not due");
        handle(op);

        vm.warp(block.timestamp + 1 hours + 1); // the EntryPoint needs the time strictly after validAfter
        handle(op);
        assertTrue(governor.hasVoted(proposalId, account));
    }

    function test_anApprovalIsForOneOperationOnly() public {
        // The quota lives on the server: each operation needs its own approval, since an approval names the
        // operation's nonce, calls and gas. Reusing one for the next operation fails.
        PackedUserOperation memory first = ready(voteOperation());
        handle(first);

        uint256 roundId = openRound(approvalConfig(1_000_000));
        PackedUserOperation memory next = userOperation(
            account,
            batch(
                execution(
                    address(rounds), abi.encodeCall(rounds.submitProject, (roundId, 1000, 0, 0, 0, keccak256("park")))
                )
            )
        );
        next.paymasterAndData = first.paymasterAndData;
        signWith(next, passkey);
        expectFailure("AA34 signature error");
        handle(next);
    }

    function test_anApprovalForAnotherChainIsRefused() public {
        // The approval's domain names the chain: signed for this one, it is worthless on a fork.
        PackedUserOperation memory op = voteOperation();
        sponsor(op);
        vm.chainId(block.chainid + 1);
        signWith(op, passkey);
        expectFailure("AA34 signature error");
        handle(op);
    }

    function test_aTamperedGasPriceVoidsTheApproval() public {
        PackedUserOperation memory op = voteOperation();
        sponsor(op);
        op.gasFees = bytes32(uint256(PRIORITY_FEE) << 128 | uint256(MAX_FEE) * 100);
        signWith(op, passkey);
        expectFailure("AA34 signature error");
        handle(op);
    }

    // ─── Keys, deposit and stake ─────────────────────────────────────────────────────────────────

    function test_theOperatorsRotateTheServersKey() public {
        address newKey = vm.addr(0x5E4E5);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, paymaster.SIGNER_MANAGER_ROLE()
            )
        );
        vm.prank(stranger);
        paymaster.setSigner(stranger);

        vm.expectEmit(address(paymaster));
        emit PolityPaymaster.ApprovalSignerChanged(vm.addr(serverKey), newKey);
        vm.prank(operators);
        paymaster.setSigner(newKey);
        assertEq(paymaster.signer(), newKey);

        PackedUserOperation memory old = ready(voteOperation());
        expectFailure("AA34 signature error");
        handle(old);

        PackedUserOperation memory op = voteOperation();
        sponsor(op, 0x5E4E5, 0, uint48(block.timestamp + 10 minutes));
        signWith(op, passkey);
        handle(op);
        assertTrue(governor.hasVoted(proposalId, account));
    }

    function test_aZeroKeyStopsAllSponsorship() public {
        vm.prank(operators);
        paymaster.setSigner(address(0));
        PackedUserOperation memory op = ready(voteOperation());
        expectFailure("AA34 signature error");
        handle(op);
    }

    function test_theDepositIsTheBudgetsCeiling() public {
        // A deposit too small for the operation's worst case: the EntryPoint refuses before anything runs.
        uint256 excess = deposit() - 0.001 ether;
        vm.prank(address(timelock));
        paymaster.withdraw(payable(address(timelock)), excess);
        assertEq(deposit(), 0.001 ether);
        PackedUserOperation memory op = ready(voteOperation());
        expectFailure("AA31 paymaster deposit too low");
        handle(op);
        assertFalse(governor.hasVoted(proposalId, account));
    }

    function test_onlyGovernanceWithdrawsTheDeposit() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, operators, paymaster.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(operators);
        paymaster.withdraw(payable(operators), 1 ether);

        vm.prank(address(timelock));
        paymaster.withdraw(payable(council), 1 ether);
        assertEq(council.balance, 1 ether);
        assertEq(deposit(), 9 ether);
    }

    function test_theOperatorsStakeAndGovernanceUnstakes() public {
        vm.deal(operators, 1 ether);
        vm.prank(operators);
        paymaster.addStake{value: 1 ether}(1 days);

        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, operators, paymaster.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(operators);
        paymaster.unlockStake();

        vm.prank(address(timelock));
        paymaster.unlockStake();
        vm.warp(block.timestamp + 1 days);
        vm.prank(address(timelock));
        paymaster.withdrawStake(payable(council));
        assertEq(council.balance, 1 ether);
    }

    function test_onlyTheEntryPointCallsValidation() public {
        PackedUserOperation memory op = ready(voteOperation());
        vm.expectRevert();
        paymaster.validatePaymasterUserOp(op, bytes32(0), 1 ether);
    }

    // ─── Helpers ─────────────────────────────────────────────────────────────────────────────────

    function voteCall() internal view returns (Execution[] memory) {
        return batch(execution(address(governor), abi.encodeCall(governor.castVote, (proposalId, FOR))));
    }

    function voteOperation() internal view returns (PackedUserOperation memory) {
        return userOperation(account, voteCall());
    }

    function deposit() internal view returns (uint256) {
        return IEntryPointV08(address(entryPoint)).balanceOf(address(paymaster));
    }

    /// @dev The paymaster reverted in validation with `reason`: the whole bundle is refused.
    function expectRefusal(bytes memory reason) internal {
        vm.expectRevert(abi.encodeWithSelector(IEntryPointV08.FailedOpWithRevert.selector, 0, "AA33 reverted", reason));
    }

    function expectFailure(string memory reason) internal {
        vm.expectRevert(abi.encodeWithSelector(IEntryPointV08.FailedOp.selector, 0, reason));
    }
}
