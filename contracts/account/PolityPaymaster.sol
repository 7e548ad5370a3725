// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Paymaster} from "@openzeppelin/contracts/account/paymaster/Paymaster.sol";
import {PaymasterSigner} from "@openzeppelin/contracts/account/paymaster/extensions/PaymasterSigner.sol";
import {ERC4337Utils} from "@openzeppelin/contracts/account/utils/ERC4337Utils.sol";
import {
    ERC7579Utils,
    Execution,
    Mode,
    CallType,
    ExecType,
    ModeSelector
} from "@openzeppelin/contracts/account/utils/draft-ERC7579Utils.sol";
import {IEntryPoint, PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {IERC7821} from "@openzeppelin/contracts/interfaces/draft-IERC7821.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignerECDSA} from "@openzeppelin/contracts/utils/cryptography/signers/SignerECDSA.sol";
import {ResidentRegistry} from "../membership/ResidentRegistry.sol";

/**
 * @title PolityPaymaster
 * @notice Pays the gas of residents' user operations from the city's deposit at the canonical v0.8
 * EntryPoint. The city's server decides, under the city's sponsorship policy (admitted residents, the
 * polity's contracts, quotas, the period's budget), and signs an approval of each operation:
 * OpenZeppelin's {PaymasterSigner} typed data `UserOperationRequest` under the domain
 * ("PolityPaymaster", "1", chain id, this contract), carried in `paymasterData` as
 * `validAfter (6 bytes) ‖ validUntil (6 bytes) ‖ signature (65 bytes)`. An approval names one operation
 * (sender, nonce, calls, gas limits and fees), so it is used at most once and its cost is bounded.
 *
 * In case the server's key leaks or the server errs, the paymaster also checks on chain, and refuses
 * with a reason, that
 * - the operation's sender is admitted in the polity's {ResidentRegistry} (and caps the approval's
 *   validity at the end of its residency), and
 * - the operation is an ERC-7821 batch of plain calls (the only kind a {PolityAccount} makes), each to
 *   one of the polity's contracts listed at deployment as sponsored, carrying no ether.
 *
 * The sponsored contracts are immutables, fixed for the paymaster's life: the city pays for the check of
 * every call, and comparing with immutables costs about 2,100 gas less than a storage read. A polity's
 * contracts do not move; if governance adds one (a new kind of round), it deploys a new paymaster with the
 * longer list, moves the deposit (`withdraw` here, `deposit` there) and points the server at it.
 * Quotas and the period's budget are the server's to enforce; on chain, the deposit is the ceiling of
 * what can be spent, and the EntryPoint refuses operations it cannot cover.
 *
 * Roles: governance (DEFAULT_ADMIN_ROLE, the timelock) withdraws the deposit and the stake; the city's operators (SIGNER_MANAGER_ROLE) rotate the server's key (to zero
 * to stop all sponsorship at once) and stake. Anyone may add to the deposit.
 *
 * ERC-7562: validation reads the registry's record of the sender and this contract's key, storage
 * outside the account, so a public-mempool bundler accepts the paymaster's operations only once it is
 * staked at the EntryPoint ({addStake}). It uses no banned opcode (the residency's expiry goes into the
 * returned validity window instead of being compared with the block's time) and returns no context.
 */
contract PolityPaymaster is PaymasterSigner, SignerECDSA, AccessControl {
    using ERC7579Utils for bytes;
    using ERC7579Utils for Mode;

    /// @notice Rotates the key whose approvals the paymaster accepts, and adds stake.
    bytes32 public constant SIGNER_MANAGER_ROLE = keccak256("SIGNER_MANAGER_ROLE");

    /// @notice How many contracts one paymaster can sponsor (a polity has five today).
    uint256 public constant MAX_SPONSORED_TARGETS = 8;

    ResidentRegistry private immutable _registry;
    uint256 private immutable _sponsoredCount;
    // Immutables cannot be an array: eight of them, the unused ones zero (never a call's target: see {_isSponsored}).
    address private immutable _target0;
    address private immutable _target1;
    address private immutable _target2;
    address private immutable _target3;
    address private immutable _target4;
    address private immutable _target5;
    address private immutable _target6;
    address private immutable _target7;

    /// @dev The key whose approvals are accepted changed (to zero: sponsorship stopped).
    event ApprovalSignerChanged(address indexed previousSigner, address indexed newSigner);
    /// @dev `target` is one of the sponsored contracts (emitted at deployment; the list never changes).
    event SponsoredTargetSet(address indexed target, bool sponsored);

    /// @dev The operation's sender is not an admitted resident of the polity.
    error PolityPaymasterNotResident(address sender);
    /// @dev The operation does not call the account's ERC-7821 `execute` (it starts with `selector`).
    error PolityPaymasterNotAnExecution(bytes4 selector);
    /// @dev The execution mode is not a plain batch (call type 0x01, exec type 0x00, no mode selector).
    error PolityPaymasterUnsupportedMode(bytes32 mode);
    /// @dev Call `index` of the batch goes to `target`, which is not one of the polity's sponsored contracts.
    error PolityPaymasterTargetNotSponsored(uint256 index, address target);
    /// @dev Call `index` of the batch sends `value` wei: the city pays for gas, not for transfers.
    error PolityPaymasterValueNotSponsored(uint256 index, uint256 value);
    /// @dev A zero address where a contract or a role holder is needed.
    error PolityPaymasterZeroAddress();
    /// @dev `count` sponsored contracts were given; a paymaster sponsors at most `max`.
    error PolityPaymasterTooManyTargets(uint256 count, uint256 max);

    /**
     * @param registry_ the polity's resident registry
     * @param admin receives DEFAULT_ADMIN_ROLE: the polity's timelock
     * @param signerManager receives SIGNER_MANAGER_ROLE (zero: none yet)
     * @param approvalSigner the city server's key
     * @param sponsored the polity's contracts residents call (registry, Governor, budget rounds), at
     * most {MAX_SPONSORED_TARGETS}; fixed for the paymaster's life
     */
    constructor(
        ResidentRegistry registry_,
        address admin,
        address signerManager,
        address approvalSigner,
        address[] memory sponsored
    ) EIP712("PolityPaymaster", "1") SignerECDSA(approvalSigner) {
        if (address(registry_) == address(0) || admin == address(0)) {
            revert PolityPaymasterZeroAddress();
        }
        _registry = registry_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (signerManager != address(0)) _grantRole(SIGNER_MANAGER_ROLE, signerManager);
        emit ApprovalSignerChanged(address(0), approvalSigner);
        uint256 count = sponsored.length;
        if (count > MAX_SPONSORED_TARGETS) revert PolityPaymasterTooManyTargets(count, MAX_SPONSORED_TARGETS);
        address[MAX_SPONSORED_TARGETS] memory targets;
        for (uint256 i; i < count; ++i) {
            if (sponsored[i] == address(0)) revert PolityPaymasterZeroAddress();
            targets[i] = sponsored[i];
            emit SponsoredTargetSet(targets[i], true);
        }
        _sponsoredCount = count;
        (_target0, _target1, _target2, _target3) = (targets[0], targets[1], targets[2], targets[3]);
        (_target4, _target5, _target6, _target7) = (targets[4], targets[5], targets[6], targets[7]);
    }

    /// @notice The canonical ERC-4337 v0.8 EntryPoint, which holds the deposit and calls this paymaster.
    function entryPoint() public pure override returns (IEntryPoint) {
        return ERC4337Utils.ENTRYPOINT_V08;
    }

    /// @notice The registry whose residents the paymaster sponsors.
    function registry() external view returns (ResidentRegistry) {
        return _registry;
    }

    /// @notice Whether residents' calls to `target` are sponsored.
    function isSponsoredTarget(address target) external view returns (bool) {
        return _isSponsored(target);
    }

    /// @notice The contracts whose calls residents make at the city's expense, as listed at deployment.
    function sponsoredTargets() external view returns (address[] memory targets) {
        address[MAX_SPONSORED_TARGETS] memory all =
            [_target0, _target1, _target2, _target3, _target4, _target5, _target6, _target7];
        targets = new address[](_sponsoredCount);
        for (uint256 i; i < targets.length; ++i) {
            targets[i] = all[i];
        }
    }

    // ─── Administration ──────────────────────────────────────────────────────────────────────────

    /// @notice Replaces the key whose approvals are accepted; zero stops all sponsorship. Only the signer manager.
    function setSigner(address newSigner) external onlyRole(SIGNER_MANAGER_ROLE) {
        emit ApprovalSignerChanged(signer(), newSigner);
        _setSigner(newSigner);
    }

    /// @notice Adds the ether sent to the paymaster's deposit at the EntryPoint. Anyone.
    function deposit() external payable {
        _deposit(msg.value);
    }

    /// @notice Sends `amount` of the deposit to `to`. Only governance.
    function withdraw(address payable to, uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _withdraw(to, amount);
    }

    /// @notice Stakes the ether sent at the EntryPoint with the given unstake delay. Only the signer manager.
    function addStake(uint32 unstakeDelaySec) external payable onlyRole(SIGNER_MANAGER_ROLE) {
        _addStake(msg.value, unstakeDelaySec);
    }

    /// @notice Starts the unstake delay. Only governance.
    function unlockStake() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _unlockStake();
    }

    /// @notice Sends the unlocked stake to `to` once the delay has passed. Only governance.
    function withdrawStake(address payable to) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _withdrawStake(to);
    }

    /// @dev Unused immutables are zero, and zero is no contract: it never matches.
    function _isSponsored(address target) private view returns (bool) {
        return target != address(0)
            && (target == _target0 || target == _target1 || target == _target2 || target == _target3
                || target == _target4 || target == _target5 || target == _target6 || target == _target7);
    }

    // ─── Validation ──────────────────────────────────────────────────────────────────────────────

    /**
     * @dev Refuses (reverts) an operation outside the city's policy, then checks the server's approval
     * ({PaymasterSigner}) and narrows its window to the sender's residency.
     */
    function _validatePaymasterUserOp(PackedUserOperation calldata userOp, bytes32 userOpHash, uint256 maxCost)
        internal
        override
        returns (bytes memory context, uint256 validationData)
    {
        (bool member, uint48 expiresAt,) = _registry.residencyOf(userOp.sender);
        if (!member) revert PolityPaymasterNotResident(userOp.sender);
        _checkCalls(userOp.callData);

        (context, validationData) = super._validatePaymasterUserOp(userOp, userOpHash, maxCost);
        // The EntryPoint, not this code, compares the window with the block's time (ERC-7562 bans TIMESTAMP).
        validationData =
            ERC4337Utils.combineValidationData(validationData, ERC4337Utils.packValidationData(true, 0, expiresAt));
    }

    /// @dev `callData` must be `execute(mode, executionData)` of a plain batch of calls to sponsored contracts.
    function _checkCalls(bytes calldata callData) private view {
        if (callData.length < 4 || bytes4(callData[:4]) != IERC7821.execute.selector) {
            revert PolityPaymasterNotAnExecution(callData.length < 4 ? bytes4(0) : bytes4(callData[:4]));
        }
        bytes32 mode = bytes32(callData[4:36]);
        (CallType callType, ExecType execType, ModeSelector selector,) = Mode.wrap(mode).decodeMode();
        bool plainBatch = callType == ERC7579Utils.CALLTYPE_BATCH && execType == ERC7579Utils.EXECTYPE_DEFAULT
            && selector == ModeSelector.wrap(0x00000000);
        if (!plainBatch) revert PolityPaymasterUnsupportedMode(mode);

        // `executionData` as Solidity's decoder hands it to the account's `execute`, read with the same
        // OpenZeppelin decoder the account executes with.
        uint256 start = 4 + uint256(bytes32(callData[36:68]));
        uint256 length = uint256(bytes32(callData[start:start + 32]));
        bytes calldata executionData = callData[start + 32:start + 32 + length];
        Execution[] calldata calls = executionData.decodeBatch();
        for (uint256 i; i < calls.length; ++i) {
            if (!_isSponsored(calls[i].target)) revert PolityPaymasterTargetNotSponsored(i, calls[i].target);
            if (calls[i].value != 0) revert PolityPaymasterValueNotSponsored(i, calls[i].value);
        }
    }
}
