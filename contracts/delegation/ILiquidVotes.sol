// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC5805} from "@openzeppelin/contracts/interfaces/IERC5805.sol";

/**
 * @title ILiquidVotes
 * @notice A source of voting units with transitive, per-topic, revocable delegation. On the general
 * topic (0) it is an ERC-5805 votes source; every topic additionally exposes the delegation chain and
 * the weight each account represents, read at any past timepoint.
 *
 * A unit reaches its holder's delegate, theirs, ... for at most {maxDepth} hops. The weight an account
 * represents on a topic ("power") is its own units plus the units of everyone whose chain reaches it
 * within {maxDepth} hops. A counting module turns power into counted votes with the liquid rule: each
 * unit counts for the first account that voted among its holder and the holder's next {maxDepth} delegates.
 */
interface ILiquidVotes is IERC5805 {
    /// @dev Emitted for every topic (the general topic also emits ERC-5805's {DelegateChanged}).
    event TopicDelegateChanged(address indexed delegator, uint8 indexed topic, address fromDelegate, address toDelegate);

    /// @dev A topic was registered by governance.
    event TopicRegistered(uint8 indexed topic, string name);

    /// @dev `delegator` tried to delegate to `delegatee`, whose chain reaches `delegator` within the maximum
    /// depth: the delegator's own units would come back to it.
    error LiquidVotesDelegationCycle(address delegator, address delegatee);
    /// @dev Not raised any more: chains longer than the maximum depth are accepted and what would travel
    /// further is not counted (issue 12, finding 2). Declared so that tools still decode it from deployments
    /// made before that change.
    error LiquidVotesChainTooLong(address delegator, address delegatee, uint256 length, uint256 maxDepth);
    /// @dev Creating units would make `total` units exist, more than one distance lane holds ({maxUnits}).
    error LiquidVotesTooManyUnits(uint256 total, uint256 maxUnits);
    /// @dev `topic` has not been registered.
    error LiquidVotesUnknownTopic(uint8 topic);
    /// @dev All `maxTopics` topics are registered already.
    error LiquidVotesTooManyTopics(uint256 maxTopics);
    /// @dev A topic with this name is registered already, as `topic`.
    error LiquidVotesDuplicateTopic(string name, uint8 topic);
    /// @dev A read at `timepoint` that has not passed yet (same error as OpenZeppelin's Votes).
    error ERC5805FutureLookup(uint256 timepoint, uint48 clock);
    /// @dev The deployment's maximum chain length must be between 1 and the compile-time bound.
    error LiquidVotesInvalidMaxDepth(uint256 maxDepth, uint256 bound);

    /// @notice How many hops a unit travels up its holder's chain at most; beyond, it is not counted.
    function maxDepth() external view returns (uint256);

    /// @notice The most units that may exist (units by distance are packed in lanes of `192 / maxDepth` bits).
    function maxUnits() external view returns (uint256);

    /// @notice How many topics are registered; topic ids are `0 .. topicCount() - 1`, 0 being general.
    function topicCount() external view returns (uint8);

    /// @notice The name a topic was registered with.
    function topicName(uint8 topic) external view returns (string memory);

    /// @notice The account `account` delegates to on `topic` now (zero: it represents itself).
    function delegateOf(address account, uint8 topic) external view returns (address);

    /// @notice The account `account` delegated to on `topic` at `timepoint` (in the past).
    function delegateAt(address account, uint8 topic, uint256 timepoint) external view returns (address);

    /// @notice The chain above `account` on `topic` now, as far as its units reach: its delegate, their
    /// delegate, ..., at most {maxDepth} accounts.
    function chainOf(address account, uint8 topic) external view returns (address[] memory);

    /// @notice The chain above `account` on `topic` at a past `timepoint`, at most {maxDepth} accounts.
    function chainAt(address account, uint8 topic, uint256 timepoint) external view returns (address[] memory);

    /// @notice Units `account` represents on `topic` now: its own and those of everyone whose chain reaches
    /// it within {maxDepth} hops.
    function topicVotes(address account, uint8 topic) external view returns (uint256);

    /// @notice Units `account` represented on `topic` at a past `timepoint`.
    function pastTopicVotes(address account, uint8 topic, uint256 timepoint) external view returns (uint256);

    /// @notice Units reaching `account` on `topic` now from below, by distance: element i is the units of
    /// holders i + 1 hops below it ({maxDepth} elements).
    function topicVotesByDepth(address account, uint8 topic) external view returns (uint256[] memory);

    /// @notice {topicVotesByDepth} at a past `timepoint`.
    function pastTopicVotesByDepth(address account, uint8 topic, uint256 timepoint)
        external
        view
        returns (uint256[] memory);

    /// @notice Own voting units of `account` at a past `timepoint`.
    function pastUnits(address account, uint256 timepoint) external view returns (uint256);

    /**
     * @notice Everything a counting module needs about a voter, in one call: whether it may vote at
     * `timepoint`, the units it represents on `topic`, those that came from delegators by distance, and
     * its delegate at that time. `delegated` is packed ({DepthProfiles}): {maxDepth} lanes of
     * `192 / maxDepth` bits, lane i the units of holders i + 1 hops below, and {maxDepth} in the top byte.
     */
    function voterAt(address account, uint8 topic, uint256 timepoint)
        external
        view
        returns (bool eligible, uint256 power, uint256 delegated, address delegate);
}
