import type { PolityActivity } from '@polity/sdk';

/** The events of one kind, with their arguments typed. */
export type ActivityOf<name extends PolityActivity['eventName']> = Extract<PolityActivity, { eventName: name }>;

/** The events named `name`, in log order (pure: usable in tests without a chain). */
export function eventsNamed<name extends PolityActivity['eventName']>(activity: readonly PolityActivity[], name: name): ActivityOf<name>[] {
  return activity.filter((entry): entry is ActivityOf<name> => entry.eventName === name);
}
