import { PabulibDataError } from './errors.js';
import { formatField } from './records.js';
import type { PabulibFile, PabulibProject, PabulibVote } from './types.js';

/**
 * Writes a {@link PabulibFile} as `.pb` text. `parsePabulib(writePabulib(file))` gives back the same
 * data; a file read from pabulib and written back is byte for byte the original whenever that original
 * quotes only where needed (as pabulib's own files do), since the layout (line ending, final newline)
 * is kept too.
 *
 * Throws {@link PabulibDataError} when a row lacks a column its header names, or a column holds data
 * that cannot be written (a cost that is not a whole number, points not parallel to the votes).
 */
export function writePabulib(file: PabulibFile): string {
  const lineEnding = file.layout?.lineEnding ?? '\n';
  const lines: string[] = ['META', row(['key', 'value'])];
  for (const { key, value } of file.meta) lines.push(row([key, value]));
  lines.push('PROJECTS', row(file.projectColumns));
  for (const project of file.projects) lines.push(row(file.projectColumns.map((column) => projectValue(project, column))));
  lines.push('VOTES', row(file.voteColumns));
  for (const vote of file.votes) lines.push(row(file.voteColumns.map((column) => voteValue(vote, column))));
  const text = lines.join(lineEnding);
  return (file.layout?.finalNewline ?? true) ? text + lineEnding : text;
}

function row(values: readonly string[]): string {
  return values.map(formatField).join(';');
}

function projectValue(project: PabulibProject, column: string): string {
  if (column === 'project_id') return project.id;
  if (column === 'cost') {
    if (!Number.isSafeInteger(project.cost) || project.cost < 0) {
      throw new PabulibDataError(`project ${project.id} has cost ${project.cost}; a .pb cost is a whole number of currency units`);
    }
    return String(project.cost);
  }
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
