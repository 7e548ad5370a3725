// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Script, console} from "forge-std/Script.sol";
import {PolityGovernor} from "../contracts/governance/PolityGovernor.sol";
import {PolityFactory} from "../contracts/deployment/PolityFactory.sol";
import {TimelockDeployer} from "../contracts/deployment/TimelockDeployer.sol";
import {RegistryDeployer} from "../contracts/deployment/RegistryDeployer.sol";
import {GovernorDeployer} from "../contracts/deployment/GovernorDeployer.sol";
import {BudgetRoundsDeployer} from "../contracts/deployment/BudgetRoundsDeployer.sol";
import {RoundResultsDeployer} from "../contracts/deployment/RoundResultsDeployer.sol";
import {MilestoneEscrowDeployer} from "../contracts/deployment/MilestoneEscrowDeployer.sol";
import {IdentityGroupsDeployer} from "../contracts/deployment/IdentityGroupsDeployer.sol";
import {SecretBallotsDeployer} from "../contracts/deployment/SecretBallotsDeployer.sol";
import {SemaphoreVerifier} from "@semaphore-protocol/contracts/base/SemaphoreVerifier.sol";
import {ISemaphoreVerifier} from "@semaphore-protocol/contracts/interfaces/ISemaphoreVerifier.sol";

/**
 * @title DeployPolity
 * @notice Deploys a polity to the chain at `--rpc-url` (see docs/deployment.md; `script/deploy-polity.sh`
 * targets a local anvil by default). Without `FACTORY`, it first deploys the per-chain deployers and the
 * factory; then one `deployPolity` transaction deploys and wires the polity.
 *
 * Environment (all optional): FACTORY, POLITY_NAME, COUNCIL, REGISTRAR (both default to the broadcasting
 * account, which suits a local demo only), MAX_DEPTH, TOPICS (comma-separated), TIMELOCK_DELAY,
 * VOTING_DELAY, VOTING_PERIOD, QUORUM_PERCENT, LATE_QUORUM_EXTENSION (seconds), PROPOSAL_THRESHOLD (votes;
 * 0 lets anyone propose, and proposals of those without a vote still cost voters nothing: see docs/security.md).
 */
contract DeployPolity is Script {
    function run() external returns (PolityFactory factory, PolityFactory.Polity memory polity) {
        vm.startBroadcast();
        (, address broadcaster,) = vm.readCallers();
        factory = PolityFactory(vm.envOr("FACTORY", address(0)));
        if (address(factory) == address(0)) factory = deployFactory();
        polity = factory.deployPolity(config(broadcaster));
        vm.stopBroadcast();

        console.log("factory   ", address(factory));
        console.log("registry  ", address(polity.registry));
        console.log("timelock  ", address(polity.timelock));
        console.log("governor  ", address(polity.governor));
        console.log("rounds    ", address(polity.rounds));
        console.log("results   ", address(polity.results));
        console.log("escrow    ", address(polity.escrow));
        console.log("identityGroups", address(polity.identityGroups));
        console.log("secretBallots ", address(polity.secretBallots));
    }

    function deployFactory() internal returns (PolityFactory) {
        return new PolityFactory(
            PolityFactory.Deployers({
                timelock: new TimelockDeployer(),
                registry: new RegistryDeployer(),
                governor: new GovernorDeployer(),
                rounds: new BudgetRoundsDeployer(),
                results: new RoundResultsDeployer(),
                escrow: new MilestoneEscrowDeployer(),
                identityGroups: new IdentityGroupsDeployer(),
                secretBallots: new SecretBallotsDeployer()
            }),
            ISemaphoreVerifier(address(new SemaphoreVerifier()))
        );
    }

    function config(address broadcaster) internal view returns (PolityFactory.PolityConfig memory) {
        address council = vm.envOr("COUNCIL", broadcaster);
        string[] memory noTopics = new string[](0);
        return PolityFactory.PolityConfig({
            name: vm.envOr("POLITY_NAME", string("Polity Demo")),
            maxDepth: vm.envOr("MAX_DEPTH", uint256(4)),
            topics: vm.envOr("TOPICS", ",", noTopics),
            registrar: vm.envOr("REGISTRAR", broadcaster),
            council: council,
            timelockDelay: vm.envOr("TIMELOCK_DELAY", uint256(2 days)),
            governor: PolityGovernor.Settings({
                votingDelay: uint48(vm.envOr("VOTING_DELAY", uint256(1 days))),
                votingPeriod: uint32(vm.envOr("VOTING_PERIOD", uint256(7 days))),
                proposalThreshold: vm.envOr("PROPOSAL_THRESHOLD", uint256(0)),
                quorumNumerator: vm.envOr("QUORUM_PERCENT", uint256(10)),
                lateQuorumExtension: uint48(vm.envOr("LATE_QUORUM_EXTENSION", uint256(2 days))),
                guardian: council
            })
        });
    }
}
