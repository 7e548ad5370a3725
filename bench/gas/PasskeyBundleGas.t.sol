// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {PasskeyFixture} from "../../test/account/PasskeyFixture.sol";
import {FloorAccount} from "./FloorAccount.sol";
import {GasRecorder} from "./GasRecorder.sol";

/**
 * @dev What a vote costs per resident when a bundler puts several residents' user operations in one
 * `handleOps` transaction (as it does under load: the transaction's 21,000, the EntryPoint's and the
 * paymaster's cold access and the payment to the bundler are shared), beside the floor that ERC-4337
 * v0.8 itself sets (profile `bench`: every call its own transaction):
 *
 * - `polity.passkey.bundle.direct.castVote`: one resident's `castVote` sent directly (its own transaction);
 * - `polity.passkey.bundle.floor.castVote.xN`: N `castVote`s from {FloorAccount}s (validation accepts,
 *   no signature, no paymaster, the gas paid from each account's deposit) in one `handleOps`;
 * - `polity.passkey.bundle.sponsored.castVote.xN`: N residents' passkey accounts (deployed, past their
 *   first operation), each operation signed by its passkey and approved by the city's server, paid by
 *   the paymaster, in one `handleOps`; P-256 answered by a mock at 0x100 (see PasskeyGas.t.sol: a mocked
 *   call is charged as an empty account, 2,600 cold then 100; EIP-7951 charges 6,900 + 100 each, so
 *   scripts/bench-gas.mjs adds 6,900 × N − 2,500 to these figures);
 * - `polity.passkey.bundle.sponsored.noPrecompile.castVote.xN`: the same where P-256 is verified in Solidity.
 *
 * Every vote lands on a proposal that others voted for already and that has reached its quorum, so no
 * figure carries a tally's first write or the late-quorum extension.
 */
contract PasskeyBundleGasBench is GasRecorder, PasskeyFixture {
    address private constant P256_PRECOMPILE = address(0x100);
    uint256 private constant RESIDENTS = 10;
    uint256 private constant FIRST_PASSKEY = 0xB000;

    address[RESIDENTS] private passkeyAccounts;
    FloorAccount[RESIDENTS] private floorAccounts;
    uint256 private warmUp;
    uint256[4] private withPrecompile; // proposals voted on in bundles of 1, 5, 10 (index 0 unused)
    uint256[2] private withoutPrecompile; // bundles of 1 and 10
    uint256 private floorProposal1;
    uint256 private floorProposal5;
    uint256 private floorProposal10;

    function setUp() public {
        setUpPasskeyCity();
        vm.deal(bundler, 1 ether); // a bundler's account exists: its refund is not an account creation
        for (uint256 i; i < RESIDENTS; ++i) {
            passkeyAccounts[i] = accountOf(FIRST_PASSKEY + i, 0);
            admit(passkeyAccounts[i]);
            floorAccounts[i] = new FloorAccount();
            entryPoint.depositTo{value: 1 ether}(address(floorAccounts[i]));
            admit(address(floorAccounts[i]));
        }
        warmUp = proposeOn(GENERAL, "Warm up");
        withPrecompile[1] = proposeOn(GENERAL, "Bundle of one");
        withPrecompile[2] = proposeOn(GENERAL, "Bundle of five");
        withPrecompile[3] = proposeOn(GENERAL, "Bundle of ten");
        withoutPrecompile[0] = proposeOn(GENERAL, "Bundle of one, no precompile");
        withoutPrecompile[1] = proposeOn(GENERAL, "Bundle of ten, no precompile");
        floorProposal1 = proposeOn(GENERAL, "Floor, one");
        floorProposal5 = proposeOn(GENERAL, "Floor, five");
        floorProposal10 = proposeOn(GENERAL, "Floor, ten");
        startVoting();
        // Others voted on each already: no first write of a tally, and quorum is reached (reaching it
        // writes GovernorPreventLateQuorum's extended deadline, which one vote of a bundle would carry).
        uint256[9] memory all = [
            withPrecompile[1],
            withPrecompile[2],
            withPrecompile[3],
            withoutPrecompile[0],
            withoutPrecompile[1],
            floorProposal1,
            floorProposal5,
            floorProposal10,
            warmUp
        ];
        for (uint256 i; i < all.length; ++i) {
            voteAs(resident(4), all[i], FOR);
            voteAs(resident(5), all[i], FOR);
            voteAs(resident(6), all[i], FOR);
        }
    }

    function test_passkeyBundles() public {
        // First operations deploy the accounts and start their nonces: not the steady state.
        mockPrecompile();
        handleAll(firstOperations(warmUp));
        handleAll(floorOperations(warmUp, RESIDENTS));

        voteAs(resident(1), withPrecompile[1], FOR);
        record("polity.passkey.bundle.direct.castVote");

        handleAll(floorOperations(floorProposal1, 1));
        record("polity.passkey.bundle.floor.castVote.x1");
        handleAll(floorOperations(floorProposal5, 5));
        record("polity.passkey.bundle.floor.castVote.x5");
        handleAll(floorOperations(floorProposal10, 10));
        record("polity.passkey.bundle.floor.castVote.x10");

        handleAll(sponsoredOperations(withPrecompile[1], 1));
        record("polity.passkey.bundle.sponsored.castVote.x1");
        handleAll(sponsoredOperations(withPrecompile[2], 5));
        record("polity.passkey.bundle.sponsored.castVote.x5");
        handleAll(sponsoredOperations(withPrecompile[3], 10));
        record("polity.passkey.bundle.sponsored.castVote.x10");
        vm.clearMockedCalls();

        handleAll(sponsoredOperations(withoutPrecompile[0], 1));
        record("polity.passkey.bundle.sponsored.noPrecompile.castVote.x1");
        handleAll(sponsoredOperations(withoutPrecompile[1], 10));
        record("polity.passkey.bundle.sponsored.noPrecompile.castVote.x10");

        for (uint256 i; i < RESIDENTS; ++i) {
            assertTrue(governor.hasVoted(withPrecompile[3], passkeyAccounts[i]), "a sponsored vote was not counted");
            assertTrue(governor.hasVoted(floorProposal10, address(floorAccounts[i])), "a floor vote was not counted");
        }
        writeFigures("passkey-bundles");
    }

    function firstOperations(uint256 proposalId) private view returns (PackedUserOperation[] memory ops) {
        ops = new PackedUserOperation[](RESIDENTS);
        for (uint256 i; i < RESIDENTS; ++i) {
            ops[i] = firstUserOperation(FIRST_PASSKEY + i, 0, voteOn(proposalId));
            sponsor(ops[i]);
            signWith(ops[i], FIRST_PASSKEY + i);
        }
    }

    function sponsoredOperations(uint256 proposalId, uint256 count)
        private
        view
        returns (PackedUserOperation[] memory ops)
    {
        ops = new PackedUserOperation[](count);
        for (uint256 i; i < count; ++i) {
            ops[i] = userOperation(passkeyAccounts[i], voteOn(proposalId));
            sponsor(ops[i]);
            signWith(ops[i], FIRST_PASSKEY + i);
        }
    }

    /// @dev The same vote from floor accounts: no signature, no paymaster, one plain call.
    function floorOperations(uint256 proposalId, uint256 count) private view returns (PackedUserOperation[] memory ops) {
        ops = new PackedUserOperation[](count);
        for (uint256 i; i < count; ++i) {
            ops[i] = userOperation(address(floorAccounts[i]), voteOn(proposalId));
            ops[i].callData = abi.encodeCall(
                FloorAccount.execute, (address(governor), abi.encodeCall(governor.castVote, (proposalId, FOR)))
            );
        }
    }

    function handleAll(PackedUserOperation[] memory ops) private {
        vm.prank(bundler, bundler);
        entryPoint.handleOps(ops, bundler);
    }

    function mockPrecompile() private {
        vm.mockCall(P256_PRECOMPILE, bytes(""), abi.encode(uint256(1)));
    }

    function voteOn(uint256 proposalId) private view returns (Execution[] memory) {
        return batch(execution(address(governor), abi.encodeCall(governor.castVote, (proposalId, FOR))));
    }
}
