// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {ResidentRegistry} from "../../contracts/membership/ResidentRegistry.sol";
import {PolityGovernor} from "../../contracts/governance/PolityGovernor.sol";
import {ILiquidVotes} from "../../contracts/delegation/ILiquidVotes.sol";
import {GasRecorder} from "./GasRecorder.sol";

/**
 * @dev The marginal gas of one more hop between an overriding voter and the delegate it overrides,
 * measured on its own (issue 12): on a proposal whose For and Against tallies are already written, the
 * bottom of a line of d hops votes Against after its top voted For, for every d from 1 to 8. What a
 * further hop costs is the difference between neighbouring depths, so no figure carries a first write
 * of the tally. `polity.hop.override.depth<d>.reused`: on a proposal whose lane an earlier proposal used
 * (steady state: every covered amount overwrites a stale one); `.fresh`: on that earlier proposal, the
 * lane's first use (every hop writes a fresh slot).
 */
contract DelegationHopGasBench is GasRecorder {
    uint256 private constant DEPTH = 8;
    uint8 private constant FOR = 1;
    uint8 private constant AGAINST = 0;

    ResidentRegistry private registry;
    PolityGovernor private governor;
    TimelockController private timelock;
    uint256 private nextAccount = 0x200000;
    address[][DEPTH] private lines;
    address private proposer;
    address private forVoter;
    address private againstVoter;

    function setUp() public {
        vm.warp(1_700_000_000);
        address[] memory none = new address[](0);
        timelock = new TimelockController(2 days, none, none, address(this));
        registry = new ResidentRegistry("Hop City", DEPTH, address(timelock), address(this), new string[](0));
        governor = new PolityGovernor(
            "Hop City",
            ILiquidVotes(address(registry)),
            timelock,
            PolityGovernor.Settings(1 days, 7 days, 0, 1, 2 days, address(this))
        );
        timelock.grantRole(timelock.PROPOSER_ROLE(), address(governor));
        timelock.grantRole(timelock.EXECUTOR_ROLE(), address(governor));
        proposer = admitted();
        forVoter = admitted();
        againstVoter = admitted();
        for (uint256 d = 1; d <= DEPTH; ++d) {
            address[] memory chain = new address[](d + 1);
            for (uint256 i; i <= d; ++i) {
                chain[i] = admitted();
            }
            for (uint256 i = d; i > 0; --i) {
                vm.prank(chain[i - 1]);
                registry.delegate(chain[i]);
            }
            lines[d - 1] = chain;
        }
        vm.warp(block.timestamp + 1);
    }

    function admitted() private returns (address account) {
        account = address(uint160(++nextAccount));
        ResidentRegistry.Admission[] memory one = new ResidentRegistry.Admission[](1);
        one[0] = ResidentRegistry.Admission(account, keccak256(abi.encode(account)), 1, uint48(block.timestamp + 365 days));
        registry.admit(one);
    }

    function test_marginalHop() public {
        measure("first", ".fresh");
        // the first proposal's voting is over: the second takes its lane
        vm.warp(block.timestamp + 7 days + 1);
        measure("second", ".reused");
        writeFigures("delegation-hops");
    }

    function measure(string memory description, string memory suffix) private {
        address[] memory targets = new address[](1);
        targets[0] = address(timelock);
        uint256[] memory values = new uint256[](1);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(timelock.getMinDelay, ());
        vm.prank(proposer);
        uint256 id = governor.propose(targets, values, calldatas, description);
        vm.warp(block.timestamp + 1 days + 1);
        // both tallies exist before anything is measured
        vm.prank(forVoter);
        governor.castVote(id, FOR);
        vm.prank(againstVoter);
        governor.castVote(id, AGAINST);
        for (uint256 d = 1; d <= DEPTH; ++d) {
            address[] memory chain = lines[d - 1];
            vm.prank(chain[d]);
            governor.castVote(id, FOR);
            vm.prank(chain[0]);
            governor.castVote(id, AGAINST);
            record(string.concat("polity.hop.override.depth", vm.toString(d), suffix));
        }
    }
}
