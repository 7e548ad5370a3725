// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC5267} from "@openzeppelin/contracts/interfaces/IERC5267.sol";

/// @dev EIP-712 digests for the two signed actions, built from the standard type strings and the
/// verifying contract's own `eip712Domain()` (ERC-5267), so a test signs exactly what a wallet would.
library Signatures {
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    /// @dev ERC-5805's delegation type.
    bytes32 internal constant DELEGATION_TYPEHASH = keccak256("Delegation(address delegatee,uint256 nonce,uint256 expiry)");
    /// @dev OpenZeppelin Governor's ballot type.
    bytes32 internal constant BALLOT_TYPEHASH =
        keccak256("Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)");

    function domainSeparator(address verifyingContract) internal view returns (bytes32) {
        (, string memory name, string memory version, uint256 chainId, address verifier,,) =
            IERC5267(verifyingContract).eip712Domain();
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256(bytes(name)), keccak256(bytes(version)), chainId, verifier)
        );
    }

    function digest(bytes32 separator, bytes32 structHash) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked("\x19\x01", separator, structHash));
    }

    function delegationDigest(address votes, address delegatee, uint256 nonce, uint256 expiry)
        internal
        view
        returns (bytes32)
    {
        return digest(domainSeparator(votes), keccak256(abi.encode(DELEGATION_TYPEHASH, delegatee, nonce, expiry)));
    }

    function ballotDigest(address governor, uint256 proposalId, uint8 support, address voter, uint256 nonce)
        internal
        view
        returns (bytes32)
    {
        return digest(
            domainSeparator(governor), keccak256(abi.encode(BALLOT_TYPEHASH, proposalId, support, voter, nonce))
        );
    }
}
