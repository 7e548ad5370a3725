// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {GovernorProposalGuardian} from "@openzeppelin/contracts/governance/extensions/GovernorProposalGuardian.sol";

/**
 * @title GovernorRemovableGuardian
 * @notice OpenZeppelin's proposal guardian may cancel any proposal at any stage, a queued one included. A
 * guardian that is also the council could then cancel every proposal that removes it, and residents could
 * never take its powers away. This module keeps the guardian's veto over everything except proposals that
 * only take power from the guardian itself: a proposal each of whose calls, sending no value, is either
 *
 * - `setProposalGuardian(anyone)` on this Governor (replacing or removing the guardian), or
 * - `revokeRole(role, guardian)` on any contract (taking a role from the guardian's own address),
 *
 * cannot be cancelled at any stage while there is a guardian: not by the guardian, and not by its proposer
 * either (otherwise the guardian, or anyone for it, could make the same proposal first and withdraw it).
 * None of these calls can move funds or grant a power to anyone, so the guardian loses nothing it needs
 * against a malicious proposal; a proposal that mixes them with anything else stays under its veto, which
 * is why residents remove a council in a proposal of its own.
 */
abstract contract GovernorRemovableGuardian is GovernorProposalGuardian {
    /// @dev `proposalId` only replaces the guardian or takes roles from it, so nobody may cancel it.
    error GovernorGuardianRemovalNotCancellable(uint256 proposalId, address guardian);

    /// @notice Cancels a proposal. The guardian: any proposal that does more than remove or replace it; the
    /// proposer: its own proposal while pending (OpenZeppelin's rule), unless it only removes the guardian.
    function cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) public virtual override returns (uint256) {
        address guardian = proposalGuardian();
        if (guardian != address(0) && onlyRemovesGuardian(targets, values, calldatas)) {
            uint256 proposalId = getProposalId(targets, values, calldatas, descriptionHash);
            revert GovernorGuardianRemovalNotCancellable(proposalId, guardian);
        }
        return super.cancel(targets, values, calldatas, descriptionHash);
    }

    /// @notice Whether every call of these contents only replaces the guardian or takes roles from it, so
    /// that nobody can cancel them while there is a guardian.
    function onlyRemovesGuardian(address[] memory targets, uint256[] memory values, bytes[] memory calldatas)
        public
        view
        virtual
        returns (bool)
    {
        address guardian = proposalGuardian();
        uint256 count = targets.length;
        if (count == 0 || values.length != count || calldatas.length != count) return false;
        for (uint256 i; i < count; ++i) {
            if (values[i] != 0) return false;
            bytes memory data = calldatas[i];
            if (data.length < 4) return false;
            bytes4 selector = bytes4(data);
            bool replacesGuardian =
                targets[i] == address(this) && selector == this.setProposalGuardian.selector && data.length == 36;
            bool revokesFromGuardian = selector == IAccessControl.revokeRole.selector && data.length == 68
                && uint256(_argument(data, 1)) == uint256(uint160(guardian));
            if (!replacesGuardian && !revokesFromGuardian) return false;
        }
        return true;
    }

    /// @dev The `index`-th 32-byte argument of ABI-encoded call data (after the selector).
    function _argument(bytes memory data, uint256 index) private pure returns (bytes32 word) {
        assembly ("memory-safe") {
            word := mload(add(add(data, 0x24), mul(index, 0x20)))
        }
    }
}
