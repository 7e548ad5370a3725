import { PolityContentMismatchError, PolityInvalidInputError, PolityServerError, PolityServerUnreachableError, publishContent, readContent, type PolityAddresses } from '@polity/sdk';
import type { Connection } from '../chain/connection.js';
import { reasonOf } from '../council/failure.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { plural } from '../output/format.js';
import { ProgressBar } from '../output/progress.js';
import type { PublicText } from './public-text.js';

/** Where texts are published: the city's server, for one polity, signed by the command's account (the council's). */
export interface PublishingTarget {
  readonly connection: Connection;
  readonly polity: PolityAddresses;
  readonly serverUrl: string;
}

/**
 * Publishes texts before the transactions that put their hashes on chain: a resident who finds a hash
 * there can always read what it stands for. The first failure stops the command, so that nothing is
 * sent with a hash the server does not hold; `stopped` tells the person what that left undone.
 */
export async function publishBeforeSending(target: PublishingTarget, texts: readonly PublicText[], io: CliIo, stopped: string): Promise<void> {
  if (texts.length === 0) return;
  const progress = new ProgressBar({ write: io.err, interactive: io.interactive === true }, 'publishing texts', texts.length);
  for (const text of texts) {
    try {
      await publishOne(target, text);
    } catch (error) {
      progress.finish();
      throw publishingFailure(error, target.serverUrl, text, stopped);
    }
    progress.tick();
  }
  progress.finish();
  io.out(`published ${plural(texts.length, 'text')} on ${target.serverUrl}\n`);
}

export interface PublishReport {
  readonly published: readonly PublicText[];
  readonly alreadyThere: readonly PublicText[];
  readonly refused: readonly { readonly text: PublicText; readonly reason: string }[];
}

/**
 * Publishes the texts the server does not hold yet (asked first, one by one), going on past a text it
 * refuses; a server that cannot be reached, or fails (5xx), stops it.
 */
export async function publishMissing(target: PublishingTarget, texts: readonly PublicText[], io: CliIo): Promise<PublishReport> {
  const report = { published: [] as PublicText[], alreadyThere: [] as PublicText[], refused: [] as { text: PublicText; reason: string }[] };
  const progress = new ProgressBar({ write: io.err, interactive: io.interactive === true }, 'texts', texts.length);
  for (const text of texts) {
    try {
      if ((await readContent(target.serverUrl, text.contentHash)) !== undefined) {
        report.alreadyThere.push(text);
      } else {
        await publishOne(target, text);
        report.published.push(text);
      }
    } catch (error) {
      // A refusal is about this text; a failing server (5xx: its database or chain unavailable) would fail every text, so it stops.
      const refusal = (error instanceof PolityServerError && error.status < 500) || error instanceof PolityContentMismatchError || error instanceof PolityInvalidInputError;
      if (refusal) {
        report.refused.push({ text, reason: error instanceof PolityServerError ? `${error.serverMessage} (${error.status} ${error.code})` : error.shortMessage });
      } else {
        progress.finish();
        const done = report.published.length + report.alreadyThere.length + report.refused.length;
        throw publishingFailure(error, target.serverUrl, text, `${plural(report.published.length, 'text')} published before it; ${plural(texts.length - done, 'text')} not tried. Run the command again: texts the server holds are skipped.`);
      }
    }
    progress.tick();
  }
  progress.finish();
  return report;
}

async function publishOne(target: PublishingTarget, text: PublicText): Promise<void> {
  const hash = await publishContent(target.connection.client, { serverUrl: target.serverUrl, polity: target.polity, content: text.text });
  // The chain will hold `contentHash`: the server must have stored the text under that very hash.
  if (hash !== text.contentHash.toLowerCase()) throw new CliError(`${text.what} was published under ${hash}, not under its content hash ${text.contentHash}`, 'Its text is not the one that was hashed: this is a defect, please report it.');
}

function publishingFailure(error: unknown, serverUrl: string, text: PublicText, stopped: string): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof PolityServerUnreachableError) {
    return new CliError(`the Polity server cannot be reached at ${serverUrl}: ${causeOf(error)}`, `Check --server (or POLITY_SERVER) and that the server runs (polity serve --config <file>). ${stopped}`, 1, { cause: error });
  }
  if (error instanceof PolityServerError) {
    const verb = error.status >= 500 ? 'failed to take' : 'refused';
    return new CliError(`the Polity server at ${serverUrl} ${verb} ${text.what}: ${error.serverMessage} (${error.status} ${error.code})`, `${refusalHint(error)}${stopped}`, 1, { cause: error });
  }
  return new CliError(`publishing ${text.what} on ${serverUrl} failed: ${reasonOf(error)}`, stopped, 1, { cause: error });
}

function refusalHint(error: PolityServerError): string {
  if (error.status === 401 || error.status === 403) {
    return 'The texts are signed by the account the command sends from (--private-key): the server takes them from the council, round managers, the registrar and residents of the polity it serves. Is --server the server of this polity? ';
  }
  if (error.status === 413) return 'The server\'s content.maxTextBytes is smaller than this text: shorten it, or raise the limit in the server\'s configuration. ';
  return '';
}

function causeOf(error: PolityServerUnreachableError): string {
  const cause = error.cause;
  const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
  const code = (inner as { code?: unknown } | undefined)?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'unknown host';
  return inner instanceof Error ? inner.message : String(inner);
}

/**
 * Whether the server answers at all (`/health`), for commands that send transactions before they have
 * texts to publish (a replay deploys its polity first): an unreachable server stops them before anything.
 */
export async function requireServerAnswers(serverUrl: string, stopped: string): Promise<void> {
  let answer: Response;
  try {
    answer = await fetch(`${serverUrl}/health`);
  } catch (error) {
    throw new CliError(`the Polity server cannot be reached at ${serverUrl}: ${causeOf(new PolityServerUnreachableError({ url: serverUrl, cause: error }))}`, `Check --server (or POLITY_SERVER) and that the server runs (polity serve --config <file>). ${stopped}`, 1, { cause: error });
  }
  const body = (await answer.json().catch(() => undefined)) as { status?: unknown } | undefined;
  if (!answer.ok || body?.status !== 'ok') {
    throw new CliError(`${serverUrl} is not a Polity server that is up: /health answered ${answer.status}`, `Check --server (or POLITY_SERVER). ${stopped}`);
  }
}
