/**
 * @polity/sdk/node: helpers that need Node (files, processes). Everything else in the SDK runs in the
 * browser too.
 */
export * from './anvil.js';
export * from './polity-file.js';
export * from '../pabulib/node.js';
export { provingFilesDirectory, readProvingFiles } from '../secret/node.js';
export { createSecretBallotProverPool, SecretBallotProverPool, type SecretBallotProverPoolOptions, type SecretBallotProverPoolTiming } from '../secret/proverPool.js';
