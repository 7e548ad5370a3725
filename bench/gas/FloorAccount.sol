// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC4337Utils} from "@openzeppelin/contracts/account/utils/ERC4337Utils.sol";
import {IAccount, PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";

/**
 * @dev The least an ERC-4337 account can be, for measuring what the v0.8 EntryPoint itself costs per
 * operation before any of Polity's code: validation accepts every operation (no signature, no
 * paymaster: the account pays from its own deposit at the EntryPoint), and `execute` makes one call.
 * Never deploy it for anything but a benchmark: anyone's operation is valid for it.
 */
contract FloorAccount is IAccount {
    error FloorAccountNotEntryPoint(address caller);

    function validateUserOp(PackedUserOperation calldata, bytes32, uint256 missingAccountFunds)
        external
        returns (uint256)
    {
        // Prefunded at the EntryPoint, so this is zero; paying it keeps the account a correct one.
        if (missingAccountFunds != 0) {
            (bool paid,) = payable(msg.sender).call{value: missingAccountFunds}("");
            (paid);
        }
        return ERC4337Utils.SIG_VALIDATION_SUCCESS;
    }

    function execute(address target, bytes calldata data) external {
        if (msg.sender != address(ERC4337Utils.ENTRYPOINT_V08)) revert FloorAccountNotEntryPoint(msg.sender);
        (bool success, bytes memory returned) = target.call(data);
        if (!success) {
            assembly ("memory-safe") {
                revert(add(returned, 0x20), mload(returned))
            }
        }
    }
}
