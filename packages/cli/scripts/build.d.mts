/** Types of build.mjs, for the tests and benchmarks that build the binary (see build.mjs). */
export declare const dist: string;
/** packages/cli/dist/main.js, the `polity` binary. */
export declare const binary: string;
export declare const buildInputs: readonly string[];
export declare function newest(path: string): number;
export declare function buildIsStale(): boolean;
/**
 * Builds dist, or `outdir` (a tarball's staging folder), emptied first with `clean`; resolves with the
 * binary's path relative to the working directory.
 */
export declare function buildCli(options?: { clean?: boolean; outdir?: string }): Promise<string>;
