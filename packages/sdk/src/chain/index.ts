/**
 * The SDK's chain layer: actions on a deployed polity for any viem client and transport, the errors
 * they throw, typed proposal builders, and the generated contract bindings.
 */
export * from '../actions/index.js';
export * from '../proposals/index.js';
export * from './errors/index.js';
export * from './enums.js';
export type { PolityAddresses, PolityComponent, PolitySecretComponent } from './polity.js';
export { polityComponents, politySecretComponents, requirePolity } from './polity.js';
export { parsePolityFile, PolityFileError, stringifyPolityFile, type ParsePolityFileOptions, type PolityFile } from './polity-file.js';
export type { PolityActionParameters, PolityClient, PolityWriteParameters, PolityWriteResult } from './client.js';
export { isRangeTooLarge, pagedLogs, type PagedLogsParameters } from './logs.js';
export { withGasMargin } from './gas-margin.js';
export { waitForReceipt, type WaitForReceiptParameters } from './receipt.js';
export * from '../contracts/generated.js';
