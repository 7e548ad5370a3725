/**
 * Residents without a wallet: passkey accounts (`PolityAccount`, ERC-4337 v0.8) on viem's
 * account-abstraction module, the city's sponsorship as a paymaster, and the calls of each resident
 * action for one user operation (docs/passkey-accounts.md, docs/sdk.md "Passkey accounts").
 */
export * from './createPasskey.js';
export * from './predictPolityAccountAddress.js';
export * from './toPolityAccount.js';
export * from './polityPaymaster.js';
export * from './sendPolityCalls.js';
export * from './errors.js';
export { decodeBundlerError } from './bundlerErrors.js';
export { passkeyCoordinates, type PasskeyCoordinates } from './passkeyPublicKey.js';
export * from './recoverPasskey.js';
export { encodeWebAuthnSignature, stubWebAuthnSignature, type EncodeWebAuthnSignatureParameters } from './webAuthnSignature.js';
export type { PolityCall } from './polityCall.js';
export * from './calls/castBallotCalls.js';
export * from './calls/castVoteCalls.js';
export * from './calls/delegateAllTopicsCalls.js';
export * from './calls/delegateOnTopicCalls.js';
export * from './calls/revokeDelegationCalls.js';
export * from './calls/submitProjectCalls.js';
