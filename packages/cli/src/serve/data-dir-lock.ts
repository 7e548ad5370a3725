import { open, readFile, rm } from 'node:fs/promises';
import { CliError } from '../errors.js';

/** Held while a server has the embedded database open. */
export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * The embedded database (PGlite) does not lock its folder, and two processes writing to one folder
 * silently lose writes. So `serve` keeps `<dataDir>.lock` (beside the folder, which must hold only the
 * database's own files) with its process id while it runs; a lock whose process has gone (a crash) is
 * taken over.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
    if (Number.isSafeInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
      throw new CliError(
        `another server (process ${holder}) has the embedded database in ${dataDir} open`,
        `Stop that one first: two servers on one embedded database lose writes. If no server runs, delete ${path}.`,
      );
    }
    // Left behind by a server that did not stop cleanly: take it over.
    await rm(path, { force: true });
  }
  throw new CliError(`cannot lock the embedded database in ${dataDir}: ${path} keeps coming back`, `Check which process writes ${path}.`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
