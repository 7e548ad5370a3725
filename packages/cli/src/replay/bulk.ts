/**
 * Runs `read` on every item, `chunk` at a time all at once: the connection's transport packs
 * simultaneous requests into JSON-RPC batches, so 15,000 reads are some 75 HTTP round trips rather
 * than 15,000. Results keep the items' order.
 */
export async function readInBulk<item, value>(items: readonly item[], read: (item: item, index: number) => Promise<value>, chunk = 1_000): Promise<value[]> {
  const values: value[] = [];
  for (let start = 0; start < items.length; start += chunk) {
    values.push(...(await Promise.all(items.slice(start, start + chunk).map((item, offset) => read(item, start + offset)))));
  }
  return values;
}
