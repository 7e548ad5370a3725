import { access } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import {
  completions,
  excludedByCostShare,
  explainPabulibEqualShares,
  greedy,
  greedyNoSkip,
  greedyThreshold,
  PabulibDataError,
  PabulibEncodingError,
  pabulibElection,
  pabulibEqualShares,
  pabulibRule,
  pabulibSupportThreshold,
  type Completion,
  type Election,
  type EqualSharesOptions,
  type PabulibFile,
  type PabulibWarning,
  type Utilities,
} from '@polity/sdk';
import { readPabulibFile } from '@polity/sdk/pabulib/node';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { tallyJson, type TallyResult } from './json.js';
import { tallyText } from './text.js';

export const tallyRules = ['greedy', 'greedy-no-skip', 'greedy-threshold', 'mes', 'auto'] as const;
export type TallyRule = (typeof tallyRules)[number];
type CountingRule = Exclude<TallyRule, 'auto'>;

interface TallyOptions {
  /** Absent: `auto`, counted as the file says (the rule a city used is the one a recount should use). */
  readonly rule?: TallyRule;
  readonly completion?: Completion;
  readonly comparison?: boolean;
  readonly utilities?: Utilities;
  readonly threshold?: number;
  readonly exclude?: string[];
  readonly costShareEligibility?: number;
  readonly json?: boolean;
  readonly explain?: boolean;
  readonly strict?: boolean;
  readonly encoding?: string;
}

/** Warnings printed one by one before the rest are counted: a Warsaw file can repeat projects on thousands of ballots. */
const warningsShown = 20;

/** `polity tally <file.pb> --rule ...`: the outcome of an election under a budgeting rule. */
export function registerTally(program: Command, io: CliIo): void {
  program
    .command('tally')
    .description('compute the outcome of a participatory-budgeting election from a pabulib .pb (or .pb.gz) file')
    .argument('<file>', 'pabulib file, .pb or gzip-compressed .pb.gz')
    .addOption(new Option('--rule <rule>', 'counting rule (default auto: the rule the file\'s META rule names)').choices(tallyRules))
    .addOption(new Option('--completion <completion>', 'mes: how unspent money is used (default add1-exhaustive)').choices(completions))
    .option('--comparison', 'mes: use greedy instead if more voters prefer its outcome')
    .addOption(new Option('--utilities <utilities>', 'mes: utility of a supporter (default cost)').choices(['cost', 'cardinality']))
    .option('--threshold <support>', 'greedy-threshold: minimum support to be funded (default: META min_project_score_threshold)', wholeNumber('--threshold'))
    .option('--exclude <ids>', 'comma-separated projects that may not be funded', (text: string) => text.split(',').map((id) => id.trim()).filter((id) => id !== ''))
    .option('--cost-share-eligibility <factor>', 'exclude projects whose share of voters is below cost / (factor × budget), as Świecie 2023 with 3', wholeNumber('--cost-share-eligibility'))
    .option('--json', 'print one JSON object on stdout instead of a table')
    .option('--explain', 'say round by round why each project was or was not funded')
    .option('--strict', 'refuse what is otherwise read with a warning (a project twice on a ballot, a misspelled section title, empty extra fields)')
    .option('--encoding <encoding>', 'encoding of a file that is not UTF-8 and has no byte-order mark (windows-1250, iso-8859-2, utf-16le, ...)')
    .action(async (file: string, given: TallyOptions) => {
      checkCombination(given);
      const options = { ...given, rule: given.rule ?? 'auto', ruleGiven: given.rule !== undefined };
      const warnings: PabulibWarning[] = [];
      const pabulib = await readInput(file, io, options, warnings);
      reportWarnings(file, warnings, io);
      const election = pabulibElection(pabulib);
      const result = tally(pabulib, election, options);
      io.out(options.json === true ? `${JSON.stringify(tallyJson(result, file, options.explain === true), null, 2)}\n` : tallyText(result, file, options.explain === true));
    });
}

function tally(pabulib: PabulibFile, election: Election, options: TallyOptions & { readonly rule: TallyRule; readonly ruleGiven: boolean }): TallyResult {
  const excluded = [...(options.exclude ?? [])];
  if (options.costShareEligibility !== undefined) excluded.push(...excludedByCostShare(election, { factor: options.costShareEligibility }));
  const unknown = excluded.find((id) => !election.projects.some((project) => project.id === id));
  if (unknown !== undefined) throw new CliError(`--exclude names project '${unknown}', which is not in the file`, 'Use the ids of the PROJECTS section (column project_id).');
  const common = { excluded: [...new Set(excluded)] };
  const { rule, label, completion, comparison } = options.rule === 'auto' ? ruleFromMeta(pabulib, options.ruleGiven) : { rule: options.rule, label: undefined, completion: options.completion, comparison: options.comparison };
  const labelled = label === undefined ? {} : { label };
  if (options.threshold !== undefined && rule !== 'greedy-threshold') {
    throw new CliError(`--threshold applies to greedy-threshold only, and the file's META rule is ${label ?? rule}`, 'Drop --threshold.', 2);
  }
  switch (rule) {
    case 'greedy':
      return { pabulib, rule: 'greedy', outcome: greedy(election, common), ...labelled };
    case 'greedy-no-skip':
      return { pabulib, rule: 'greedy-no-skip', outcome: greedyNoSkip(election, common), ...labelled };
    case 'greedy-threshold': {
      const threshold = options.threshold ?? pabulibSupportThreshold(pabulib);
      if (threshold === undefined) {
        throw new CliError('greedy-threshold needs a minimum support', 'Pass --threshold N, or add min_project_score_threshold;N to the META section.', 2);
      }
      return { pabulib, rule: 'greedy-threshold', outcome: greedyThreshold(election, { ...common, threshold }), ...labelled };
    }
    case 'mes': {
      const settings: EqualSharesOptions = {
        ...common,
        completion: completion ?? 'add1-exhaustive',
        comparison: comparison === true,
        utilities: options.utilities ?? 'cost',
      };
      // Add1 raises shares by one currency unit also when the file counts in grosze (see pabulibEqualShares).
      return options.explain === true
        ? { pabulib, rule: 'mes', explanation: explainPabulibEqualShares(pabulib, settings, election), ...labelled }
        : { pabulib, rule: 'mes', outcome: pabulibEqualShares(pabulib, settings, election), ...labelled };
    }
  }
}

/** `--rule auto`: the rule, completion and comparison step the file's META `rule` names. */
function ruleFromMeta(pabulib: PabulibFile, ruleGiven: boolean): { rule: CountingRule; label: string; completion?: Completion; comparison?: boolean } {
  try {
    const named = pabulibRule(pabulib);
    return named.rule === 'equal-shares' ? { rule: 'mes', label: named.label, completion: named.completion, comparison: named.comparison } : { rule: named.rule, label: named.label };
  } catch (error) {
    if (!(error instanceof PabulibDataError)) throw error;
    throw new CliError(ruleGiven ? `--rule auto: ${error.message}` : `without --rule, tally counts by the file's META rule, and ${error.message.replace(/^the rule/, 'its rule')}`, 'Name the rule instead: --rule greedy, greedy-no-skip, greedy-threshold or mes (with --completion and --comparison as the city counted).', 1, { cause: error });
  }
}

/** Options that only mean something for some rules are refused elsewhere rather than ignored. */
function checkCombination(options: TallyOptions): void {
  if (options.rule !== 'mes') {
    for (const [flag, given] of [
      ['--completion', options.completion],
      ['--comparison', options.comparison],
      ['--utilities', options.utilities],
    ] as const) {
      if (given === undefined) continue;
      if (options.rule === undefined) throw new CliError(`${flag} needs --rule mes: without --rule, tally counts exactly as the file's META rule says`, `Add --rule mes, or drop ${flag}.`, 2);
      if (options.rule === 'auto') throw new CliError(`${flag} does not go with --rule auto, which counts exactly as the file's META rule says`, `Drop ${flag}, or count with --rule mes.`, 2);
      throw new CliError(`${flag} applies to --rule mes only`, `Drop ${flag}, or count with --rule mes.`, 2);
    }
  }
  if (options.rule !== 'greedy-threshold' && options.rule !== 'auto' && options.rule !== undefined && options.threshold !== undefined) {
    throw new CliError('--threshold applies to --rule greedy-threshold only', 'Drop --threshold, or count with --rule greedy-threshold.', 2);
  }
}

/** The first warnings one per line, then how many more; stderr, so `--json` output stays one object. */
function reportWarnings(file: string, warnings: readonly PabulibWarning[], io: CliIo): void {
  for (const warning of warnings.slice(0, warningsShown)) io.err(`warning: ${file}: line ${warning.line}: ${warning.problem}\n`);
  if (warnings.length > warningsShown) io.err(`warning: ${file}: ${warnings.length - warningsShown} more like these (${warnings.length} in all)\n`);
  if (warnings.length > 0) io.err('The file was read as shown above; pass --strict to refuse such a file instead.\n');
}

/** Reads the file, resolving a relative path against the working directory (or where pnpm was started). */
async function readInput(file: string, io: CliIo, options: TallyOptions, warnings: PabulibWarning[]): Promise<PabulibFile> {
  const path = await locate(file, io);
  try {
    return await readPabulibFile(path, {
      strict: options.strict === true,
      onWarning: (warning) => warnings.push(warning),
      ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    });
  } catch (error) {
    if (error instanceof PabulibEncodingError) {
      const hint = error.likelyEncoding === undefined ? 'Check --encoding, or convert the file to UTF-8.' : `Pass --encoding ${error.likelyEncoding} if that is its encoding, or convert the file to UTF-8.`;
      throw new CliError(error.message, hint, 1, { cause: error });
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new CliError(`${file} is a directory, not a .pb file`, undefined, 1, { cause: error });
    if (code === 'EACCES') throw new CliError(`cannot read ${file}: permission denied`, undefined, 1, { cause: error });
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') throw new CliError(`${file} looks gzip-compressed but cannot be decompressed`, 'Check that the download is complete, or pass the uncompressed .pb file.', 1, { cause: error });
    throw error;
  }
}

async function locate(file: string, io: CliIo): Promise<string> {
  const candidates = isAbsolute(file) ? [file] : [resolve(io.cwd, file), ...(io.env['INIT_CWD'] === undefined ? [] : [resolve(io.env['INIT_CWD'], file)])];
  for (const candidate of candidates) {
    try {
      await access(candidate);
      return candidate;
    } catch {
      // try the next place
    }
  }
  throw new CliError(
    `cannot read ${file}: no such file`,
    `Check the path${isAbsolute(file) ? '' : ' (relative paths start from the current directory: the repository root under pnpm polity)'}; the files used in the tests are in test/data/pabulib/.`,
  );
}

function wholeNumber(flag: string): (text: string) => number {
  return (text) => {
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw new CliError(`${flag} is '${text}', expected a whole number`, undefined, 2);
    return Number(text);
  };
}
