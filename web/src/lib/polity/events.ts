import type { PolityActivity } from '@polity/sdk';

/** The events of one kind, with their arguments typed. */
export type ActivityOf<name extends PolityActivity['eventName']> = Extract<PolityActivity, { eventName: name }>;

/** The events named `name`, in log order (pure: usable in tests without a chain). */
export function eventsNamed<name extends PolityActivity['eventName']>(activity: readonly PolityActivity[], name: name): ActivityOf<name>[] {
  return activity.filter((entry): entry is ActivityOf<name> => entry.eventName === name);
}

/**
 * Same event: name, emitter, position and arguments (bigints and nested values compared by value,
 * hexadecimal strings whatever their case, any other text exactly).
 */
export function sameEvent(a: PolityActivity, b: PolityActivity): boolean {
  const canonical = (entry: PolityActivity) =>
    JSON.stringify([entry.eventName, entry.address, entry.transactionHash, entry.logIndex, entry.args], (_, value: unknown) =>
      typeof value === 'bigint' ? `${value}n` : typeof value === 'string' && /^0x[0-9a-fA-F]*$/.test(value) ? value.toLowerCase() : value,
    );
  return canonical(a) === canonical(b);
}
