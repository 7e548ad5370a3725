export * from './builders.js';
export * from './decode.js';
export * from './draft.js';
