/**
 * Clients of a city's Polity server (packages/server): publishing and reading texts and images by
 * content hash, and reading the indexed audit trail. Browser and Node alike (fetch only).
 */
export * from './errors.js';
export * from './media.js';
export * from './publication.js';
export * from './publishContent.js';
export * from './publishReferencedContent.js';
export * from './readContent.js';
export * from './activity.js';
