import type { PolityRole } from '@polity/sdk';

export const actionKinds = ['transfer', 'votingPeriod', 'votingDelay', 'timelockDelay', 'quorumPercent', 'registerTopic', 'grantRole', 'revokeRole'] as const;
export type ActionKind = (typeof actionKinds)[number];

/** One typed action of a proposal as the form holds it; only the fields of its kind are used. */
export interface ActionForm {
  kind: ActionKind;
  to: string;
  amount: number;
  seconds: number;
  percent: number;
  name: string;
  component: 'registry' | 'rounds' | 'results' | 'escrow';
  role: PolityRole;
  account: string;
}
