/** Why the bundler could not be started; `reason` lets callers add their own advice. */
export class BundlerStartError extends Error {
  override name = 'BundlerStartError';
  constructor(
    readonly reason: 'rpc-unreachable' | 'no-entry-point' | 'port-taken' | 'not-installed' | 'exited' | 'timeout',
    message: string,
    /** Alto's last lines of output, when it got as far as printing any. */
    readonly output: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(output.length === 0 ? message : `${message}\nAlto's last output:\n  ${output.join('\n  ')}`, options);
  }
}
