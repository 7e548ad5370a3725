// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {PasskeyFixture} from "../../test/account/PasskeyFixture.sol";
import {GasRecorder} from "./GasRecorder.sol";

/**
 * @dev Gas of a resident's action sent from a passkey account through the v0.8 EntryPoint and paid by the
 * city's paymaster (one `handleOps` transaction holding one user operation), beside the same action sent
 * directly by a resident's own key (profile `bench`: every call its own transaction):
 *
 * - `polity.passkey.castVote.direct`, `polity.passkey.castBallot.direct` (an approval ballot of 3 projects);
 * - `.sponsored`: the same through the EntryPoint, the account deployed and past its first operation,
 *   P-256 checked by the precompile at 0x100;
 * - `.sponsored.noPrecompile`: the same where 0x100 holds nothing, so OpenZeppelin's P256 verifies in
 *   Solidity (chains without RIP-7212 / EIP-7951);
 * - `polity.passkey.castVote.sponsored.firstOperation`: a resident's first operation, which also deploys
 *   the account (initCode) and starts its nonce.
 *
 * forge's EVM has no P-256 precompile (anvil's default hardfork has), so `.sponsored` answers the call to
 * 0x100 with `vm.mockCall` (the signatures are real and valid either way): the call is then charged as a
 * call to a cold empty address (2,600) instead of the precompile's price (EIP-7951: 6,900 on a warm
 * address; RIP-7212: 3,450), so a chain with EIP-7951 charges 4,400 more per operation; scripts/bench-gas.mjs
 * adds it in its target.
 */
contract PasskeyGasBench is GasRecorder, PasskeyFixture {
    address private constant P256_PRECOMPILE = address(0x100);
    uint256 private constant SECOND_PASSKEY = 0xB0B;
    uint256 private constant THIRD_PASSKEY = 0xCA7;

    address private withPrecompile;
    address private withoutPrecompile;
    uint256 private warmUpProposal;
    uint256 private proposal;
    uint256 private roundId;

    function setUp() public {
        setUpPasskeyCity();
        vm.deal(bundler, 1 ether); // a bundler's account exists: its refund is not an account creation
        withPrecompile = accountOf(passkey, 0);
        withoutPrecompile = accountOf(SECOND_PASSKEY, 0);
        admit(withPrecompile);
        admit(withoutPrecompile);
        admit(accountOf(THIRD_PASSKEY, 0));
        roundId = votingRound(approvalConfig(1_000_000), prices());
        warmUpProposal = proposeOn(GENERAL, "Warm up");
        proposal = proposeOn(GENERAL, "Plant trees on the market square");
        startVoting();
        // Others voted already: no first write of a tally.
        voteAs(resident(4), proposal, FOR);
        vote(resident(4), roundId, ids(0, 1, 2));
    }

    function test_passkeyActions() public {
        // The two accounts' first operations (deployment, nonce from zero) are not the steady state.
        mockPrecompile();
        handle(readyWith(firstUserOperation(passkey, 0, voteOn(warmUpProposal)), passkey));
        vm.clearMockedCalls();
        handle(readyWith(firstUserOperation(SECOND_PASSKEY, 0, voteOn(warmUpProposal)), SECOND_PASSKEY));

        voteAs(resident(1), proposal, FOR);
        record("polity.passkey.castVote.direct");
        vote(resident(1), roundId, ids(0, 1, 2));
        record("polity.passkey.castBallot.direct");

        mockPrecompile();
        handle(readyWith(userOperation(withPrecompile, voteOn(proposal)), passkey));
        record("polity.passkey.castVote.sponsored");
        handle(readyWith(userOperation(withPrecompile, ballot()), passkey));
        record("polity.passkey.castBallot.sponsored");
        handle(readyWith(firstUserOperation(THIRD_PASSKEY, 0, voteOn(proposal)), THIRD_PASSKEY));
        record("polity.passkey.castVote.sponsored.firstOperation");
        vm.clearMockedCalls();

        handle(readyWith(userOperation(withoutPrecompile, voteOn(proposal)), SECOND_PASSKEY));
        record("polity.passkey.castVote.sponsored.noPrecompile");
        handle(readyWith(userOperation(withoutPrecompile, ballot()), SECOND_PASSKEY));
        record("polity.passkey.castBallot.sponsored.noPrecompile");

        assertTrue(governor.hasVoted(proposal, withPrecompile) && governor.hasVoted(proposal, withoutPrecompile));
        (bool cast,,,) = rounds.ballotOf(roundId, withoutPrecompile);
        assertTrue(cast);
        writeFigures("passkey");
    }

    function mockPrecompile() private {
        vm.mockCall(P256_PRECOMPILE, bytes(""), abi.encode(uint256(1)));
    }

    function readyWith(PackedUserOperation memory op, uint256 key) private view returns (PackedUserOperation memory) {
        sponsor(op);
        signWith(op, key);
        return op;
    }

    function voteOn(uint256 proposalId) private view returns (Execution[] memory) {
        return batch(execution(address(governor), abi.encodeCall(governor.castVote, (proposalId, FOR))));
    }

    function ballot() private view returns (Execution[] memory) {
        return batch(execution(address(rounds), abi.encodeCall(rounds.castBallot, (roundId, ids(0, 1, 2)))));
    }

    function prices() private pure returns (uint128[] memory list) {
        list = new uint128[](4);
        (list[0], list[1], list[2], list[3]) = (100_000, 150_000, 200_000, 250_000);
    }
}
