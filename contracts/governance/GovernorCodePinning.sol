// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/**
 * @title GovernorCodePinning
 * @notice Pins the code of everything a proposal calls when the proposal is created and refuses to queue
 * or execute it if any of that code changed since. In May 2023 the Tornado Cash governance was taken
 * over by a proposal whose target was destroyed and redeployed with different code after it passed:
 * voters approved one program and another one ran.
 *
 * "Everything a proposal calls" includes what governance's own forwarders call: a call to this
 * Governor's {Governor-relay} pins the relayed target too, after the Governor. Calls that would make the
 * timelock run other operations (its `execute`, `executeBatch`, `schedule` and `scheduleBatch`, directly
 * or relayed through the Governor, which is the timelock's proposer and executor) cannot be pinned, since
 * what they run is decided elsewhere or later, and are refused: a proposal says what it runs itself.
 *
 * An account without code pins as "no code" whether or not it exists yet, so an address that receives
 * funds in the meantime does not count as a change. The pin covers the target's own code: a proxy
 * whose implementation is switched keeps its code, and a contract that forwards calls by its own logic
 * (a multisig, a multicall) forwards under its pinned code, so such targets need their own safeguards.
 */
abstract contract GovernorCodePinning is Governor {
    bytes32 private constant NO_CODE = keccak256("");

    mapping(uint256 proposalId => bytes32) private _pinnedCode;

    /// @dev The code hash of each called account, in order (a relay's target right after the relay call),
    /// when the proposal was created.
    event ProposalCodePinned(uint256 indexed proposalId, bytes32[] codeHashes);

    /// @dev A called account's code differs from what was pinned; `pinned` and `current` hash all of them.
    error GovernorTargetCodeChanged(uint256 proposalId, bytes32 pinned, bytes32 current);

    /// @dev The proposal calls `selector` on `target`, which would have the timelock run calls that are
    /// not the proposal's own, so their code cannot be pinned.
    error GovernorUnpinnableCall(address target, bytes4 selector);

    /// @notice The hash over the code hashes of everything `proposalId` calls, pinned when it was created.
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
        bytes32[] memory codeHashes = _calleesCode(targets, calldatas);
        _pinnedCode[proposalId] = keccak256(abi.encodePacked(codeHashes));
        emit ProposalCodePinned(proposalId, codeHashes);
    }

    /// @dev Reverts unless everything `proposalId` calls still has the code pinned for it.
    function _checkPinnedCode(uint256 proposalId, address[] memory targets, bytes[] memory calldatas)
        internal
        view
    {
        bytes32 current = keccak256(abi.encodePacked(_calleesCode(targets, calldatas)));
        bytes32 pinned = _pinnedCode[proposalId];
        if (current != pinned) revert GovernorTargetCodeChanged(proposalId, pinned, current);
    }

    /// @dev The code hash of every call's target, each relay call followed by its relayed target's.
    function _calleesCode(address[] memory targets, bytes[] memory calldatas)
        private
        view
        returns (bytes32[] memory codeHashes)
    {
        codeHashes = new bytes32[](targets.length * 2);
        uint256 count;
        address executor = _executor();
        for (uint256 i; i < targets.length; ++i) {
            address target = targets[i];
            bytes memory data = calldatas[i];
            bytes4 selector = data.length < 4 ? bytes4(0) : bytes4(data);
            codeHashes[count++] = _codeHashOf(target);
            if (target == address(this) && selector == this.relay.selector && data.length >= 36) {
                address relayed = address(uint160(uint256(_firstArgument(data))));
                if (relayed == executor) revert GovernorUnpinnableCall(target, selector);
                codeHashes[count++] = _codeHashOf(relayed);
            } else if (target == executor && target != address(this) && _runsOtherOperations(selector)) {
                revert GovernorUnpinnableCall(target, selector);
            }
        }
        assembly ("memory-safe") {
            mstore(codeHashes, count)
        }
    }

    function _codeHashOf(address account) private view returns (bytes32) {
        bytes32 codeHash = account.codehash;
        return codeHash == bytes32(0) ? NO_CODE : codeHash;
    }

    /// @dev Whether a TimelockController function of this selector runs or schedules operations.
    function _runsOtherOperations(bytes4 selector) private pure returns (bool) {
        return selector == TimelockController.execute.selector || selector == TimelockController.executeBatch.selector
            || selector == TimelockController.schedule.selector || selector == TimelockController.scheduleBatch.selector;
    }

    /// @dev The first 32-byte argument of ABI-encoded call data (callers check there is one).
    function _firstArgument(bytes memory data) private pure returns (bytes32 word) {
        assembly ("memory-safe") {
            word := mload(add(data, 0x24))
        }
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal virtual override returns (uint48) {
        _checkPinnedCode(proposalId, targets, calldatas);
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal virtual override {
        _checkPinnedCode(proposalId, targets, calldatas);
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }
}
