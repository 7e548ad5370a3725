// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {Account as ERC4337Account} from "@openzeppelin/contracts/account/Account.sol";
import {ERC7739Utils} from "@openzeppelin/contracts/utils/cryptography/draft-ERC7739Utils.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {PolityAccount} from "../../contracts/account/PolityAccount.sol";
import {Signatures} from "../utils/Signatures.sol";
import {PasskeyFixture, IUserOperationHasher} from "./PasskeyFixture.sol";

/// @dev The v0.8 EntryPoint's refusals of a bundle.
interface IEntryPointErrors {
    error FailedOp(uint256 opIndex, string reason);
}

/**
 * @notice A resident's passkey account through the real v0.8 EntryPoint: deployed by its first operation,
 * acting only on a WebAuthn assertion of its own passkey over that exact operation, once, and signing for
 * the Governor (ERC-1271, nested per ERC-7739).
 */
contract PolityAccountTest is PasskeyFixture {
    address internal account;
    uint256 internal proposalId;

    function setUp() public {
        setUpPasskeyCity();
        account = accountOf(passkey, 0);
        admit(account);
        admit(resident(0));
        vm.warp(block.timestamp + 1);
        proposalId = proposeOn(GENERAL, "Plant trees on the market square");
        startVoting();
    }

    function test_aPasskeySignatureDeploysTheAccountAndExecutesItsCall() public {
        assertEq(account.code.length, 0);
        PackedUserOperation memory op = firstUserOperation(
            passkey, 0, batch(execution(address(governor), abi.encodeCall(governor.castVote, (proposalId, FOR))))
        );
        handle(ready(op));

        assertGt(account.code.length, 0);
        (bytes32 x, bytes32 y) = PolityAccount(payable(account)).signer();
        (bytes32 px, bytes32 py) = publicKey(passkey);
        assertEq(x, px);
        assertEq(y, py);
        assertTrue(governor.hasVoted(proposalId, account));
        (, uint256 for_,) = tally(proposalId);
        assertEq(for_, 1);
        assertEq(account.balance, 0, "the account never needs ether");
    }

    function test_delegatingAndVotingInOneOperation() public {
        createAccount(passkey, 0);
        uint256 roundId = openVotingRound();
        PackedUserOperation memory op = userOperation(
            account,
            batch(
                execution(address(registry), abi.encodeCall(registry.delegateOnTopic, (TRANSPORT, resident(0)))),
                execution(address(rounds), abi.encodeCall(rounds.castBallot, (roundId, ids(0, 1))))
            )
        );
        handle(ready(op));

        assertEq(registry.delegateOf(account, TRANSPORT), resident(0));
        (bool cast, uint8[] memory projects,, uint256 weight) = rounds.ballotOf(roundId, account);
        assertTrue(cast);
        assertEq(projects.length, 2);
        assertEq(weight, 1);
    }

    function test_aSignatureByAnotherPasskeyIsRefused() public {
        createAccount(passkey, 0);
        PackedUserOperation memory op = voteOperation(FOR);
        sponsor(op);
        signWith(op, 0xB0B);
        vm.expectRevert(abi.encodeWithSelector(IEntryPointErrors.FailedOp.selector, 0, "AA24 signature error"));
        handle(op);
        assertFalse(governor.hasVoted(proposalId, account));
    }

    function test_aSignatureOfAnotherOperationIsRefused() public {
        createAccount(passkey, 0);
        PackedUserOperation memory signed = ready(voteOperation(AGAINST));
        PackedUserOperation memory op = voteOperation(FOR);
        sponsor(op);
        op.signature = signed.signature;
        vm.expectRevert(abi.encodeWithSelector(IEntryPointErrors.FailedOp.selector, 0, "AA24 signature error"));
        handle(op);
    }

    function test_anAssertionWithoutUserVerificationIsRefused() public {
        createAccount(passkey, 0);
        PackedUserOperation memory op = voteOperation(FOR);
        sponsor(op);
        bytes32 userOpHash = IUserOperationHasher(address(entryPoint)).getUserOpHash(op);
        op.signature = assertionWithFlags(passkey, userOpHash, 0x01); // user present, not verified
        vm.expectRevert(abi.encodeWithSelector(IEntryPointErrors.FailedOp.selector, 0, "AA24 signature error"));
        handle(op);
    }

    function test_aReplayedOperationIsRefused() public {
        createAccount(passkey, 0);
        PackedUserOperation memory op = ready(voteOperation(FOR));
        handle(op);
        vm.expectRevert(abi.encodeWithSelector(IEntryPointErrors.FailedOp.selector, 0, "AA25 invalid account nonce"));
        handle(op);
    }

    function test_onlyTheEntryPointExecutes() public {
        PolityAccount deployed = createAccount(passkey, 0);
        bytes memory executionData =
            abi.encode(batch(execution(address(governor), abi.encodeCall(governor.castVote, (proposalId, FOR)))));
        vm.expectRevert(abi.encodeWithSelector(ERC4337Account.AccountUnauthorized.selector, address(this)));
        deployed.execute(BATCH_MODE, executionData);
        assertFalse(governor.hasVoted(proposalId, account));
    }

    // ─── ERC-1271 ────────────────────────────────────────────────────────────────────────────────

    function test_theGovernorAcceptsTheAccountsSignatureForAVote() public {
        createAccount(passkey, 0);
        bytes memory signature = signBallot(passkey, account, proposalId, FOR);
        governor.castVoteBySig(proposalId, FOR, account, signature);
        assertTrue(governor.hasVoted(proposalId, account));
        assertEq(counted(proposalId, account), 1);
    }

    function test_theGovernorRefusesABallotSignedByAnotherPasskey() public {
        createAccount(passkey, 0);
        bytes memory signature = signBallot(0xB0B, account, proposalId, FOR);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInvalidSignature.selector, account));
        governor.castVoteBySig(proposalId, FOR, account, signature);
    }

    function test_aSignatureForOneAccountDoesNotServeTheSamePasskeysOtherAccount() public {
        createAccount(passkey, 0);
        address second = address(createAccount(passkey, 1));
        admit(second);
        // The nested hash names the account it was made for (ERC-7739), so account 0's signature,
        // presented as account 1's, checks a different hash.
        bytes32 digest = Signatures.ballotDigest(address(governor), proposalId, FOR, second, governor.nonces(second));
        bytes memory forFirst = nestedSignature(passkey, account, digest, ballotContents(second, FOR));
        assertEq(IERC1271(account).isValidSignature(digest, forFirst), IERC1271.isValidSignature.selector);
        assertEq(IERC1271(second).isValidSignature(digest, forFirst), bytes4(0xffffffff));
    }

    function test_aRawPasskeySignatureOfTheDigestIsNotEnough() public {
        // Without the nested type the account would accept any app's hash its passkey once signed.
        createAccount(passkey, 0);
        bytes32 digest = Signatures.ballotDigest(address(governor), proposalId, FOR, account, 0);
        assertEq(IERC1271(account).isValidSignature(digest, assertion(passkey, digest)), bytes4(0xffffffff));
    }

    function test_theAccountAnnouncesERC7739() public {
        // What wallets and viem ask before they sign in the nested format.
        PolityAccount deployed = createAccount(passkey, 0);
        bytes32 detection = 0x7739773977397739773977397739773977397739773977397739773977397739;
        assertEq(deployed.isValidSignature(detection, ""), bytes4(0x77390001));
    }

    // ─── Helpers ─────────────────────────────────────────────────────────────────────────────────

    function voteOperation(uint8 support) internal view returns (PackedUserOperation memory) {
        return userOperation(
            account, batch(execution(address(governor), abi.encodeCall(governor.castVote, (proposalId, support))))
        );
    }

    function openVotingRound() internal returns (uint256 roundId) {
        IBudgetRounds.RoundConfig memory config = approvalConfig(1_000_000);
        uint128[] memory prices = new uint128[](3);
        (prices[0], prices[1], prices[2]) = (100_000, 200_000, 300_000);
        roundId = votingRound(config, prices);
    }

    function ballotContents(address voter, uint8 support) internal view returns (bytes32) {
        return keccak256(abi.encode(Signatures.BALLOT_TYPEHASH, proposalId, support, voter, governor.nonces(voter)));
    }

    /// @dev The account's signature of the Governor's Ballot: a WebAuthn assertion over ERC-7739's nested hash.
    function signBallot(uint256 key, address voter, uint256 proposal, uint8 support)
        internal
        view
        returns (bytes memory)
    {
        bytes32 digest = Signatures.ballotDigest(address(governor), proposal, support, voter, governor.nonces(voter));
        return nestedSignature(key, voter, digest, ballotContents(voter, support));
    }

    /**
     * @dev ERC-7739 `TypedDataSign`: the passkey signs the app's (Governor's) typed data nested in a struct
     * that also names the account's own EIP-712 domain; the signature carries what the account needs to
     * rebuild both hashes.
     */
    function nestedSignature(uint256 key, address signerAccount, bytes32 digest, bytes32 contents)
        internal
        view
        returns (bytes memory)
    {
        bytes32 appSeparator = Signatures.domainSeparator(address(governor));
        assertEq(MessageHashUtils.toTypedDataHash(appSeparator, contents), digest);
        bytes32 nested = MessageHashUtils.toTypedDataHash(appSeparator, typedDataSign(signerAccount, contents));
        return ERC7739Utils.encodeTypedDataSig(assertion(key, nested), appSeparator, contents, BALLOT_TYPE);
    }

    string internal constant BALLOT_TYPE = "Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)";

    /// @dev hashStruct of ERC-7739's TypedDataSign{contents, the account's EIP-712 domain fields}.
    function typedDataSign(address signerAccount, bytes32 contents) internal view returns (bytes32) {
        (, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt,) =
            PolityAccount(payable(signerAccount)).eip712Domain();
        bytes32 typehash = keccak256(
            abi.encodePacked(
                "TypedDataSign(Ballot contents,string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)",
                BALLOT_TYPE
            )
        );
        return keccak256(
            abi.encode(
                typehash, contents, keccak256(bytes(name)), keccak256(bytes(version)), chainId, verifyingContract, salt
            )
        );
    }
}
