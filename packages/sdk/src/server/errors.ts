import type { Hex } from 'viem';
import { PolityError } from '../chain/errors/base.js';

/** The Polity server answered with an error: `code` and the server's message say what to fix. */
export class PolityServerError extends PolityError {
  override name = 'PolityServerError';
  /** The HTTP status (400, 401, 403, 404, 409, 413, 415, 5xx). */
  readonly status: number;
  /** The server's error code (`hash_mismatch`, `stale_signature`, `not_allowed`, ...). */
  readonly code: string;
  /** The server's own message, as it sent it. */
  readonly serverMessage: string;
  readonly url: string;

  constructor({ status, code, message, url }: { status: number; code: string; message: string; url: string }) {
    super(`${message} (the Polity server at ${url} answered ${status} ${code})`);
    this.status = status;
    this.code = code;
    this.serverMessage = message;
    this.url = url;
  }
}

/** The Polity server could not be reached at all (refused, unknown host, cut off). */
export class PolityServerUnreachableError extends PolityError {
  override name = 'PolityServerUnreachableError';
  readonly url: string;

  constructor({ url, cause }: { url: string; cause: unknown }) {
    const reason = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
    super(`the Polity server cannot be reached at ${url} (${reason}): check the server URL and that the server is running`, { cause });
    this.url = url;
  }
}

/** The server answered bytes that are not the ones published under the hash: they are not used. */
export class PolityContentMismatchError extends PolityError {
  override name = 'PolityContentMismatchError';
  readonly hash: Hex;
  /** keccak256 of what the server sent. */
  readonly receivedHash: Hex;
  readonly url: string;

  constructor({ hash, receivedHash, url }: { hash: Hex; receivedHash: Hex; url: string }) {
    super(`${url} answered content whose hash is ${receivedHash}, not ${hash}: the server is faulty or was tampered with, so its answer is not used; read the content from another server`);
    this.hash = hash;
    this.receivedHash = receivedHash;
    this.url = url;
  }
}
