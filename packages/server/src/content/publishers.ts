/**
 * Who may publish: the people whose texts the chain points to. Council members and round managers
 * (project reviews, round descriptions, milestone evidence), the registrar, governance (proposal
 * descriptions) and admitted residents (project descriptions and photos). Read from the chain on every
 * request, so that a role revoked or a residency ended takes effect at once.
 */
import { isAddressEqual, keccak256, toBytes, type Address } from 'viem';
import { readContract } from 'viem/actions';
import { budgetRoundsAbi, milestoneEscrowAbi, residentRegistryAbi, roundResultsAbi } from '@polity/sdk';
import type { ServerContext } from '../context.js';
import { Problem } from '../http/problem.js';
import { chainUnavailable } from './chain-errors.js';

/** The contracts' role ids (their `bytes32 public constant X_ROLE = keccak256("X_ROLE")`). */
const role = (name: string) => keccak256(toBytes(name));
const COUNCIL_ROLE = role('COUNCIL_ROLE');
const ROUND_MANAGER_ROLE = role('ROUND_MANAGER_ROLE');
const REGISTRAR_ROLE = role('REGISTRAR_ROLE');

export const whoMayPublish =
  'council members (COUNCIL_ROLE on the rounds, results or escrow contract), round managers (ROUND_MANAGER_ROLE on the rounds contract), the registrar (REGISTRAR_ROLE on the registry), governance (the timelock or the Governor) and admitted residents';

/** What entitles the account to publish (for the log), or a 403 saying who may. */
export async function requirePublisher(context: ServerContext, account: Address): Promise<string> {
  const { polity } = context;
  if (isAddressEqual(account, polity.timelock) || isAddressEqual(account, polity.governor)) return 'governance';
  const { chain } = context;
  const args = (roleId: `0x${string}`) => [roleId, account] as const;
  const checks: [string, Promise<boolean>][] = [
    ['council', readContract(chain, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'hasRole', args: args(COUNCIL_ROLE) })],
    ['round manager', readContract(chain, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'hasRole', args: args(ROUND_MANAGER_ROLE) })],
    ['council (results)', readContract(chain, { address: polity.results, abi: roundResultsAbi, functionName: 'hasRole', args: args(COUNCIL_ROLE) })],
    ['council (escrow)', readContract(chain, { address: polity.escrow, abi: milestoneEscrowAbi, functionName: 'hasRole', args: args(COUNCIL_ROLE) })],
    ['registrar', readContract(chain, { address: polity.registry, abi: residentRegistryAbi, functionName: 'hasRole', args: args(REGISTRAR_ROLE) })],
    ['resident', readContract(chain, { address: polity.registry, abi: residentRegistryAbi, functionName: 'isResident', args: [account] })],
  ];
  let held: boolean[];
  try {
    held = await Promise.all(checks.map(([, check]) => check));
  } catch (error) {
    throw chainUnavailable(context, error, "check the publisher's roles and residency");
  }
  const entitled = checks.find((_, index) => held[index]);
  if (entitled) return entitled[0];
  throw new Problem(403, 'not_allowed', `${account} may not publish on this server: publishing is open to ${whoMayPublish}. A resident-to-be asks the registrar to be admitted first`);
}
