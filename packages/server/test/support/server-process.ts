/** Starts {@link ./serve-from-config.ts} in a child process and waits for the URL it prints. */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves when the process has exited. */
  readonly exited: Promise<void>;
  /** SIGKILL (nothing flushed, nothing closed) or SIGTERM (graceful), and wait for the exit. */
  kill(signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '../..');

export function startServerProcess(configFile: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'serve-from-config.ts'), configFile], {
    cwd: packageDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise((done, fail) => {
    let stdout = '';
    const onData = (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = /^(http:\/\/\S+)\n/m.exec(stdout);
      if (!line) return;
      child.stdout!.off('data', onData);
      done({
        url: line[1]!,
        child,
        exited,
        kill: async (signal) => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    void exited.then(() => fail(new Error(`the server process exited before it listened (code ${child.exitCode}, signal ${child.signalCode}):\n${stderr}`)));
  });
}
