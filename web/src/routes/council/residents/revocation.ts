/**
 * Why the identity office closes an account: kept on chain as a short code in the ResidentRevoked
 * event (at most 32 bytes), said in the office's language on the page.
 */
export const revocationReasons = ['lost-device', 'moved-away', 'admitted-in-error'] as const;

export type RevocationReason = (typeof revocationReasons)[number];
