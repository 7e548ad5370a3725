// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {SignerP256} from "@openzeppelin/contracts/utils/cryptography/signers/SignerP256.sol";
import {PolityAccount} from "../../contracts/account/PolityAccount.sol";
import {PolityAccountFactory} from "../../contracts/account/PolityAccountFactory.sol";
import {PasskeyFixture} from "./PasskeyFixture.sol";

/**
 * @notice The factory: an account's address follows from its passkey before it exists, so the identity
 * office admits it first; creating it twice is harmless; nobody can initialise an account but the factory,
 * in the transaction that deploys it.
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

    function test_nobodyReinitialisesAnAccount() public {
        PolityAccount account = createAccount(passkey, 0);
        (bytes32 x, bytes32 y) = publicKey(0xB0B);
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        account.initialize(x, y);

        PolityAccount implementation = factory.implementation();
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        implementation.initialize(x, y);
    }

    function test_theAccountSupportsOnlyPlainBatches() public {
        PolityAccount account = createAccount(passkey, 0);
        assertTrue(account.supportsExecutionMode(BATCH_MODE));
        assertFalse(account.supportsExecutionMode(bytes32(0)), "single calls are sent as a batch of one");
        assertEq(address(account.entryPoint()), address(entryPoint));
    }
}
