// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Bytes} from "@openzeppelin/contracts/utils/Bytes.sol";

/**
 * @title ComponentDeployer
 * @notice Deploys one component of a polity (registry, Governor, budget rounds, ...) with whatever
 * constructor arguments it is given. A deployer is deployed once per chain and used by
 * {PolityFactory}: a factory cannot carry every component's creation code itself (EIP-170 caps a
 * contract's code at 24,576 bytes), and some creation codes (the Governor's) are larger than that on
 * their own.
 *
 * So the deployer's constructor stores the component's creation code, taken from its own init code
 * (compiled from source, not supplied by anyone), in data contracts of at most 24,575 bytes each
 * (prefixed with a STOP byte so that calling one does nothing), and {_create} reassembles it with
 * EXTCODECOPY and deploys with CREATE. Anyone can check the stored code against the compiled
 * component with {creationCode} and {creationCodeHash}.
 */
abstract contract ComponentDeployer {
    /// @dev EIP-170's limit less the leading STOP byte of each data contract.
    uint256 private constant CHUNK_SIZE = 24_575;
    /// @dev Init code that returns the code that follows it: PUSH2 len DUP1 PUSH1 12 PUSH1 0 CODECOPY PUSH1 0 RETURN.
    bytes9 private constant RETURN_REST = hex"80600c6000396000f3";

    address[] private _chunks;
    bytes32 private immutable _creationCodeHash;

    /// @dev Storing part `index` of the creation code failed.
    error ComponentDeployerStoreFailed(uint256 index);

    constructor(bytes memory code) {
        _creationCodeHash = keccak256(code);
        for (uint256 offset; offset < code.length; offset += CHUNK_SIZE) {
            uint256 end = offset + CHUNK_SIZE < code.length ? offset + CHUNK_SIZE : code.length;
            // a chunk is at most CHUNK_SIZE (24,575) bytes, plus the STOP byte
            // forge-lint: disable-next-line(unsafe-typecast)
            uint16 runtimeSize = uint16(end - offset + 1);
            bytes memory initCode =
                abi.encodePacked(hex"61", runtimeSize, RETURN_REST, hex"00", Bytes.slice(code, offset, end));
            address chunk;
            assembly ("memory-safe") {
                chunk := create(0, add(initCode, 0x20), mload(initCode))
            }
            if (chunk == address(0)) revert ComponentDeployerStoreFailed(_chunks.length);
            _chunks.push(chunk);
        }
    }

    /// @notice The component's creation code, reassembled from the data contracts.
    function creationCode() public view returns (bytes memory) {
        return _assemble(0);
    }

    /// @notice keccak256 of the creation code this deployer was built with.
    function creationCodeHash() external view returns (bytes32) {
        return _creationCodeHash;
    }

    /// @dev Deploys the component with ABI-encoded `constructorArgs`; bubbles up a constructor's revert.
    function _create(bytes memory constructorArgs) internal returns (address deployed) {
        bytes memory initCode = _assemble(constructorArgs.length);
        uint256 codeLength = initCode.length - constructorArgs.length;
        assembly ("memory-safe") {
            mcopy(add(add(initCode, 0x20), codeLength), add(constructorArgs, 0x20), mload(constructorArgs))
            deployed := create(0, add(initCode, 0x20), mload(initCode))
            if iszero(deployed) {
                let free := mload(0x40)
                returndatacopy(free, 0, returndatasize())
                revert(free, returndatasize())
            }
        }
    }

    /// @dev The creation code followed by `extra` bytes of room.
    function _assemble(uint256 extra) private view returns (bytes memory code) {
        uint256 count = _chunks.length;
        address[] memory chunks = new address[](count);
        uint256 total;
        for (uint256 i; i < count; ++i) {
            chunks[i] = _chunks[i];
            total += chunks[i].code.length - 1;
        }
        code = new bytes(total + extra);
        uint256 offset;
        for (uint256 i; i < count; ++i) {
            address chunk = chunks[i];
            uint256 size = chunk.code.length - 1;
            assembly ("memory-safe") {
                extcodecopy(chunk, add(add(code, 0x20), offset), 1, size)
            }
            offset += size;
        }
    }
}
