import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from '@wagmi/cli';

export interface BytecodePluginConfig {
  /** The forge artifacts directory (`out/`). */
  readonly artifacts: string;
  /** Contract names whose creation code the SDK deploys. */
  readonly contracts: readonly string[];
}

/**
 * Emits `<contract>Bytecode` constants (creation code) for the few contracts the SDK deploys itself,
 * read from forge's artifacts like the ABIs are, so that no bytecode is ever copied by hand.
 */
export function bytecode(config: BytecodePluginConfig): Plugin {
  return {
    name: 'Bytecode',
    async run() {
      const constants: string[] = [];
      for (const name of config.contracts) {
        const path = join(config.artifacts, `${name}.sol`, `${name}.json`);
        const artifact = JSON.parse(await readFile(path, 'utf8')) as { bytecode?: { object?: string } };
        const code = artifact.bytecode?.object;
        if (!code || code === '0x') {
          // Some forge commands leave ABI-only artifacts that a plain `forge build` then considers fresh.
          throw new Error(`${path} has no creation code: rebuild the contracts with \`pnpm exec forge build --force\` at the repository root`);
        }
        const constant = `${name.charAt(0).toLowerCase()}${name.slice(1)}Bytecode`;
        constants.push(`/** Creation code of ${name}. */\nexport const ${constant} = '${code}' as const`);
      }
      return { content: constants.join('\n\n') };
    },
  };
}
