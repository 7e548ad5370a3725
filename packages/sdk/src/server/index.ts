/**
 * Clients of a city's Polity server (packages/server): publishing and reading texts and images by
 * content hash, and reading the indexed audit trail. Browser and Node alike (fetch only).
 */
export {};
