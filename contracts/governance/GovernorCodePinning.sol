// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Bytes} from "@openzeppelin/contracts/utils/Bytes.sol";

/**
 * @title GovernorCodePinning
 * @notice Pins the code of everything a proposal calls when the proposal is created and refuses to queue
 * or execute it if any of that code changed since. In May 2023 the Tornado Cash governance was taken
 * over by a proposal whose target was destroyed and redeployed with different code after it passed:
 * voters approved one program and another one ran.
 *
 * "Everything a proposal calls" includes the calls forwarded by governance's own forwarders: this
 * Governor's {Governor-relay} and, when the executor is a TimelockController, its `execute` and
 * `executeBatch`; their inner targets are pinned too, at any depth of nesting, after the target that
 * forwards them. Calls that would make the timelock run something later, outside this proposal
 * (`schedule` and `scheduleBatch` on the executor), cannot be pinned and are refused.
 *
 * An account without code pins as "no code" whether or not it exists yet, so an address that receives
 * funds in the meantime does not count as a change. The pin covers the target's own code: a proxy
 * whose implementation is switched keeps its code, and a contract that forwards calls by its own logic
 * (a multisig, a multicall) forwards under its pinned code, so such targets need their own safeguards.
 */
abstract contract GovernorCodePinning is Governor {
    bytes32 private constant NO_CODE = keccak256("");

    mapping(uint256 proposalId => bytes32) private _pinnedCode;

    /// @dev The code hash of each called account, in order (a forwarder, then what it forwards to), when
    /// the proposal was created.
    event ProposalCodePinned(uint256 indexed proposalId, bytes32[] codeHashes);

    /// @dev A called account's code differs from what was pinned; `pinned` and `current` hash all of them.
    error GovernorTargetCodeChanged(uint256 proposalId, bytes32 pinned, bytes32 current);

    /// @dev The proposal asks `target` to schedule calls (`selector`) that would run outside it, unpinned.
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
        bytes memory packed = _calleesCode(targets, calldatas);
        _pinnedCode[proposalId] = keccak256(packed);
        emit ProposalCodePinned(proposalId, _asHashes(packed));
    }

    /// @dev Reverts unless everything `proposalId` calls still has the code pinned for it.
    function _checkPinnedCode(uint256 proposalId, address[] memory targets, bytes[] memory calldatas)
        internal
        view
    {
        bytes32 current = keccak256(_calleesCode(targets, calldatas));
        bytes32 pinned = _pinnedCode[proposalId];
        if (current != pinned) revert GovernorTargetCodeChanged(proposalId, pinned, current);
    }

    /// @dev The packed code hashes of the calls, each followed by those of the calls it forwards.
    function _calleesCode(address[] memory targets, bytes[] memory calldatas)
        private
        view
        returns (bytes memory packed)
    {
        for (uint256 i; i < targets.length; ++i) {
            packed = bytes.concat(packed, _calleeCode(targets[i], calldatas[i]));
        }
    }

    function _calleeCode(address target, bytes memory data) private view returns (bytes memory packed) {
        bytes32 codeHash = target.codehash;
        packed = abi.encodePacked(codeHash == bytes32(0) ? NO_CODE : codeHash);
        if (data.length < 4) return packed;
        bytes4 selector = bytes4(data);
        address executor = _executor();
        if (target == address(this) && selector == this.relay.selector) {
            (address inner,, bytes memory innerData) = abi.decode(Bytes.slice(data, 4), (address, uint256, bytes));
            packed = bytes.concat(packed, _calleeCode(inner, innerData));
        } else if (target == executor && executor != address(this)) {
            if (selector == TimelockController.execute.selector) {
                (address inner,, bytes memory payload,,) =
                    abi.decode(Bytes.slice(data, 4), (address, uint256, bytes, bytes32, bytes32));
                packed = bytes.concat(packed, _calleeCode(inner, payload));
            } else if (selector == TimelockController.executeBatch.selector) {
                (address[] memory inners,, bytes[] memory payloads,,) =
                    abi.decode(Bytes.slice(data, 4), (address[], uint256[], bytes[], bytes32, bytes32));
                packed = bytes.concat(packed, _calleesCode(inners, payloads));
            } else if (
                selector == TimelockController.schedule.selector || selector == TimelockController.scheduleBatch.selector
            ) {
                revert GovernorUnpinnableCall(target, selector);
            }
        }
    }

    /// @dev Packed 32-byte hashes as an array, for the event.
    function _asHashes(bytes memory packed) private pure returns (bytes32[] memory hashes) {
        hashes = new bytes32[](packed.length / 32);
        for (uint256 i; i < hashes.length; ++i) {
            bytes32 word;
            assembly ("memory-safe") {
                word := mload(add(add(packed, 0x20), mul(i, 0x20)))
            }
            hashes[i] = word;
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
