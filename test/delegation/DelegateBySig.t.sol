// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {PolityFixture} from "../utils/PolityFixture.sol";
import {Signatures} from "../utils/Signatures.sol";

/// @notice ERC-5805 delegation by signature on the general topic (replay across chains/contracts: attacks).
contract DelegateBySigTest is PolityFixture {
    uint256 internal signerKey = residentKey(0);
    address internal signer = signingResident(0);
    address internal ana = makeAddr("ana");
    address internal relayer = makeAddr("relayer");

    function setUp() public {
        setUpCity(3);
        admit(signer);
        admit(ana);
        vm.warp(block.timestamp + 1);
    }

    function sign(uint256 key, address delegatee, uint256 nonce, uint256 expiry)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        return vm.sign(key, Signatures.delegationDigest(address(registry), delegatee, nonce, expiry));
    }

    function test_anyoneMayRelayASignedDelegation() public {
        uint256 expiry = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = sign(signerKey, ana, 0, expiry);
        vm.expectEmit(address(registry));
        emit IVotes.DelegateChanged(signer, address(0), ana);
        vm.prank(relayer);
        registry.delegateBySig(ana, 0, expiry, v, r, s);
        assertEq(registry.delegates(signer), ana);
        assertEq(registry.getVotes(ana), 2);
        assertEq(registry.nonces(signer), 1);
        assertEq(registry.delegates(relayer), address(0));
    }

    function test_aSignatureIsValidUntilItsExpiryInclusive() public {
        uint256 expiry = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = sign(signerKey, ana, 0, expiry);
        vm.warp(expiry + 1);
        vm.expectRevert(abi.encodeWithSelector(IVotes.VotesExpiredSignature.selector, expiry));
        registry.delegateBySig(ana, 0, expiry, v, r, s);
        vm.warp(expiry);
        registry.delegateBySig(ana, 0, expiry, v, r, s);
        assertEq(registry.delegates(signer), ana);
    }

    function test_theNonceMustBeTheNextOne() public {
        uint256 expiry = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = sign(signerKey, ana, 1, expiry);
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, signer, 0));
        registry.delegateBySig(ana, 1, expiry, v, r, s);
    }

    function test_aSignatureForAnotherDelegateeActsForSomeoneElse() public {
        // The signer agreed to `ana`; relaying it with another delegatee recovers an unrelated address.
        uint256 expiry = block.timestamp + 1 hours;
        address other = makeAddr("other");
        admit(other);
        (uint8 v, bytes32 r, bytes32 s) = sign(signerKey, ana, 0, expiry);
        address recovered =
            ecrecover(Signatures.delegationDigest(address(registry), other, 0, expiry), v, r, s);
        assertTrue(recovered != signer);
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, recovered));
        registry.delegateBySig(other, 0, expiry, v, r, s);
        assertEq(registry.delegates(signer), address(0));
        assertEq(registry.nonces(signer), 0);
    }

    function test_malformedSignaturesAreRefused() public {
        uint256 expiry = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = sign(signerKey, ana, 0, expiry);
        bytes32 highS = bytes32(uint256(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141) - uint256(s));
        vm.expectRevert(abi.encodeWithSelector(ECDSA.ECDSAInvalidSignatureS.selector, highS));
        registry.delegateBySig(ana, 0, expiry, v == 27 ? 28 : 27, r, highS);
        vm.expectRevert(ECDSA.ECDSAInvalidSignature.selector);
        registry.delegateBySig(ana, 0, expiry, 0, r, s);
    }

    function test_aNonResidentSignerIsRefusedButMayRevoke() public {
        uint256 key = residentKey(1);
        address outsider = signingResident(1);
        uint256 expiry = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = sign(key, ana, 0, expiry);
        vm.expectRevert(abi.encodeWithSelector(ResidentRegistry.ResidentRegistryNotResident.selector, outsider));
        registry.delegateBySig(ana, 0, expiry, v, r, s);
        (v, r, s) = sign(key, address(0), 0, expiry);
        registry.delegateBySig(address(0), 0, expiry, v, r, s);
        assertEq(registry.nonces(outsider), 1, "a revocation that changes nothing still uses the nonce");
    }
}
