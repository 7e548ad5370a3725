import { PolityServerError, PolityServerUnreachableError } from './errors.js';

/** A server URL without its trailing slashes, so that paths can be appended. */
export function serverBase(serverUrl: string): string {
  return serverUrl.replace(/\/+$/, '');
}

/**
 * One request to a Polity server: a network failure becomes {@link PolityServerUnreachableError}, an
 * error answer (`{ error: { code, message } }`) a {@link PolityServerError}. `accept` lists statuses
 * the caller handles itself (404 for "not published").
 */
export async function requestServer(url: string, init: RequestInit = {}, { accept = [] }: { accept?: readonly number[] } = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    throw new PolityServerUnreachableError({ url, cause });
  }
  if (response.ok || accept.includes(response.status)) return response;
  throw await serverErrorOf(response, url);
}

async function serverErrorOf(response: Response, url: string): Promise<PolityServerError> {
  const text = await response.text().catch(() => '');
  let code = `http_${response.status}`;
  let message = text.trim().slice(0, 500) || `HTTP ${response.status} ${response.statusText}`;
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    // Not the server's JSON (a proxy's page): its text is the best message there is.
  }
  return new PolityServerError({ status: response.status, code, message, url });
}
