import { randomBytes } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Hex } from 'viem';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { polityFolder, slug } from '../polity-file.js';

/**
 * The council's credential salt: 32 secret bytes mixed into every credential commitment, so that the
 * public commitments cannot be tested against guessed document numbers. POLITY_CREDENTIAL_SALT, else
 * `--salt-file`, else `.polity/<polity>.salt`, created (readable by its owner only) on first use. The
 * same salt must be used for every import into a polity: with another salt, the same credential is a
 * different commitment and the registry can no longer refuse it twice. So a salt is created only for a
 * polity nobody was admitted to yet (`admittedBefore` counts the residents an earlier import admitted).
 */
export async function credentialSalt(io: CliIo, polityName: string, saltFile: string | undefined, admittedBefore: () => Promise<bigint>): Promise<Hex> {
  const fromEnv = io.env['POLITY_CREDENTIAL_SALT'];
  if (fromEnv !== undefined && fromEnv !== '') return checkSalt(fromEnv.trim(), 'POLITY_CREDENTIAL_SALT');
  const path = saltFile === undefined ? join(io.cwd, polityFolder, `${slug(polityName)}.salt`) : isAbsolute(saltFile) ? saltFile : resolve(io.cwd, saltFile);
  try {
    return checkSalt((await readFile(path, 'utf8')).trim(), relative(io.cwd, path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (saltFile !== undefined) throw new CliError(`cannot read the salt file ${saltFile}: no such file`, 'Give the file the council keeps its credential salt in (drop --salt-file to create one).', 1, { cause: error });
  }
  const admitted = await admittedBefore();
  if (admitted > 0n) {
    throw new CliError(
      `${polityName} already has ${admitted} ${admitted === 1n ? 'resident' : 'residents'} admitted with the council's credential salt, and ${relative(io.cwd, path)} does not exist: a new salt would give the same credential another commitment, so a resident could be admitted twice`,
      `Give the salt the earlier import used: set POLITY_CREDENTIAL_SALT=0x... (64 hexadecimal digits), or pass --salt-file <file> (the first import created it as .polity/${slug(polityName)}.salt in the directory it ran from). Nothing was sent.`,
    );
  }
  const salt: Hex = `0x${randomBytes(32).toString('hex')}`;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${salt}\n`, { mode: 0o600, flag: 'wx' });
  io.err(`created the council's credential salt in ${relative(io.cwd, path)}: keep it safe and use it for every import into this polity\n`);
  return salt;
}

function checkSalt(text: string, where: string): Hex {
  if (!/^0x[0-9a-fA-F]{64}$/.test(text)) throw new CliError(`the credential salt in ${where} is not 32 bytes of hex`, 'A salt is 0x followed by 64 hexadecimal digits; restore the council\'s salt file.');
  return text as Hex;
}
