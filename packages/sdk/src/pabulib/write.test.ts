/// <reference types="node" />
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPabulib, pabulibDirectory, pabulibFileNames } from '../../test/pabulib-data.js';
import { PabulibDataError } from './errors.js';
import { parsePabulib } from './parse.js';
import type { PabulibFile } from './types.js';
import { writePabulib } from './write.js';

describe('writePabulib', () => {
  it.each(pabulibFileNames())('writes %s back byte for byte, and its data survives a second round trip', async (name) => {
    const bytes = readFileSync(join(pabulibDirectory, name));
    const original = (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
    const file = await loadPabulib(name);
    const written = writePabulib(file);
    expect(written === original).toBe(true);
    expect(parsePabulib(written)).toEqual(file);
  }, 30_000);

  it('quotes exactly what needs quoting', () => {
    const file: PabulibFile = {
      meta: [{ key: 'description', value: ' padded; "quoted" ' }],
      projectColumns: ['project_id', 'cost', 'name'],
      projects: [{ id: 'p1', cost: 5, fields: { name: 'two\nlines' } }],
      voteColumns: ['voter_id', 'vote'],
      votes: [{ voterId: 'v1', projects: ['p1'], fields: {} }],
    };
    const text = writePabulib(file);
    expect(text).toBe('META\nkey;value\ndescription;" padded; ""quoted"" "\nPROJECTS\nproject_id;cost;name\np1;5;"two\nlines"\nVOTES\nvoter_id;vote\nv1;p1\n');
    expect(parsePabulib(text)).toEqual({ ...file, layout: { lineEnding: '\n', finalNewline: true } });
  });

  it('refuses data a .pb file cannot hold', () => {
    const file: PabulibFile = { meta: [], projectColumns: ['project_id', 'cost', 'name'], projects: [{ id: 'p1', cost: 2.5, fields: { name: 'x' } }], voteColumns: ['voter_id', 'vote'], votes: [] };
    expect(() => writePabulib(file)).toThrow(PabulibDataError);
    expect(() => writePabulib({ ...file, projects: [{ id: 'p1', cost: 2, fields: {} }] })).toThrow("project p1 has no value for column 'name'");
  });

  it('round-trips any data at the data level (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ';', '"', '\n', '\r', 'ł', ',') , maxLength: 8 });
    const id = fc.string({ unit: fc.constantFrom('a', 'b', '1', '2', '-', '"', ';'), minLength: 1, maxLength: 4 }).filter((value) => value.trim() === value);
    const fileArbitrary = fc
      .record({
        meta: fc.uniqueArray(fc.record({ key: id, value: text }), { selector: (entry) => entry.key, maxLength: 4 }),
        ids: fc.uniqueArray(id, { minLength: 1, maxLength: 5 }),
        costs: fc.array(fc.nat({ max: 10_000 }), { minLength: 5, maxLength: 5 }),
        names: fc.array(text, { minLength: 5, maxLength: 5 }),
        voters: fc.uniqueArray(id, { maxLength: 5 }),
        picks: fc.array(fc.array(fc.nat({ max: 4 }), { maxLength: 4 }), { minLength: 5, maxLength: 5 }),
        crlf: fc.boolean(),
      })
      .map(({ meta, ids, costs, names, voters, picks, crlf }): PabulibFile => ({
        meta: meta.filter((entry) => !['budget', 'num_projects', 'num_votes', 'vote_type'].includes(entry.key)),
        projectColumns: ['project_id', 'cost', 'name'],
        projects: ids.map((projectId, index) => ({ id: projectId, cost: costs[index]!, fields: { name: names[index]! } })),
        voteColumns: ['voter_id', 'vote'],
        votes: voters.map((voterId, index) => ({
          voterId,
          projects: [...new Set(picks[index]!.map((pick) => ids[pick % ids.length]!))].filter((projectId) => !projectId.includes(',')),
          fields: {},
        })),
        layout: { lineEnding: crlf ? '\r\n' : '\n', finalNewline: true },
      }));
    fc.assert(
      fc.property(fileArbitrary, (file) => {
        // Values are trimmed on reading unless quoted, and the writer quotes any value with outer spaces.
        const roundTrip = parsePabulib(writePabulib(file));
        expect(roundTrip).toEqual(file);
      }),
      { numRuns: 300 },
    );
  });
});
