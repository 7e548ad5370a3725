import { keccak256, toHex, type Hex } from 'viem';
import { requireColumns, widthProblem, type CsvTable, type RejectedRow } from './read.js';
import { parseWhole, type Parsed } from './values.js';

/** A project from the CSV, ready to submit: its public text and that text's content hash. */
export interface ProjectRow {
  readonly line: number;
  readonly title: string;
  readonly cost: bigint;
  readonly category: string;
  readonly location?: { readonly latitude: number; readonly longitude: number };
  readonly description: string;
  /** What residents read, published by the city; `contentHash` is its keccak256. */
  readonly text: string;
  readonly contentHash: Hex;
}

export interface ProjectsCsv {
  readonly accepted: readonly ProjectRow[];
  readonly rejected: readonly RejectedRow[];
  /** Category names in order of first appearance: a project's category is an index here. */
  readonly categories: readonly string[];
}

export const projectColumns = { required: ['title', 'cost'], optional: ['category', 'location', 'latitude', 'longitude', 'description'] } as const;

/** A round holds at most 256 projects (a set of them is one 256-bit word) and 255 categories. */
export const maxProjects = 256;
const maxCategories = 255;
const defaultCategory = 'general';

/** The public text of a project: a markdown title and its description. */
export function projectText(title: string, description: string): string {
  return description === '' ? `# ${title}\n` : `# ${title}\n\n${description}\n`;
}

/** Checks every row against the round's budget; refused rows get their line and a reason. */
export function readProjects(table: CsvTable, budget: bigint): ProjectsCsv {
  requireColumns(table, projectColumns.required, projectColumns.optional);
  const accepted: ProjectRow[] = [];
  const rejected: RejectedRow[] = [];
  const categories: string[] = [];
  const textLine = new Map<Hex, number>();
  for (const row of table.rows) {
    const width = widthProblem(table, row);
    if (width !== undefined) {
      rejected.push({ line: row.line, reason: width });
      continue;
    }
    const problems: string[] = [];
    const title = row.fields['title'] ?? '';
    if (title === '') problems.push('no title');
    const cost = parseWhole(row.fields['cost'] ?? '', 'cost', { min: 1n, max: (1n << 128n) - 1n });
    if (!cost.ok) problems.push(cost.reason);
    else if (cost.value > budget) problems.push(`cost ${cost.value.toLocaleString('en-US')} is above the round's budget of ${budget.toLocaleString('en-US')}`);
    const location = readLocation(row.fields);
    if (!location.ok) problems.push(location.reason);
    const category = row.fields['category'] || defaultCategory;
    if (!categories.includes(category) && categories.length >= maxCategories) problems.push(`category '${category}' would be the ${maxCategories + 1}th; a round has at most ${maxCategories}`);
    const description = row.fields['description'] ?? '';
    const text = projectText(title, description);
    const contentHash = keccak256(toHex(text));
    if (textLine.has(contentHash)) problems.push(`the same project (title and description) as line ${textLine.get(contentHash)}`);
    if (accepted.length >= maxProjects) problems.push(`a round holds at most ${maxProjects} projects`);
    if (problems.length > 0 || !cost.ok || !location.ok) {
      rejected.push({ line: row.line, reason: problems.join('; ') });
      continue;
    }
    if (!categories.includes(category)) categories.push(category);
    textLine.set(contentHash, row.line);
    accepted.push({ line: row.line, title, cost: cost.value, category, ...(location.value ? { location: location.value } : {}), description, text, contentHash });
  }
  return { accepted, rejected, categories: categories.length === 0 ? [defaultCategory] : categories };
}

/** `location` as "latitude, longitude" (or "latitude longitude"), or `latitude` and `longitude` columns; both optional. */
function readLocation(fields: Readonly<Record<string, string>>): Parsed<{ latitude: number; longitude: number } | undefined> {
  const combined = fields['location'] ?? '';
  let latitudeText = fields['latitude'] ?? '';
  let longitudeText = fields['longitude'] ?? '';
  if (combined !== '') {
    const parts = combined.split(/[\s,;]+/).filter((part) => part !== '');
    if (parts.length !== 2) return { ok: false, reason: `location '${combined}' is not "latitude, longitude" in degrees (for example "52.2297, 21.0122")` };
    [latitudeText, longitudeText] = parts as [string, string];
  }
  if (latitudeText === '' && longitudeText === '') return { ok: true, value: undefined };
  const latitude = Number(latitudeText);
  const longitude = Number(longitudeText);
  if (latitudeText === '' || !Number.isFinite(latitude) || Math.abs(latitude) > 90) return { ok: false, reason: `latitude '${latitudeText}' is not a latitude in degrees (-90 to 90)` };
  if (longitudeText === '' || !Number.isFinite(longitude) || Math.abs(longitude) > 180) return { ok: false, reason: `longitude '${longitudeText}' is not a longitude in degrees (-180 to 180)` };
  return { ok: true, value: { latitude, longitude } };
}
