import { topicOfDescription, type DecodedProposalAction } from '@polity/sdk';

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

/**
 * The description without the "## Actions" list the SDK's builders append (English, with addresses),
 * when that list is exactly what the calls say: the page shows the decoded calls in the reader's
 * language instead. A list that differs from the calls (hand-written, or misleading) is kept as written.
 */
export function withoutGeneratedActions(text: string, actions: readonly Pick<DecodedProposalAction, 'summary'>[]): string {
  const generated = `## Actions\n\n${actions.map((action, index) => `${index + 1}. ${action.summary}`).join('\n')}`;
  return text.endsWith(generated) ? text.slice(0, -generated.length).trimEnd() : text;
}
