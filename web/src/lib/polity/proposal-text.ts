import { topicOfDescription } from '@polity/sdk';

/**
 * What residents read of a proposal's description: its text without the machine markers that end it
 * on chain, `#topic=<n>` (which topic the Governor counts it under; the page names the topic instead)
 * and OpenZeppelin's `#proposer=0x…` (pure). The description itself stays exact for queue and execute.
 */
export function readableDescription(description: string): { readonly text: string; readonly topic: number } {
  const topic = topicOfDescription(description);
  const text = description
    .replace(/#proposer=0x[0-9a-fA-F]{40}$/, '')
    .replace(/#topic=\d{1,3}$/, '')
    .trimEnd();
  return { text, topic };
}
