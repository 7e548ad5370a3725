/**
 * The city's rules for what it pays for, apart from counting (the ledger counts): the sender is a
 * resident now, every call goes to one of the polity's own contracts without moving money, an account
 * is only created by the city's account factory, and one action costs at most the configured ceiling.
 */
import { getAddress, type Address, type Hex } from 'viem';
import { getResident, type PolityAddresses, type PolityClient } from '@polity/sdk';
import { decodeAccountExecution, type AccountCall } from './calls.js';
import { ResidencyUnknownError, SponsorshipRefusedError } from './errors.js';
import { maxCostOf, type UserOperationRequest } from './user-operation.js';

/**
 * The polity's contracts a resident acts on. The timelock is left out: only proposals reach it. The
 * identity groups (a resident registering their secret-ballot identity) only when the polity has them.
 */
export const sponsoredComponents = ['registry', 'governor', 'rounds', 'results', 'escrow', 'identityGroups'] as const;
export type SponsoredComponent = (typeof sponsoredComponents)[number];

export interface SponsorshipRules {
  readonly polity: PolityAddresses;
  readonly accountFactory: Address | undefined;
  readonly maxCostPerActionWei: bigint | undefined;
}

export interface SponsoredCall extends AccountCall {
  readonly component: SponsoredComponent;
  readonly selector: Hex;
}

export interface CheckedOperation {
  readonly calls: readonly SponsoredCall[];
  readonly maxCostWei: bigint;
}

/** The operation's calls if the city's rules allow them, else the refusal that says which rule. */
export function checkOperation(operation: UserOperationRequest, rules: SponsorshipRules): CheckedOperation {
  if (operation.factory) {
    if (!rules.accountFactory || getAddress(operation.factory) !== rules.accountFactory) {
      throw new SponsorshipRefusedError(
        'factory_not_allowed',
        `this operation creates an account with the factory ${operation.factory}, ${rules.accountFactory ? `but the city's accounts come from ${rules.accountFactory}` : 'but the city has not configured an account factory'}: create the account with the city's app`,
      );
    }
  }
  const components = new Map(sponsoredComponents.flatMap((component) => (rules.polity[component] ? [[getAddress(rules.polity[component]), component] as const] : [])));
  const execution = decodeAccountExecution(operation.callData);
  // What residents' accounts (OpenZeppelin ERC7821) execute, and what the paymaster accepts on chain.
  if (execution.callType !== 'batch') {
    throw new SponsorshipRefusedError(
      'unsupported_execution',
      "this operation is a single call (ERC-7579 single mode), and residents' accounts execute batches only: send it as a batch of one call (mode 0x01 followed by zeros)",
    );
  }
  if (execution.execType !== 'default') {
    throw new SponsorshipRefusedError('unsupported_execution', "this batch skips failing calls (ERC-7579 exec type \"try\"), and residents' accounts only run batches that stop at a failure: use exec type 0x00");
  }
  const decoded = execution.calls;
  const calls = decoded.map((call, index): SponsoredCall => {
    const which = decoded.length === 1 ? 'the call' : `call ${index + 1} of ${decoded.length}`;
    const component = components.get(call.target);
    if (!component) {
      throw new SponsorshipRefusedError(
        'foreign_contract',
        `${which} goes to ${call.target}, which is not one of the city's Polity contracts (${[...components.values()].join(', ')}): the city pays only for actions on those`,
      );
    }
    if (call.value > 0n) throw new SponsorshipRefusedError('call_with_value', `${which} sends ${call.value} wei to the ${component}: the city pays only for actions that move no money`);
    if (!call.selector) throw new SponsorshipRefusedError('call_without_function', `${which} calls no function of the ${component}: there is nothing the city would pay for`);
    return { ...call, component, selector: call.selector };
  });
  const maxCostWei = maxCostOf(operation);
  if (rules.maxCostPerActionWei !== undefined && maxCostWei > rules.maxCostPerActionWei) {
    throw new SponsorshipRefusedError(
      'action_too_expensive',
      `this action may cost up to ${maxCostWei} wei (its gas limits × maxFeePerGas) and the city pays at most ${rules.maxCostPerActionWei} wei for one action: lower its gas limits or fee`,
    );
  }
  return { calls, maxCostWei };
}

/** Refuses unless `account` is a resident now, as the registry says. */
export async function requireResident(chain: PolityClient, polity: PolityAddresses, account: Address): Promise<void> {
  let record: Awaited<ReturnType<typeof getResident>>;
  try {
    record = await getResident(chain, { polity, account });
  } catch (cause) {
    throw new ResidencyUnknownError(account, cause);
  }
  if (record.isResident) return;
  if (record.member) {
    throw new SponsorshipRefusedError(
      'not_a_resident',
      `the residency of ${account} expired on ${new Date(record.expiresAt * 1000).toISOString().slice(0, 10)}: the city pays only for residents' actions; renew it at the city's identity office`,
    );
  }
  throw new SponsorshipRefusedError(
    'not_a_resident',
    `${account} is not a resident of this polity (never admitted, or the admission was revoked): the city pays only for residents' actions; ask the city's identity office`,
  );
}
