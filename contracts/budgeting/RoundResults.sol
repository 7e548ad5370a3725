// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IBudgetRounds} from "./IBudgetRounds.sol";
import {ResultBook} from "./ResultBook.sol";
import {EqualSharesOutcomes} from "./EqualSharesOutcomes.sol";
import {GreedySelection} from "./GreedySelection.sol";

/**
 * @title RoundResults
 * @notice The results of a city's budget rounds: greedy rounds counted on-chain ({finaliseGreedy}),
 * equal-shares rounds through a proposed outcome and its challenge window ({EqualSharesOutcomes}).
 *
 * Roles: governance (the timelock) holds DEFAULT_ADMIN_ROLE and resolves challenges; COUNCIL_ROLE
 * proposes equal-shares outcomes.
 */
contract RoundResults is EqualSharesOutcomes, AccessControl {
    bytes32 public constant COUNCIL_ROLE = keccak256("COUNCIL_ROLE");

    /**
     * @param rounds_ the city's budget rounds
     * @param admin governance (the timelock): DEFAULT_ADMIN_ROLE, resolves challenges
     * @param council COUNCIL_ROLE (zero: none yet)
     * @param treasury_ receives forfeited bonds (the timelock)
     */
    constructor(IBudgetRounds rounds_, address admin, address council, address treasury_)
        ResultBook(rounds_)
        EqualSharesOutcomes(treasury_)
    {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (council != address(0)) _grantRole(COUNCIL_ROLE, council);
    }

    /**
     * @notice Counts a greedy round once its voting has closed and makes the result final. Anyone; once.
     * @return projects the funded projects, ascending
     */
    function finaliseGreedy(uint256 roundId) external returns (uint8[] memory projects) {
        IBudgetRounds.RoundConfig memory config = _closedRound(roundId);
        _requireRule(roundId, config, IBudgetRounds.CountingRule.Greedy);
        Result storage result = _requireStatus(roundId, ResultStatus.None);
        (uint256 selected, uint256 spent) = GreedySelection.select(
            _rounds.projectCounts(roundId), config.budget, config.counting.minSupport, config.counting.stopAtMisfit
        );
        (bytes32 commitment,) = _rounds.ballotCommitment(roundId);
        result.spent = SafeCast.toUint128(spent);
        result.selected = selected;
        result.ballotCommitment = commitment;
        return _finalise(roundId, result);
    }

    function _checkProposer() internal view override {
        _checkRole(COUNCIL_ROLE);
    }

    function _checkGovernance() internal view override {
        _checkRole(DEFAULT_ADMIN_ROLE);
    }
}
