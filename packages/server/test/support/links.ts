/**
 * Reading a whole database and looking for links between residents' accounts and secret ballots, for
 * secret-no-link.test.ts. Values are compared as text (addresses as their 40 lowercase hex digits,
 * whatever case or column type holds them), so a link hidden in a JSON column or a bytea counts too.
 */
import type { Address } from 'viem';

export interface TableRows {
  /** schema.table */
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, unknown>[];
}

export interface ForeignKey {
  readonly table: string;
  readonly column: string;
  readonly referencedTable: string;
  readonly referencedColumn: string;
}

export interface DatabaseRows {
  readonly tables: readonly TableRows[];
  readonly foreignKeys: readonly ForeignKey[];
}

export type Query = (text: string) => Promise<{ rows: Record<string, unknown>[] }>;

/** Every row of every table outside PostgreSQL's own schemas, and every foreign key. */
export async function readAllRows(query: Query): Promise<DatabaseRows> {
  const { rows: tableList } = await query(
    "select table_schema as schema, table_name as name from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1, 2",
  );
  const tables: TableRows[] = [];
  for (const { schema, name } of tableList as { schema: string; name: string }[]) {
    const { rows: columns } = await query(`select column_name as name from information_schema.columns where table_schema = '${schema}' and table_name = '${name}' order by ordinal_position`);
    const { rows } = await query(`select row_to_json(t)::text as row from "${schema}"."${name}" t`);
    tables.push({ name: `${schema}.${name}`, columns: columns.map((column) => String(column['name'])), rows: rows.map((row) => JSON.parse(String(row['row'])) as Record<string, unknown>) });
  }
  const { rows: keys } = await query(`
    select kcu.table_schema || '.' || kcu.table_name as "table", kcu.column_name as "column",
           ccu.table_schema || '.' || ccu.table_name as "referencedTable", ccu.column_name as "referencedColumn"
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
    join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
    where tc.constraint_type = 'FOREIGN KEY'`);
  return { tables, foreignKeys: keys as unknown as ForeignKey[] };
}

export interface LinkSearch {
  /** Residents' accounts. */
  readonly accounts: readonly Address[];
  /** Every secret ballot's nullifier and ballot key. */
  readonly secrets: readonly { readonly nullifier: bigint; readonly ballotKey: Address }[];
  /** Addresses anyone may share (the polity's contracts): never a link. */
  readonly publicAddresses: readonly Address[];
}

/**
 * Every way the rows link an account to a secret ballot, described (empty: none): a row holding both;
 * two rows joined by a foreign key, one holding an account and the other a secret; and two such rows
 * sharing another identifying value (a hash, an address, a long number or a UUID found beside one
 * resident's account only: a key that joins them without a declared foreign key).
 */
export function findLinks(database: DatabaseRows, search: LinkSearch): string[] {
  const accountTokens = search.accounts.map((account) => account.slice(2).toLowerCase());
  const secretTokens = search.secrets.flatMap(({ nullifier, ballotKey }) => [nullifier.toString(10), nullifier.toString(16).padStart(64, '0'), nullifier.toString(16), ballotKey.slice(2).toLowerCase()]);
  const publicTokens = new Set(search.publicAddresses.map((address) => address.slice(2).toLowerCase()));
  const known = new Set([...accountTokens, ...secretTokens, ...publicTokens]);
  const holds = (row: Record<string, unknown>, tokens: readonly string[]) => {
    const text = JSON.stringify(row).toLowerCase();
    return tokens.some((token) => text.includes(token));
  };
  const describe = (table: string, row: Record<string, unknown>) => `${table} ${JSON.stringify(row)}`;
  const links: string[] = [];

  const withAccount: { table: string; row: Record<string, unknown> }[] = [];
  const withSecret: { table: string; row: Record<string, unknown> }[] = [];
  for (const table of database.tables) {
    for (const row of table.rows) {
      const account = holds(row, accountTokens);
      const secret = holds(row, secretTokens);
      if (account && secret) links.push(`one row holds an account and a secret: ${describe(table.name, row)}`);
      if (account) withAccount.push({ table: table.name, row });
      if (secret) withSecret.push({ table: table.name, row });
    }
  }

  const rowsOf = new Map(database.tables.map((table) => [table.name, table.rows]));
  for (const key of database.foreignKeys) {
    const parents = new Map<string, Record<string, unknown>[]>();
    for (const row of rowsOf.get(key.referencedTable) ?? []) {
      const value = String(row[key.referencedColumn]);
      parents.set(value, [...(parents.get(value) ?? []), row]);
    }
    for (const child of rowsOf.get(key.table) ?? []) {
      for (const parent of parents.get(String(child[key.column])) ?? []) {
        if ((holds(child, accountTokens) && holds(parent, secretTokens)) || (holds(child, secretTokens) && holds(parent, accountTokens))) {
          links.push(`${key.table}.${key.column} → ${key.referencedTable}.${key.referencedColumn} joins ${describe(key.table, child)} and ${describe(key.referencedTable, parent)}`);
        }
      }
    }
  }

  // Identifying values: long hex (addresses, hashes), long decimals (field elements), UUIDs; a block's
  // hash or number is when something happened, shared by everything in that block, not a key.
  const identifying = (row: Record<string, unknown>): Set<string> => {
    const values = new Set<string>();
    for (const [column, value] of Object.entries(row)) {
      if (/block/i.test(column) || value === null || value === undefined) continue;
      const text = (typeof value === 'object' ? JSON.stringify(value) : String(value)).toLowerCase();
      for (const match of text.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?:0x|\\x)?[0-9a-f]{40,64}|\d{20,}/g)) {
        const token = match[0].replace(/^(0x|\\x)/, '');
        if (!known.has(token)) values.add(token);
      }
    }
    return values;
  };
  // A value in the rows of several residents (an event's signature, an ABI offset, a small number, a
  // round's hash) identifies no one; one found only beside a single resident's account is a key.
  const accountsOf = new Map<string, Set<string>>();
  const valuesOf = withAccount.map(({ row }) => {
    const values = identifying(row);
    const text = JSON.stringify(row).toLowerCase();
    for (const value of values) {
      const holders = accountsOf.get(value) ?? new Set<string>();
      for (const token of accountTokens) if (text.includes(token)) holders.add(token);
      accountsOf.set(value, holders);
    }
    return values;
  });
  for (const [index, a] of withAccount.entries()) {
    const keys = [...valuesOf[index]!].filter((value) => accountsOf.get(value)!.size === 1);
    for (const s of withSecret) {
      const secretValues = identifying(s.row);
      const shared = keys.filter((value) => secretValues.has(value));
      if (shared.length > 0) links.push(`${describe(a.table, a.row)} and ${describe(s.table, s.row)} share ${shared.join(', ')}`);
    }
  }
  return links;
}
