/**
 * Secret ballots (docs/secret-ballots.md): the resident's Semaphore identity and its recovery, the
 * round's group, proofs with checked proving files, and sending through the city's relay.
 * Node-only: reading the proving files from the npm package is `@polity/sdk/node` (readProvingFiles).
 */
export * from './errors.js';
export * from './identity.js';
export * from './passkeyIdentity.js';
export * from './recovery.js';
export * from './provingFiles.js';
export { pinnedProvingFiles, provingFilesVersion, type PinnedProvingFile, type PinnedProvingFiles } from './pinned-proving-files.js';
export * from './proveSecretBallot.js';
export type { SecretBallotProof } from './secretBallotProof.js';
export * from './ballotMessage.js';
export * from './nullifier.js';
export * from './verifySecretBallotProof.js';
export * from './castSecretBallot.js';
export * from './readSecretRoundGroup.js';
export * from './readSecretBallotRevision.js';
export * from './readSecretGroup.js';
export * from './castSecretBallotThroughContract.js';
export * from './secretGroup.js';
export * from './secretIdentityRegistration.js';
export * from './readRoundSecrecy.js';
export * from './syncIdentityGroups.js';
export * from './identityGroupsMirror.js';
export { identityHolders, rebuildIdentityGroups, type IdentityGroupsEvent, type IdentityHolderState } from './identityGroupsHistory.js';
