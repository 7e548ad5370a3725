// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC5805} from "@openzeppelin/contracts/interfaces/IERC5805.sol";

/**
 * @title ILiquidVotes
 * @notice A source of voting units with transitive, per-topic, revocable delegation. On the general
 * topic (0) it is an ERC-5805 votes source; every topic additionally exposes the delegation chain and
 * the weight each account represents, read at any past timepoint.
 *
 * The weight an account represents on a topic ("power") is its own units plus the units of everyone
 * whose chain passes through it. A counting module turns power into counted votes with the liquid
 * rule: each unit counts for the first account on its holder's chain that voted.
 */
interface ILiquidVotes is IERC5805 {
    /// @dev Emitted for every topic (the general topic also emits ERC-5805's {DelegateChanged}).
    event TopicDelegateChanged(address indexed delegator, uint8 indexed topic, address fromDelegate, address toDelegate);

    /// @dev A topic was registered by governance.
    event TopicRegistered(uint8 indexed topic, string name);

    /// @dev `delegator` tried to delegate to `delegatee` but `delegatee` already reaches `delegator`.
    error LiquidVotesDelegationCycle(address delegator, address delegatee);
    /// @dev The delegation would make a chain of `length` hops, above the deployment's maximum.
    error LiquidVotesChainTooLong(address delegator, address delegatee, uint256 length, uint256 maxDepth);
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

    /// @notice The maximum number of delegation hops from any account to the end of its chain.
    function maxDepth() external view returns (uint256);

    /// @notice How many topics are registered; topic ids are `0 .. topicCount() - 1`, 0 being general.
    function topicCount() external view returns (uint8);

    /// @notice The name a topic was registered with.
    function topicName(uint8 topic) external view returns (string memory);

    /// @notice The account `account` delegates to on `topic` now (zero: it represents itself).
    function delegateOf(address account, uint8 topic) external view returns (address);

    /// @notice The account `account` delegated to on `topic` at `timepoint` (in the past).
    function delegateAt(address account, uint8 topic, uint256 timepoint) external view returns (address);

    /// @notice The chain above `account` on `topic` now: its delegate, their delegate, ... to the end.
    function chainOf(address account, uint8 topic) external view returns (address[] memory);

    /// @notice The chain above `account` on `topic` at a past `timepoint`.
    function chainAt(address account, uint8 topic, uint256 timepoint) external view returns (address[] memory);

    /// @notice Units `account` represents on `topic` now: its own and those of everyone whose chain passes it.
    function topicVotes(address account, uint8 topic) external view returns (uint256);

    /// @notice Units `account` represented on `topic` at a past `timepoint`.
    function pastTopicVotes(address account, uint8 topic, uint256 timepoint) external view returns (uint256);

    /// @notice How many accounts delegate to `account` directly on `topic` now.
    function delegatorCount(address account, uint8 topic) external view returns (uint256);

    /// @notice The longest chain of delegators that ends at `account` on `topic`, in hops.
    function delegationHeight(address account, uint8 topic) external view returns (uint256);

    /// @notice Own voting units of `account` at a past `timepoint`.
    function pastUnits(address account, uint256 timepoint) external view returns (uint256);

    /**
     * @notice Everything a counting module needs about a voter, in one call: whether it may vote at
     * `timepoint`, the units it represents on `topic`, how many of those came from delegators, and its
     * delegate at that time.
     */
    function voterAt(address account, uint8 topic, uint256 timepoint)
        external
        view
        returns (bool eligible, uint256 power, uint256 delegated, address delegate);
}
