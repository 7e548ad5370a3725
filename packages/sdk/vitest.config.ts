import { defineConfig } from 'vitest/config';

// Vitest 5's reporter prints failures with Map.groupBy, which Node 20 (this project's baseline) lacks:
// without it a failing test crashes the reporter instead of showing the assertion. The config is
// evaluated in the process that reports, so the polyfill lives here.
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<item, key>(items: Iterable<item>, keyOf: (item: item, index: number) => key): Map<key, item[]> {
      const groups = new Map<key, item[]>();
      let index = 0;
      for (const item of items) {
        const group = keyOf(item, index++);
        const members = groups.get(group);
        if (members) members.push(item);
        else groups.set(group, [item]);
      }
      return groups;
    },
  });
}

export default defineConfig({});
