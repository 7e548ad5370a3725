/** Items grouped by a key, each group in the items' order (Map.groupBy, which Node 20 lacks). */
export function groupBy<item, key>(items: Iterable<item>, keyOf: (item: item) => key): Map<key, item[]> {
  const groups = new Map<key, item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
