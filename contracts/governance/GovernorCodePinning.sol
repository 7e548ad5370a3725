// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";

/**
 * @title GovernorCodePinning
 * @notice Pins the code of every proposal target when the proposal is created and refuses to queue or
 * execute it if any target's code changed since. In May 2023 the Tornado Cash governance was taken over
 * by a proposal whose target was destroyed and redeployed with different code after it passed: voters
 * approved one program and another one ran.
 *
 * An account without code pins as "no code" whether or not it exists yet, so an address that receives
 * funds in the meantime does not count as a change. The pin covers the target's own code: a proxy
 * whose implementation is switched keeps its code, so upgradeable targets need their own safeguards.
 */
abstract contract GovernorCodePinning is Governor {
    bytes32 private constant NO_CODE = keccak256("");

    mapping(uint256 proposalId => bytes32) private _pinnedCode;

    /// @dev The code hash of each target, in order, when the proposal was created.
    event ProposalCodePinned(uint256 indexed proposalId, bytes32[] codeHashes);

    /// @dev A target's code differs from what was pinned; `pinned` and `current` hash all targets' code.
    error GovernorTargetCodeChanged(uint256 proposalId, bytes32 pinned, bytes32 current);

    /// @notice The hash over all targets' code hashes pinned when `proposalId` was created.
    function proposalCodeHash(uint256 proposalId) public view virtual returns (bytes32) {
        return _pinnedCode[proposalId];
    }

    function _propose(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description,
        address proposer
    ) internal virtual override returns (uint256 proposalId) {
        proposalId = super._propose(targets, values, calldatas, description, proposer);
        bytes32[] memory codeHashes = _codeHashes(targets);
        _pinnedCode[proposalId] = keccak256(abi.encodePacked(codeHashes));
        emit ProposalCodePinned(proposalId, codeHashes);
    }

    /// @dev Reverts unless every target still has the code pinned for `proposalId`.
    function _checkPinnedCode(uint256 proposalId, address[] memory targets) internal view {
        bytes32 current = keccak256(abi.encodePacked(_codeHashes(targets)));
        bytes32 pinned = _pinnedCode[proposalId];
        if (current != pinned) revert GovernorTargetCodeChanged(proposalId, pinned, current);
    }

    function _codeHashes(address[] memory targets) private view returns (bytes32[] memory codeHashes) {
        codeHashes = new bytes32[](targets.length);
        for (uint256 i; i < targets.length; ++i) {
            bytes32 codeHash = targets[i].codehash;
            codeHashes[i] = codeHash == bytes32(0) ? NO_CODE : codeHash;
        }
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal virtual override returns (uint48) {
        _checkPinnedCode(proposalId, targets);
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal virtual override {
        _checkPinnedCode(proposalId, targets);
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }
}
