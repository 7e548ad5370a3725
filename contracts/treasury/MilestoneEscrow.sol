// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IRoundResults} from "../budgeting/IRoundResults.sol";

/**
 * @title MilestoneEscrow
 * @notice Holds the money of funded budget projects and pays it out milestone by milestone, so that the
 * public can follow every unit from the treasury to a recipient in the logs.
 *
 * Governance (the timelock, which holds the treasury) funds a project that a round's final result
 * selected: in one proposal it approves this escrow and calls {fundProject}, which pulls the allocation
 * (at most the project's cost, exactly the sum of its milestones) from the treasury. The council
 * releases milestones in order, each with the content hash of its evidence. Governance can stop a
 * project: what was not released goes back to the treasury.
 *
 * Every function that moves tokens is non-reentrant and changes state before transferring; a pull is
 * checked against the balance actually received, so a token that takes a fee cannot leave a grant
 * under-funded.
 */
contract MilestoneEscrow is AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    bytes32 public constant COUNCIL_ROLE = keccak256("COUNCIL_ROLE");
    /// @notice The most milestones one project may have.
    uint256 public constant MAX_MILESTONES = 64;

    enum GrantStatus {
        None,
        Active,
        Completed,
        Stopped
    }

    /// @dev A payment: amount in the round's token and the content hash of what it pays for.
    struct Milestone {
        uint128 amount;
        bytes32 descriptionHash;
    }

    /// @dev A funded project: token, status, milestones (count, and how many were released), recipient,
    /// the allocation held for it and how much of it was paid out.
    struct Grant {
        IERC20 token;
        GrantStatus status;
        uint16 milestoneCount;
        uint16 releasedMilestones;
        address recipient;
        uint128 allocation;
        uint128 released;
    }

    IRoundResults private immutable _results;
    address private immutable _treasury;

    mapping(uint256 roundId => mapping(uint256 projectId => Grant)) private _grants;
    mapping(uint256 roundId => mapping(uint256 projectId => mapping(uint256 index => Milestone))) private _milestones;

    /// @dev `allocation` moved from `from` (the treasury) into the escrow for the project.
    event ProjectFunded(
        uint256 indexed roundId,
        uint8 indexed projectId,
        IERC20 indexed token,
        address from,
        address recipient,
        uint256 allocation,
        uint256 milestoneCount
    );
    event MilestoneScheduled(
        uint256 indexed roundId, uint8 indexed projectId, uint256 index, uint256 amount, bytes32 descriptionHash
    );
    /// @dev `amount` moved from the escrow to `recipient`.
    event MilestoneReleased(
        uint256 indexed roundId,
        uint8 indexed projectId,
        uint256 index,
        address indexed recipient,
        uint256 amount,
        bytes32 evidenceHash
    );
    /// @dev Every milestone of the project was released.
    event ProjectCompleted(uint256 indexed roundId, uint8 indexed projectId, uint256 released);
    /// @dev The project was stopped; `refund` moved from the escrow back to the treasury.
    event ProjectStopped(uint256 indexed roundId, uint8 indexed projectId, uint256 refund, bytes32 reasonHash);

    error EscrowProjectAlreadyFunded(uint256 roundId, uint256 projectId, GrantStatus status);
    error EscrowProjectNotActive(uint256 roundId, uint256 projectId, GrantStatus status);
    error EscrowZeroRecipient(uint256 roundId, uint256 projectId);
    error EscrowMilestoneCount(uint256 roundId, uint256 projectId, uint256 count, uint256 maximum);
    error EscrowZeroMilestone(uint256 roundId, uint256 projectId, uint256 index);
    error EscrowAllocationOverCost(uint256 roundId, uint256 projectId, uint256 allocation, uint256 cost);
    error EscrowTransferShortfall(uint256 roundId, uint256 projectId, uint256 expected, uint256 received);
    error EscrowMilestoneOutOfOrder(uint256 roundId, uint256 projectId, uint256 index, uint256 next);

    /**
     * @param results_ the city's round results: which projects may be funded, and up to what cost
     * @param treasury_ where stopped projects' money returns (the timelock)
     * @param admin governance (the timelock): DEFAULT_ADMIN_ROLE, funds and stops projects
     * @param council COUNCIL_ROLE, releases milestones (zero: none yet)
     */
    constructor(IRoundResults results_, address treasury_, address admin, address council) {
        _results = results_;
        _treasury = treasury_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (council != address(0)) _grantRole(COUNCIL_ROLE, council);
    }

    /**
     * @notice Funds a project selected by its round's final result: pulls the sum of `milestones` from the
     * caller (the treasury, which approved this escrow first) and schedules the milestones. The sum may
     * not exceed the project's cost. Only governance; once per project.
     */
    function fundProject(uint256 roundId, uint8 projectId, address recipient, Milestone[] calldata milestones)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
        nonReentrant
    {
        (IERC20 token, uint256 cost) = _results.fundingTerms(roundId, projectId);
        Grant storage grant = _grants[roundId][projectId];
        if (grant.status != GrantStatus.None) revert EscrowProjectAlreadyFunded(roundId, projectId, grant.status);
        if (recipient == address(0)) revert EscrowZeroRecipient(roundId, projectId);
        if (milestones.length == 0 || milestones.length > MAX_MILESTONES) {
            revert EscrowMilestoneCount(roundId, projectId, milestones.length, MAX_MILESTONES);
        }

        uint256 allocation;
        mapping(uint256 => Milestone) storage schedule = _milestones[roundId][projectId];
        for (uint256 i; i < milestones.length; ++i) {
            if (milestones[i].amount == 0) revert EscrowZeroMilestone(roundId, projectId, i);
            allocation += milestones[i].amount;
            schedule[i] = milestones[i];
            emit MilestoneScheduled(roundId, projectId, i, milestones[i].amount, milestones[i].descriptionHash);
        }
        if (allocation > cost) revert EscrowAllocationOverCost(roundId, projectId, allocation, cost);

        // milestones.length <= MAX_MILESTONES; allocation <= cost, which the round keeps as a uint128
        _grants[roundId][projectId] = Grant({
            token: token,
            status: GrantStatus.Active,
            // forge-lint: disable-next-line(unsafe-typecast)
            milestoneCount: uint16(milestones.length),
            releasedMilestones: 0,
            recipient: recipient,
            // forge-lint: disable-next-line(unsafe-typecast)
            allocation: uint128(allocation),
            released: 0
        });
        emit ProjectFunded(roundId, projectId, token, msg.sender, recipient, allocation, milestones.length);

        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), allocation);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received != allocation) revert EscrowTransferShortfall(roundId, projectId, allocation, received);
    }

    /**
     * @notice Pays the project's next milestone to its recipient, with the content hash of the evidence
     * that it was delivered. Milestones are released in order; `index` must be the next one. Only the
     * council.
     */
    function releaseMilestone(uint256 roundId, uint8 projectId, uint256 index, bytes32 evidenceHash)
        external
        onlyRole(COUNCIL_ROLE)
        nonReentrant
    {
        Grant storage grant = _activeGrant(roundId, projectId);
        uint256 next = grant.releasedMilestones;
        if (index != next) revert EscrowMilestoneOutOfOrder(roundId, projectId, index, next);
        uint128 amount = _milestones[roundId][projectId][index].amount;

        // next < milestoneCount <= MAX_MILESTONES
        // forge-lint: disable-next-line(unsafe-typecast)
        grant.releasedMilestones = uint16(next + 1);
        grant.released += amount;
        address recipient = grant.recipient;
        emit MilestoneReleased(roundId, projectId, index, recipient, amount, evidenceHash);
        if (next + 1 == grant.milestoneCount) {
            grant.status = GrantStatus.Completed;
            emit ProjectCompleted(roundId, projectId, grant.released);
        }
        grant.token.safeTransfer(recipient, amount);
    }

    /**
     * @notice Stops a funded project: no further milestones, and what was not released returns to the
     * treasury. Only governance.
     */
    function stopProject(uint256 roundId, uint8 projectId, bytes32 reasonHash)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
        nonReentrant
    {
        Grant storage grant = _activeGrant(roundId, projectId);
        uint256 refund = grant.allocation - grant.released;
        grant.status = GrantStatus.Stopped;
        emit ProjectStopped(roundId, projectId, refund, reasonHash);
        if (refund != 0) grant.token.safeTransfer(_treasury, refund);
    }

    function _activeGrant(uint256 roundId, uint8 projectId) private view returns (Grant storage grant) {
        grant = _grants[roundId][projectId];
        if (grant.status != GrantStatus.Active) revert EscrowProjectNotActive(roundId, projectId, grant.status);
    }

    // ─── Reads ───────────────────────────────────────────────────────────────────────────────────

    /// @notice The funding of a project (status None if it was never funded).
    function grantOf(uint256 roundId, uint8 projectId) external view returns (Grant memory) {
        return _grants[roundId][projectId];
    }

    /// @notice One milestone of a funded project.
    function milestoneOf(uint256 roundId, uint8 projectId, uint256 index) external view returns (Milestone memory) {
        return _milestones[roundId][projectId][index];
    }

    /// @notice The round results this escrow funds from.
    function results() external view returns (IRoundResults) {
        return _results;
    }

    /// @notice Where stopped projects' money returns: the treasury (the timelock).
    function treasury() external view returns (address) {
        return _treasury;
    }
}
