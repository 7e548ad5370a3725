/**
 * @polity/sdk, organised by area. Pure modules (no chain, usable in the browser) come first; chain
 * actions (viem) are added per area below them.
 *
 * Node-only helpers (reading `.pb` / `.pb.gz` files from disk) live at `@polity/sdk/pabulib/node`.
 */

// ── Pabulib: reading and writing participatory-budgeting data (.pb) ──
export * from './pabulib/index.js';

// ── Budgeting: rules that turn ballots into funded projects ──
export * from './budgeting/index.js';

// ── Membership: credential commitments (the same in every tool that admits residents) ──
export * from './membership/credential.js';

// ── Liquid democracy: the counting model on-chain tallies are tested against ──
export * from './liquid/index.js';

// ── Chain: actions on a deployed polity (viem), errors, proposal builders, contract bindings ──
export * from './chain/index.js';

// ── Server: a city's Polity server (published content, the indexed audit trail) ──
export * from './server/index.js';

// ── Passkey accounts: residents' ERC-4337 accounts, the city's sponsorship, resident actions as calls ──
export * from './account/index.js';

// ── Secret ballots: residents' Semaphore identities, the round's group, proofs, the city's relay ──
export * from './secret/index.js';
