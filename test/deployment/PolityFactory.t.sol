// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {ILiquidVotes} from "../../contracts/delegation/ILiquidVotes.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {PolityGovernor} from "../../contracts/governance/PolityGovernor.sol";
import {IBudgetRounds} from "../../contracts/budgeting/IBudgetRounds.sol";
import {BudgetRounds} from "../../contracts/budgeting/BudgetRounds.sol";
import {RoundResults} from "../../contracts/budgeting/RoundResults.sol";
import {MilestoneEscrow} from "../../contracts/treasury/MilestoneEscrow.sol";
import {IdentityGroups} from "../../contracts/membership/IdentityGroups.sol";
import {SecretBallots} from "../../contracts/budgeting/SecretBallots.sol";
import {ComponentDeployer} from "../../contracts/deployment/ComponentDeployer.sol";
import {PolityFactory} from "../../contracts/deployment/PolityFactory.sol";
import {TimelockDeployer} from "../../contracts/deployment/TimelockDeployer.sol";
import {RegistryDeployer} from "../../contracts/deployment/RegistryDeployer.sol";
import {GovernorDeployer} from "../../contracts/deployment/GovernorDeployer.sol";
import {BudgetRoundsDeployer} from "../../contracts/deployment/BudgetRoundsDeployer.sol";
import {RoundResultsDeployer} from "../../contracts/deployment/RoundResultsDeployer.sol";
import {MilestoneEscrowDeployer} from "../../contracts/deployment/MilestoneEscrowDeployer.sol";
import {IdentityGroupsDeployer} from "../../contracts/deployment/IdentityGroupsDeployer.sol";
import {SecretBallotsDeployer} from "../../contracts/deployment/SecretBallotsDeployer.sol";
import {SemaphoreVerifier} from "@semaphore-protocol/contracts/base/SemaphoreVerifier.sol";
import {ISemaphoreVerifier} from "@semaphore-protocol/contracts/interfaces/ISemaphoreVerifier.sol";
import {TestToken} from "../budgeting/mocks/TestToken.sol";

/// @dev Deploys the per-chain deployers and the factory (shared with the gas benchmark and the script's test).
abstract contract FactoryFixture is Test {
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

    function polityConfig(address registrar, address council)
        internal
        pure
        returns (PolityFactory.PolityConfig memory)
    {
        string[] memory topics = new string[](2);
        topics[0] = "transport";
        topics[1] = "green spaces";
        return PolityFactory.PolityConfig({
            name: "Testville",
            maxDepth: 4,
            topics: topics,
            registrar: registrar,
            council: council,
            timelockDelay: 2 days,
            governor: PolityGovernor.Settings({
                votingDelay: 1 days,
                votingPeriod: 7 days,
                proposalThreshold: 0,
                quorumNumerator: 10,
                lateQuorumExtension: 2 days,
                guardian: council
            })
        });
    }
}

contract PolityFactoryTest is FactoryFixture {
    PolityFactory internal factory;
    address internal registrar = makeAddr("registrar");
    address internal council = makeAddr("council");
    address internal deployerKey = makeAddr("deployer");

    function setUp() public {
        vm.warp(1_700_000_000);
        factory = deployFactory();
    }

    function deploy() internal returns (PolityFactory.Polity memory polity) {
        vm.prank(deployerKey);
        polity = factory.deployPolity(polityConfig(registrar, council));
    }

    function test_deploysEveryComponentWired() public {
        PolityFactory.Polity memory polity = deploy();
        TimelockController timelock = polity.timelock;
        address governance = address(timelock);

        assertEq(address(polity.governor.timelock()), governance);
        assertEq(address(polity.governor.token()), address(polity.registry));
        assertEq(polity.governor.name(), "Testville Governor");
        assertEq(polity.governor.proposalGuardian(), council);
        assertEq(polity.registry.topicCount(), 3);
        assertEq(polity.registry.maxDepth(), 4);
        assertEq(address(polity.rounds.registry()), address(polity.registry));
        assertEq(address(polity.results.rounds()), address(polity.rounds));
        assertEq(polity.results.treasury(), governance);
        assertEq(address(polity.escrow.results()), address(polity.results));
        assertEq(polity.escrow.treasury(), governance);

        assertTrue(timelock.hasRole(timelock.PROPOSER_ROLE(), address(polity.governor)));
        assertTrue(timelock.hasRole(timelock.CANCELLER_ROLE(), address(polity.governor)));
        assertTrue(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(polity.governor)));
        assertTrue(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), governance));
        assertEq(timelock.getMinDelay(), 2 days);

        assertTrue(polity.registry.hasRole(polity.registry.DEFAULT_ADMIN_ROLE(), governance));
        assertTrue(polity.registry.hasRole(polity.registry.REGISTRAR_ROLE(), registrar));
        assertTrue(polity.rounds.hasRole(polity.rounds.DEFAULT_ADMIN_ROLE(), governance));
        assertTrue(polity.rounds.hasRole(polity.rounds.ROUND_MANAGER_ROLE(), governance));
        assertFalse(polity.rounds.hasRole(polity.rounds.ROUND_MANAGER_ROLE(), council), "governance grants it");
        assertTrue(polity.rounds.hasRole(polity.rounds.COUNCIL_ROLE(), council));
        assertTrue(polity.results.hasRole(polity.results.DEFAULT_ADMIN_ROLE(), governance));
        assertTrue(polity.results.hasRole(polity.results.COUNCIL_ROLE(), council));
        assertTrue(polity.escrow.hasRole(polity.escrow.DEFAULT_ADMIN_ROLE(), governance));
        assertTrue(polity.escrow.hasRole(polity.escrow.COUNCIL_ROLE(), council));

        // Secret ballots: the registry reports to the groups; SecretBallots is the rounds' ballot channel.
        assertEq(address(polity.registry.identityGroups()), address(polity.identityGroups));
        assertEq(address(polity.identityGroups.registry()), address(polity.registry));
        (IBudgetRounds rounds, IdentityGroups groups, ISemaphoreVerifier verifier) = polity.secretBallots.components();
        assertEq(address(rounds), address(polity.rounds));
        assertEq(address(groups), address(polity.identityGroups));
        assertEq(address(verifier), address(factory.verifier()));
        assertTrue(address(verifier).code.length > 0);
        assertTrue(polity.rounds.hasRole(keccak256("BALLOT_CHANNEL_ROLE"), address(polity.secretBallots)));
        assertTrue(polity.secretBallots.hasRole(polity.secretBallots.DEFAULT_ADMIN_ROLE(), governance));
    }

    function test_noBackdoor_neitherTheFactoryNorTheCallerHoldsAnyRole() public {
        vm.recordLogs();
        PolityFactory.Polity memory polity = deploy();
        Vm.Log[] memory logs = vm.getRecordedLogs();

        // Every role granted during deployment went to governance, the Governor, the registrar, the
        // council or the ballot channel, except the admin roles the factory held while wiring the timelock,
        // the registry and the rounds (and the rounds' manager role), each of which it renounced.
        address[5] memory expected =
            [address(polity.timelock), address(polity.governor), registrar, council, address(polity.secretBallots)];
        uint256 grants;
        int256 factoryRoles;
        for (uint256 i; i < logs.length; ++i) {
            bytes32 topic = logs[i].topics[0];
            if (topic == IAccessControl.RoleRevoked.selector) {
                address revoked = address(uint160(uint256(logs[i].topics[2])));
                if (revoked == address(factory)) --factoryRoles;
                continue;
            }
            if (topic != IAccessControl.RoleGranted.selector) continue;
            ++grants;
            address grantee = address(uint160(uint256(logs[i].topics[2])));
            if (grantee == address(factory)) {
                address emitter = logs[i].emitter;
                assertTrue(
                    emitter == address(polity.timelock) || emitter == address(polity.registry)
                        || emitter == address(polity.rounds),
                    "the factory is admin of the timelock, the registry and the rounds only"
                );
                ++factoryRoles;
                continue;
            }
            bool known;
            for (uint256 k; k < expected.length; ++k) {
                known = known || grantee == expected[k];
            }
            assertTrue(known, "a role went to an unexpected account");
        }
        assertEq(factoryRoles, 0, "the factory renounced every role it held");
        assertGt(grants, 10);

        address[2] memory outsiders = [address(factory), deployerKey];
        TimelockController timelock = polity.timelock;
        for (uint256 o; o < outsiders.length; ++o) {
            address who = outsiders[o];
            assertFalse(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), who));
            assertFalse(timelock.hasRole(timelock.PROPOSER_ROLE(), who));
            assertFalse(timelock.hasRole(timelock.EXECUTOR_ROLE(), who));
            assertFalse(timelock.hasRole(timelock.CANCELLER_ROLE(), who));
            assertFalse(polity.registry.hasRole(polity.registry.DEFAULT_ADMIN_ROLE(), who));
            assertFalse(polity.registry.hasRole(polity.registry.REGISTRAR_ROLE(), who));
            assertFalse(polity.rounds.hasRole(polity.rounds.DEFAULT_ADMIN_ROLE(), who));
            assertFalse(polity.rounds.hasRole(polity.rounds.ROUND_MANAGER_ROLE(), who));
            assertFalse(polity.rounds.hasRole(polity.rounds.COUNCIL_ROLE(), who));
            assertFalse(polity.results.hasRole(polity.results.DEFAULT_ADMIN_ROLE(), who));
            assertFalse(polity.results.hasRole(polity.results.COUNCIL_ROLE(), who));
            assertFalse(polity.escrow.hasRole(polity.escrow.DEFAULT_ADMIN_ROLE(), who));
            assertFalse(polity.escrow.hasRole(polity.escrow.COUNCIL_ROLE(), who));
            assertFalse(polity.secretBallots.hasRole(polity.secretBallots.DEFAULT_ADMIN_ROLE(), who));
            assertFalse(polity.secretBallots.hasRole(polity.secretBallots.POLLING_STATION_ROLE(), who));
            assertTrue(polity.governor.proposalGuardian() != who);
        }
    }

    function test_governanceRunsTheCity() public {
        PolityFactory.Polity memory polity = deploy();
        // the identity office admits residents; governance (a Governor proposal) opens a budget round
        ResidentRegistry.Admission[] memory batch = new ResidentRegistry.Admission[](4);
        for (uint256 i; i < 4; ++i) {
            address account = address(uint160(0x10000 + i));
            batch[i] =
                ResidentRegistry.Admission(account, keccak256(abi.encode(i)), 1, uint48(block.timestamp + 365 days));
        }
        vm.prank(registrar);
        polity.registry.admit(batch);
        vm.warp(block.timestamp + 1);

        TestToken token = new TestToken();
        IBudgetRounds.RoundConfig memory config;
        config.token = token;
        config.budget = 100_000;
        config.maxSubmissionsPerResident = 2;
        config.ballot = IBudgetRounds.BallotDesign(IBudgetRounds.BallotKind.Approval, 1, 0, 0, 0, 0);
        uint48 start = uint48(block.timestamp + 30 days);
        config.timeline = IBudgetRounds.Timeline(start, start + 7 days, start + 21 days);
        string[] memory categories = new string[](1);
        categories[0] = "parks";

        address[] memory targets = new address[](1);
        targets[0] = address(polity.rounds);
        uint256[] memory values = new uint256[](1);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(IBudgetRounds.openRound, (config, categories));
        string memory description = "Open the 2027 budget round";

        uint256 proposalId = polity.governor.propose(targets, values, calldatas, description);
        vm.warp(block.timestamp + 1 days + 1);
        for (uint256 i; i < 4; ++i) {
            vm.prank(address(uint160(0x10000 + i)));
            polity.governor.castVote(proposalId, 1);
        }
        vm.warp(polity.governor.proposalDeadline(proposalId) + 1);
        polity.governor.queue(targets, values, calldatas, keccak256(bytes(description)));
        vm.warp(block.timestamp + 2 days + 1);
        polity.governor.execute(targets, values, calldatas, keccak256(bytes(description)));

        assertEq(polity.rounds.roundCount(), 1);
        assertEq(polity.rounds.roundConfig(1).budget, 100_000);
    }

    function test_deployersHoldExactlyTheCompiledCreationCode() public view {
        PolityFactory.Deployers memory deployers = factory.deployers();
        checkCode(deployers.timelock, type(TimelockController).creationCode);
        checkCode(deployers.registry, type(ResidentRegistry).creationCode);
        checkCode(deployers.governor, type(PolityGovernor).creationCode);
        checkCode(deployers.rounds, type(BudgetRounds).creationCode);
        checkCode(deployers.results, type(RoundResults).creationCode);
        checkCode(deployers.escrow, type(MilestoneEscrow).creationCode);
        checkCode(deployers.identityGroups, type(IdentityGroups).creationCode);
        checkCode(deployers.secretBallots, type(SecretBallots).creationCode);
        assertGt(type(PolityGovernor).creationCode.length, 24_576, "the Governor needs more than one code store");
    }

    function test_componentConstructorErrorsBubbleUp() public {
        PolityFactory.PolityConfig memory config = polityConfig(registrar, council);
        config.maxDepth = 0;
        vm.expectRevert(abi.encodeWithSelector(ILiquidVotes.LiquidVotesInvalidMaxDepth.selector, 0, 8));
        factory.deployPolity(config);
    }

    function test_deploymentFitsInABlock() public {
        PolityFactory.PolityConfig memory config = polityConfig(registrar, council);
        uint256 before = gasleft();
        factory.deployPolity(config);
        uint256 used = before - gasleft();
        emit log_named_uint("deployPolity gas (in-test, not a transaction)", used);
        assertLt(used, 30_000_000);
    }

    function checkCode(ComponentDeployer deployer, bytes memory code) internal view {
        assertEq(keccak256(deployer.creationCode()), keccak256(code));
        assertEq(deployer.creationCodeHash(), keccak256(code));
    }
}
