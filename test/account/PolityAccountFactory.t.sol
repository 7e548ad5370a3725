// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {SignerP256} from "@openzeppelin/contracts/utils/cryptography/signers/SignerP256.sol";
import {PolityAccount} from "../../contracts/account/PolityAccount.sol";
import {PolityAccountFactory} from "../../contracts/account/PolityAccountFactory.sol";
import {PasskeyFixture} from "./PasskeyFixture.sol";

/**
 * @notice The factory: an account's address follows from its passkey before it exists, so the identity
 * office admits it first; creating it twice is harmless; the key is part of the account's code, set when
 * the factory deploys it, and nothing can change it.
 */
contract PolityAccountFactoryTest is PasskeyFixture {
    function setUp() public {
        setUpPasskeyCity();
    }

    function test_thePredictedAddressIsTheDeployedOne() public {
        (bytes32 x, bytes32 y) = publicKey(passkey);
        address predicted = factory.predictAddress(x, y, 0);
        assertEq(predicted.code.length, 0);

        vm.expectEmit(address(factory));
        emit PolityAccountFactory.AccountCreated(predicted, x, y, 0);
        PolityAccount account = factory.createAccount(x, y, 0);

        assertEq(address(account), predicted);
        (bytes32 qx, bytes32 qy) = account.signer();
        assertEq(qx, x);
        assertEq(qy, y);
    }

    function test_theRegistryAdmitsAnAccountBeforeItExists() public {
        address predicted = accountOf(passkey, 0);
        admit(predicted, 2);
        assertEq(predicted.code.length, 0);
        assertTrue(registry.isResident(predicted));

        createAccount(passkey, 0);
        assertTrue(registry.isResident(predicted));
        (bool member,, uint32 district) = registry.residencyOf(predicted);
        assertTrue(member);
        assertEq(district, 2);
    }

    function test_creatingAnAccountAgainReturnsTheSameOne() public {
        PolityAccount first = createAccount(passkey, 0);
        vm.recordLogs();
        PolityAccount again = createAccount(passkey, 0);
        assertEq(address(again), address(first));
        assertEq(vm.getRecordedLogs().length, 0, "nothing deployed the second time");
    }

    function test_anotherIndexGivesTheSamePasskeyASecondAccount() public {
        PolityAccount first = createAccount(passkey, 0);
        PolityAccount second = createAccount(passkey, 1);
        assertTrue(address(first) != address(second));
        assertEq(address(second), accountOf(passkey, 1));
        assertTrue(accountOf(0xB0B, 0) != address(first), "another passkey, another address");
    }

    function test_aPointOffTheCurveIsRefused() public {
        (bytes32 x, bytes32 y) = publicKey(passkey);
        bytes32 wrongY = bytes32(uint256(y) ^ 1);
        vm.expectRevert(abi.encodeWithSelector(SignerP256.SignerP256InvalidPublicKey.selector, x, wrongY));
        factory.createAccount(x, wrongY, 0);
    }

    function test_theKeyIsPartOfTheAccountsCodeAndCannotChange() public {
        PolityAccount account = createAccount(passkey, 0);
        (bytes32 x, bytes32 y) = publicKey(passkey);
        // ERC-1167 with immutable arguments: the clone's code ends with the key.
        bytes memory code = address(account).code;
        assertEq(code.length, 0x2d + 64);
        assertEq(bytes32(_slice(code, 0x2d)), x);
        assertEq(bytes32(_slice(code, 0x2d + 32)), y);
        // No initialiser or setter exists: the only way to write the account's storage slots is its own code.
        (bool called,) = address(account).call(abi.encodeWithSignature("initialize(bytes32,bytes32)", x, y));
        assertFalse(called, "the account has no initialiser");

        // The implementation is no clone: its signer is the point nobody holds the key of, not its code.
        (bytes32 qx,) = factory.implementation().signer();
        assertEq(qx, 0x7427f893bc2aed0b68f209ddc6e474eaae44611cc1a97a5fbd92de04b0a9a469);
    }

    function _slice(bytes memory data, uint256 start) private pure returns (bytes32 word) {
        assembly ("memory-safe") {
            word := mload(add(add(data, 0x20), start))
        }
    }

    function test_theAccountSupportsOnlyPlainBatches() public {
        PolityAccount account = createAccount(passkey, 0);
        assertTrue(account.supportsExecutionMode(BATCH_MODE));
        assertFalse(account.supportsExecutionMode(bytes32(0)), "single calls are sent as a batch of one");
        assertEq(address(account.entryPoint()), address(entryPoint));
    }
}
