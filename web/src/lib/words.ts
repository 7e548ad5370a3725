import { keccak256, toHex, type Hex } from 'viem';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';

/**
 * Contract values people read as words: durations in the largest whole unit ("2 days", "3 godziny"),
 * round phases and proposal states by their names in the reader's language.
 */

/** A day, in the reader's language ("5 Dec 2026", "5 gru 2026"). */
export function day(seconds: bigint | number): string {
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium' }).format(new Date(Number(seconds) * 1000));
}

/** Seconds as the largest unit that fits, in the reader's language. */
export function duration(seconds: bigint | number): string {
  const value = Number(seconds);
  const [unit, size] = value >= 86_400 ? (['day', 86_400] as const) : value >= 3_600 ? (['hour', 3_600] as const) : value >= 60 ? (['minute', 60] as const) : (['second', 1] as const);
  return new Intl.NumberFormat(getLocale(), { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(value / size);
}

const phases = ['submission', 'review', 'voting', 'result'] as const;
const states = ['pending', 'active', 'canceled', 'defeated', 'succeeded', 'queued', 'expired', 'executed'] as const;

/** A round phase as the contract numbers it, in lower case ("voting", "głosowanie"). */
export function phaseName(phase: number | bigint): string {
  const name = phases[Number(phase)];
  if (name === undefined) return String(phase);
  return { submission: m.phase_submission(), review: m.phase_review(), voting: m.phase_voting(), result: m.phase_result() }[name].toLocaleLowerCase(getLocale());
}

/** A proposal state as the Governor numbers it, in lower case. */
export function proposalStateName(state: number | bigint): string {
  const name = states[Number(state)];
  if (name === undefined) return String(state);
  const names = {
    pending: m.state_pending(),
    active: m.state_active(),
    canceled: m.state_canceled(),
    defeated: m.state_defeated(),
    succeeded: m.state_succeeded(),
    queued: m.state_queued(),
    expired: m.state_expired(),
    executed: m.state_executed(),
  };
  return names[name].toLocaleLowerCase(getLocale());
}

const role = (name: string): Hex => keccak256(toHex(name));
const rights: ReadonlyMap<Hex, () => string> = new Map([
  ['0x0000000000000000000000000000000000000000000000000000000000000000', m.audit_says_role_admin],
  [role('REGISTRAR_ROLE'), m.audit_says_role_registrar],
  [role('COUNCIL_ROLE'), m.audit_says_role_council],
  [role('ROUND_MANAGER_ROLE'), m.audit_says_role_round_manager],
  [role('PROPOSER_ROLE'), m.audit_says_role_proposer],
  [role('EXECUTOR_ROLE'), m.audit_says_role_executor],
  [role('CANCELLER_ROLE'), m.audit_says_role_canceller],
]);

/** A contract role (its hash) as the right it gives, in the reader's language ("admitting residents"). */
export function rightName(roleHash: Hex): string {
  return (rights.get(roleHash.toLowerCase() as Hex) ?? m.audit_says_role_other)();
}
