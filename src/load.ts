import { parseJsonText } from './model/json.js';
import type { TimelineIssue } from './model/types.js';

/** How a load is bounded. */
export interface TimelineLoadOptions {
  signal: AbortSignal;
  /** Give up after this many ms without a complete answer. */
  timeoutMs: number;
  /** Refuse bodies larger than this many bytes. */
  maxBytes: number;
}

/** A fetched and JSON-parsed body, or a described failure. Aborts are rethrown, never described. */
export type TimelineFetchResult =
  | { ok: true; value: unknown; url: string }
  | { ok: false; message: string; errors: TimelineIssue[]; status?: number };

function failure(message: string, status?: number): TimelineFetchResult {
  return { ok: false, message, errors: [{ path: '(file)', message }], status };
}

/**
 * Fetches a timeline's JSON with same-origin credentials only, a timeout and a size cap, and
 * parses it with `JSON.parse` alone. Every failure (status, network, timeout, size, content
 * that is not JSON) becomes a sentence; only an abort by the caller escapes, as an
 * `AbortError`, so that a replaced load stays silent.
 */
export async function fetchTimelineJson(src: string, options: TimelineLoadOptions): Promise<TimelineFetchResult> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
  const onAbort = () => timeout.abort();
  options.signal.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(src, { signal: timeout.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (timeout.signal.aborted) return failure(`The data at ${src} did not arrive within ${Math.round(options.timeoutMs / 1000)} seconds.`);
      return failure(`Could not reach ${src}: the network request failed.`);
    }
    if (!response.ok) {
      return failure(`The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${src}.`, response.status);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > options.maxBytes) return failure(tooLarge(src, options.maxBytes), response.status);
    let text: string;
    try {
      text = await readText(response, options.maxBytes);
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (timeout.signal.aborted) return failure(`The data at ${src} did not arrive within ${Math.round(options.timeoutMs / 1000)} seconds.`);
      if (error instanceof RangeError) return failure(tooLarge(src, options.maxBytes), response.status);
      return failure(`The connection to ${src} broke before the data was complete.`, response.status);
    }
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      const type = response.headers.get('content-type') ?? 'no content type';
      const message = `The file at ${src} is not valid JSON (${type}): ${parsed.error.message}`;
      return { ok: false, message, errors: [parsed.error], status: response.status };
    }
    return { ok: true, value: parsed.value, url: response.url || src };
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
  }
}

function tooLarge(src: string, maxBytes: number): string {
  return `The file at ${src} is larger than the limit of ${Math.round(maxBytes / 1_000_000)} MB.`;
}

/** Reads a body as UTF-8 text, stopping with a RangeError once it passes `maxBytes`. */
async function readText(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
