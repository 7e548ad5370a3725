// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC5805} from "@openzeppelin/contracts/interfaces/IERC5805.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from
    "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {GovernorProposalGuardian} from "@openzeppelin/contracts/governance/extensions/GovernorProposalGuardian.sol";
import {ILiquidVotes} from "../delegation/ILiquidVotes.sol";
import {GovernorCountingLiquid} from "./GovernorCountingLiquid.sol";
import {GovernorCodePinning} from "./GovernorCodePinning.sol";
import {GovernorLateQuorum} from "./GovernorLateQuorum.sol";
import {GovernorRemovableGuardian} from "./GovernorRemovableGuardian.sol";

/**
 * @title PolityGovernor
 * @notice A city's Governor, composed from OpenZeppelin modules around Polity's liquid counting:
 * settings (delay, period, threshold) changeable by governance, quorum as a fraction of all voting
 * units at the snapshot, a TimelockController that executes and holds the treasury, late-quorum
 * protection every time quorum is reached, a proposal guardian (the council) that can cancel a malicious
 * proposal but not one that only removes it, and code pinning of everything a proposal calls. Times are
 * in seconds (the votes source uses a timestamp clock). See docs/security.md for who may do what.
 */
contract PolityGovernor is
    GovernorSettings,
    GovernorCountingLiquid,
    GovernorVotesQuorumFraction,
    GovernorTimelockControl,
    GovernorLateQuorum,
    GovernorRemovableGuardian,
    GovernorCodePinning
{
    /// @dev Everything a city decides about its Governor at deployment; all of it can change by proposal.
    struct Settings {
        uint48 votingDelay;
        uint32 votingPeriod;
        uint256 proposalThreshold;
        uint256 quorumNumerator;
        uint48 lateQuorumExtension;
        address guardian;
    }

    constructor(string memory name, ILiquidVotes votes, TimelockController timelock, Settings memory settings)
        Governor(name)
        GovernorSettings(settings.votingDelay, settings.votingPeriod, settings.proposalThreshold)
        GovernorVotes(IERC5805(address(votes)))
        GovernorVotesQuorumFraction(settings.quorumNumerator)
        GovernorTimelockControl(timelock)
        GovernorLateQuorum(settings.lateQuorumExtension)
    {
        _setProposalGuardian(settings.guardian);
    }

    // ─── Resolution of the modules' shared hooks ─────────────────────────────────────────────────

    function votingDelay() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingDelay();
    }

    function votingPeriod() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingPeriod();
    }

    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    function quorum(uint256 timepoint) public view override(Governor, GovernorVotesQuorumFraction) returns (uint256) {
        return super.quorum(timepoint);
    }

    function state(uint256 proposalId) public view override(Governor, GovernorTimelockControl) returns (ProposalState) {
        return super.state(proposalId);
    }

    function proposalNeedsQueuing(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (bool)
    {
        return super.proposalNeedsQueuing(proposalId);
    }

    function getProposalId(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) public view override(Governor, GovernorCountingLiquid) returns (uint256) {
        return super.getProposalId(targets, values, calldatas, descriptionHash);
    }

    function proposalDeadline(uint256 proposalId)
        public
        view
        override(Governor, GovernorLateQuorum)
        returns (uint256)
    {
        return super.proposalDeadline(proposalId);
    }

    function _propose(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description,
        address proposer
    ) internal override(Governor, GovernorCountingLiquid, GovernorCodePinning) returns (uint256) {
        return super._propose(targets, values, calldatas, description, proposer);
    }

    function _castVote(uint256 proposalId, address account, uint8 support, string memory reason, bytes memory params)
        internal
        override(Governor, GovernorCountingLiquid)
        returns (uint256)
    {
        return super._castVote(proposalId, account, support, reason, params);
    }

    function _getVotes(address account, uint256 timepoint, bytes memory params)
        internal
        view
        override(Governor, GovernorVotes, GovernorCountingLiquid)
        returns (uint256)
    {
        return super._getVotes(account, timepoint, params);
    }

    function _tallyUpdated(uint256 proposalId) internal override(Governor, GovernorLateQuorum) {
        super._tallyUpdated(proposalId);
    }

    function _quorumVotes(uint256 proposalId)
        internal
        view
        override(GovernorCountingLiquid, GovernorLateQuorum)
        returns (uint256)
    {
        return GovernorCountingLiquid._quorumVotes(proposalId);
    }

    /// @dev Quorum can only be lost when an override moved votes off For or Abstain onto Against.
    function _quorumVotesReduced(uint256 proposalId, uint256 remaining) internal override {
        _quorumMayBeLost(proposalId, remaining);
    }

    function cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) public override(Governor, GovernorRemovableGuardian) returns (uint256) {
        return super.cancel(targets, values, calldatas, descriptionHash);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl, GovernorCodePinning) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl, GovernorCodePinning) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }

    function _validateCancel(uint256 proposalId, address caller)
        internal
        view
        override(Governor, GovernorProposalGuardian)
        returns (bool)
    {
        return super._validateCancel(proposalId, caller);
    }
}
