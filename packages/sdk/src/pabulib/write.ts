import { formatScaledAmount } from './amount.js';
import { PabulibDataError } from './errors.js';
import { formatField } from './records.js';
import type { PabulibFile, PabulibProject, PabulibVote } from './types.js';

/**
 * Writes a {@link PabulibFile} as `.pb` text. `parsePabulib(writePabulib(file))` gives back the same
 * data; a file read from pabulib and written back is byte for byte the original whenever that original
 * quotes only where needed (as pabulib's own files do), since the layout (line ending, final newline)
 * is kept too.
 *
 * Costs are written at the file's own precision ({@link PabulibFile.amountDecimals}): a file that had
 * `543715.64` gets `543715.64` back, never a rounded or float-printed figure.
 *
 * Throws {@link PabulibDataError} when a row lacks a column its header names, or a column holds data
 * that cannot be written (a cost that is not a whole count of the file's amount unit, points not
 * parallel to the votes).
 */
export function writePabulib(file: PabulibFile): string {
  const lineEnding = file.layout?.lineEnding ?? '\n';
  const amountDecimals = file.amountDecimals ?? 0;
  if (!Number.isInteger(amountDecimals) || amountDecimals < 0) throw new PabulibDataError(`amountDecimals is ${amountDecimals}; it must be a whole number, at least 0`);
  const lines: string[] = ['META', row(['key', 'value'])];
  for (const { key, value } of file.meta) lines.push(row([key, value]));
  lines.push('PROJECTS', row(file.projectColumns));
  for (const project of file.projects) lines.push(row(file.projectColumns.map((column) => projectValue(project, column, amountDecimals))));
  lines.push('VOTES', row(file.voteColumns));
  for (const vote of file.votes) lines.push(row(file.voteColumns.map((column) => voteValue(vote, column))));
  const text = lines.join(lineEnding);
  return (file.layout?.finalNewline ?? true) ? text + lineEnding : text;
}

function row(values: readonly string[]): string {
  return values.map(formatField).join(';');
}

function projectValue(project: PabulibProject, column: string, amountDecimals: number): string {
  if (column === 'project_id') return project.id;
  if (column === 'cost') return costText(project, amountDecimals);
  const value = project.fields[column];
  if (value === undefined) throw new PabulibDataError(`project ${project.id} has no value for column '${column}'`);
  return value;
}

function voteValue(vote: PabulibVote, column: string): string {
  if (column === 'voter_id') return vote.voterId;
  if (column === 'vote') return vote.projects.join(',');
  if (column === 'points') {
    if (vote.points === undefined || vote.points.length !== vote.projects.length) {
      throw new PabulibDataError(`voter ${vote.voterId} needs one points entry per project in its vote`);
    }
    return vote.points.join(',');
  }
  const value = vote.fields[column];
  if (value === undefined) throw new PabulibDataError(`voter ${vote.voterId} has no value for column '${column}'`);
  return value;
}

/** The cost at the file's precision, or with the places the source wrote it with (`costDecimals`). */
function costText(project: PabulibProject, amountDecimals: number): string {
  const unit = amountDecimals === 0 ? 'whole number of currency units' : `whole number of 10^-${amountDecimals} currency units (the file's amountDecimals)`;
  if (!Number.isSafeInteger(project.cost) || project.cost < 0) throw new PabulibDataError(`project ${project.id} has cost ${project.cost}; a cost here is a ${unit}`);
  const text = formatScaledAmount(project.cost, amountDecimals);
  const places = project.costDecimals;
  if (places === undefined || places === amountDecimals) return text;
  if (!Number.isInteger(places) || places < 0 || places > amountDecimals) throw new PabulibDataError(`project ${project.id} has costDecimals ${places}; it must be a whole number from 0 to the file's amountDecimals (${amountDecimals})`);
  // Fewer places than the file's: only zeros may be dropped, or the written cost would differ.
  const dropped = amountDecimals - places;
  if (!/^0+$/.test(text.slice(-dropped))) throw new PabulibDataError(`project ${project.id} costs ${text}, which cannot be written with ${places} decimal places`);
  return text.slice(0, places === 0 ? -(dropped + 1) : -dropped);
}
