import type { Address } from 'viem';
import type { PolityRole, SettingChange } from '@polity/sdk';

export const actionKinds = ['transfer', 'votingPeriod', 'votingDelay', 'timelockDelay', 'quorumPercent', 'registerTopic', 'grantRole', 'revokeRole'] as const;
export type ActionKind = (typeof actionKinds)[number];

/**
 * The rights governance grants and takes back, in the words council staff use: each is one role on one
 * component (the contract that checks it), so the form never asks for a component or a role name.
 */
export const rights = {
  admitResidents: { component: 'registry', role: 'REGISTRAR_ROLE' },
  openRounds: { component: 'rounds', role: 'ROUND_MANAGER_ROLE' },
  reviewProjects: { component: 'rounds', role: 'COUNCIL_ROLE' },
  proposeResults: { component: 'results', role: 'COUNCIL_ROLE' },
  releasePayments: { component: 'escrow', role: 'COUNCIL_ROLE' },
} as const satisfies Record<string, { component: 'registry' | 'rounds' | 'results' | 'escrow'; role: PolityRole }>;
export type Right = keyof typeof rights;

/** One typed action of a proposal as the form holds it; only the fields of its kind are used. */
export interface ActionForm {
  kind: ActionKind;
  /** Chosen by name or resident code (PersonPicker); undefined until a valid choice. */
  to: Address | undefined;
  amount: number;
  /** Durations in days and hours, as people say them; the contracts take seconds. */
  days: number;
  hours: number;
  percent: number;
  name: string;
  right: Right;
  account: Address | undefined;
}

export function newAction(kind: ActionKind = 'transfer'): ActionForm {
  return { kind, to: undefined, amount: 0, days: 0, hours: 0, percent: 0, name: '', right: 'reviewProjects', account: undefined };
}

/** Days and hours as the seconds the contracts count (whole, never negative). */
export function durationSeconds(days: number, hours: number): number {
  const total = (Number.isFinite(days) ? days : 0) * 86_400 + (Number.isFinite(hours) ? hours : 0) * 3_600;
  return Math.max(0, Math.round(total));
}

/** A setting change for every action that is not a transfer; throws with `problem` when one is incomplete. */
export function settingOf(action: ActionForm, problems: { noAccount: string }): SettingChange {
  switch (action.kind) {
    case 'votingPeriod':
    case 'votingDelay':
    case 'timelockDelay':
      return { setting: action.kind, seconds: durationSeconds(action.days, action.hours) };
    case 'quorumPercent':
      return { setting: 'quorumPercent', percent: action.percent };
    case 'registerTopic':
      return { setting: 'registerTopic', name: action.name };
    case 'grantRole':
    case 'revokeRole': {
      if (action.account === undefined) throw new Error(problems.noAccount);
      const { component, role } = rights[action.right];
      return { setting: action.kind, component, role, account: action.account };
    }
    case 'transfer':
      throw new Error('a transfer is not a setting change');
  }
}
