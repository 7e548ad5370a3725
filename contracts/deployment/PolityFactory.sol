// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {ISemaphoreVerifier} from "@semaphore-protocol/contracts/interfaces/ISemaphoreVerifier.sol";
import {ILiquidVotes} from "../delegation/ILiquidVotes.sol";
import {IIdentityGroupsHook, ResidentRegistry} from "../membership/ResidentRegistry.sol";
import {PolityGovernor} from "../governance/PolityGovernor.sol";
import {BudgetRounds} from "../budgeting/BudgetRounds.sol";
import {RoundResults} from "../budgeting/RoundResults.sol";
import {SecretBallots} from "../budgeting/SecretBallots.sol";
import {IdentityGroups} from "../membership/IdentityGroups.sol";
import {MilestoneEscrow} from "../treasury/MilestoneEscrow.sol";
import {TimelockDeployer} from "./TimelockDeployer.sol";
import {RegistryDeployer} from "./RegistryDeployer.sol";
import {GovernorDeployer} from "./GovernorDeployer.sol";
import {BudgetRoundsDeployer} from "./BudgetRoundsDeployer.sol";
import {RoundResultsDeployer} from "./RoundResultsDeployer.sol";
import {MilestoneEscrowDeployer} from "./MilestoneEscrowDeployer.sol";
import {IdentityGroupsDeployer} from "./IdentityGroupsDeployer.sol";
import {SecretBallotsDeployer} from "./SecretBallotsDeployer.sol";

/**
 * @title PolityFactory
 * @notice Deploys a complete polity in one transaction: resident registry (membership and liquid
 * delegation), timelock (executor and treasury), Governor, budget rounds, round results, milestone
 * escrow, and the secret-ballot channel (identity groups and {SecretBallots}), with every role wired and
 * nothing left to whoever called it.
 *
 * Wiring: the timelock is DEFAULT_ADMIN of every component and the only round manager; the Governor is
 * the timelock's only proposer, canceller and executor; the council gets the operational roles
 * (guardian of the Governor, project review and phase advances, equal-shares outcomes, milestone
 * releases) and the registrar admits residents. Secret ballots: the registry is connected to the identity
 * groups, and SecretBallots holds the rounds' BALLOT_CHANNEL_ROLE (governance grants polling stations).
 * The factory is admin of the timelock, the registry and the rounds only while it wires them, and
 * renounces before returning. It has no owner and keeps no role anywhere.
 */
contract PolityFactory {
    /// @dev The per-component deployers, deployed once per chain.
    struct Deployers {
        TimelockDeployer timelock;
        RegistryDeployer registry;
        GovernorDeployer governor;
        BudgetRoundsDeployer rounds;
        RoundResultsDeployer results;
        MilestoneEscrowDeployer escrow;
        IdentityGroupsDeployer identityGroups;
        SecretBallotsDeployer secretBallots;
    }

    /**
     * @dev What a city decides at deployment. `governor.guardian` is normally the council. `registrar`
     * admits residents (the identity office); `council` reviews projects, advances phases, proposes
     * equal-shares outcomes and releases milestones. Either may be zero and granted later by governance.
     */
    struct PolityConfig {
        string name;
        uint256 maxDepth;
        string[] topics;
        address registrar;
        address council;
        uint256 timelockDelay;
        PolityGovernor.Settings governor;
    }

    /// @dev The deployed components.
    struct Polity {
        ResidentRegistry registry;
        TimelockController timelock;
        PolityGovernor governor;
        BudgetRounds rounds;
        RoundResults results;
        MilestoneEscrow escrow;
        IdentityGroups identityGroups;
        SecretBallots secretBallots;
    }

    event PolityDeployed(address indexed deployedBy, string name, Polity polity);

    TimelockDeployer private immutable _timelockDeployer;
    RegistryDeployer private immutable _registryDeployer;
    GovernorDeployer private immutable _governorDeployer;
    BudgetRoundsDeployer private immutable _roundsDeployer;
    RoundResultsDeployer private immutable _resultsDeployer;
    MilestoneEscrowDeployer private immutable _escrowDeployer;
    IdentityGroupsDeployer private immutable _identityGroupsDeployer;
    SecretBallotsDeployer private immutable _secretBallotsDeployer;
    ISemaphoreVerifier private immutable _verifier;

    /// @dev BudgetRounds' BALLOT_CHANNEL_ROLE (an internal constant there).
    bytes32 private constant BALLOT_CHANNEL_ROLE = keccak256("BALLOT_CHANNEL_ROLE");

    /// @param verifier_ Semaphore's verifier (stateless, one per chain), used by every polity's SecretBallots
    constructor(Deployers memory deployers_, ISemaphoreVerifier verifier_) {
        _timelockDeployer = deployers_.timelock;
        _registryDeployer = deployers_.registry;
        _governorDeployer = deployers_.governor;
        _roundsDeployer = deployers_.rounds;
        _resultsDeployer = deployers_.results;
        _escrowDeployer = deployers_.escrow;
        _identityGroupsDeployer = deployers_.identityGroups;
        _secretBallotsDeployer = deployers_.secretBallots;
        _verifier = verifier_;
    }

    /// @notice Deploys and wires a polity. Anyone; the caller receives no role.
    function deployPolity(PolityConfig calldata config) external returns (Polity memory polity) {
        TimelockController timelock = _timelockDeployer.deploy(config.timelockDelay, address(this));
        address governance = address(timelock);
        polity.timelock = timelock;
        // The factory administers the registry and the rounds while it connects the secret-ballot channel.
        polity.registry =
            _registryDeployer.deploy(config.name, config.maxDepth, address(this), config.registrar, config.topics);
        polity.governor = _governorDeployer.deploy(
            string.concat(config.name, " Governor"), ILiquidVotes(address(polity.registry)), timelock, config.governor
        );
        polity.rounds = _roundsDeployer.deploy(polity.registry, address(this), config.council);
        polity.results = _resultsDeployer.deploy(polity.rounds, governance, config.council, governance);
        polity.escrow = _escrowDeployer.deploy(polity.results, governance, governance, config.council);
        _deploySecretBallots(polity, governance);

        address governor = address(polity.governor);
        timelock.grantRole(timelock.PROPOSER_ROLE(), governor);
        timelock.grantRole(timelock.CANCELLER_ROLE(), governor);
        timelock.grantRole(timelock.EXECUTOR_ROLE(), governor);
        timelock.renounceRole(timelock.DEFAULT_ADMIN_ROLE(), address(this));

        emit PolityDeployed(msg.sender, config.name, polity);
    }

    /// @notice The per-component deployers this factory uses.
    function deployers() external view returns (Deployers memory) {
        return Deployers(
            _timelockDeployer,
            _registryDeployer,
            _governorDeployer,
            _roundsDeployer,
            _resultsDeployer,
            _escrowDeployer,
            _identityGroupsDeployer,
            _secretBallotsDeployer
        );
    }

    /// @notice The Semaphore verifier every polity's SecretBallots checks proofs with.
    function verifier() external view returns (ISemaphoreVerifier) {
        return _verifier;
    }

    /// @dev Deploys the identity groups and SecretBallots, connects them to the registry and the rounds, then
    /// hands the registry's and the rounds' admin (and the rounds' manager role) to governance and renounces.
    function _deploySecretBallots(Polity memory polity, address governance) private {
        ResidentRegistry registry = polity.registry;
        BudgetRounds rounds = polity.rounds;
        polity.identityGroups = _identityGroupsDeployer.deploy(registry);
        polity.secretBallots = _secretBallotsDeployer.deploy(rounds, polity.identityGroups, _verifier, governance);

        bytes32 admin = registry.DEFAULT_ADMIN_ROLE();
        registry.setIdentityGroups(IIdentityGroupsHook(address(polity.identityGroups)));
        registry.grantRole(admin, governance);
        registry.renounceRole(admin, address(this));

        bytes32 manager = rounds.ROUND_MANAGER_ROLE();
        rounds.grantRole(BALLOT_CHANNEL_ROLE, address(polity.secretBallots));
        rounds.grantRole(admin, governance);
        rounds.grantRole(manager, governance);
        rounds.renounceRole(manager, address(this));
        rounds.renounceRole(admin, address(this));
    }
}
