import { isAbsolute, relative } from 'node:path';
import type { CliIo } from '../io.js';

/** A path under the working directory relative to it, any other in full. */
export function shownPath(path: string, io: CliIo): string {
  const relativePath = relative(io.cwd, path);
  return relativePath === '' ? '.' : relativePath.startsWith('..') || isAbsolute(relativePath) ? path : relativePath;
}
