export * from './base.js';
export * from './contract.js';
export { decodePolityError, predictedError } from './decode.js';
export { polityAbi, type PolityRevert } from './abi.js';
