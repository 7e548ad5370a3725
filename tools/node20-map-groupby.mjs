// Vitest 5's reporter prints failures with Map.groupBy, which Node 20 (this project's baseline) lacks:
// without it a failing test crashes the reporter instead of showing the assertion. Each package's
// vitest config imports this file, because the config is evaluated in the process that reports.
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value(items, keyOf) {
      const groups = new Map();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const members = groups.get(key);
        if (members) members.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}
