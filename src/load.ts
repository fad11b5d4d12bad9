import { JsonReader } from './model/json.js';
import { pauseAfterSlice } from './model/slices.js';
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

/** Used when the element's `timeout` is not a positive number. */
export const DEFAULT_LOAD_TIMEOUT_MS = 15_000;

/** Used when the element's `max-bytes` is not a positive number. */
export const DEFAULT_MAX_BYTES = 20_000_000;

/** Bytes given to the text decoder at a time. */
const DECODE_BYTES = 1 << 16;

/** The longest delay `setTimeout` keeps; a longer one would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

function failure(message: string, status?: number, path = '(file)'): TimelineFetchResult {
  return { ok: false, message, errors: [{ path, message }], status };
}

/**
 * Fetches a timeline's JSON with same-origin credentials only, a timeout and a size cap, and
 * parses it as it arrives (`JsonReader`), with a pause whenever more than a few ms have passed.
 * Every failure (status, network, timeout, size, content that is not JSON) becomes a sentence;
 * only an abort by the caller escapes (with the signal's reason), so that a replaced load stays
 * silent. The timeout bounds the transfer, reading included, not the checks that follow.
 */
export async function fetchTimelineJson(src: string, options: TimelineLoadOptions): Promise<TimelineFetchResult> {
  // An attribute that is not a positive number (`timeout="abc"` reads as NaN) keeps the default
  // rather than failing every load at once or lifting the size cap.
  const timeoutMs = Math.min(options.timeoutMs > 0 ? options.timeoutMs : DEFAULT_LOAD_TIMEOUT_MS, MAX_TIMER_MS);
  const maxBytes = options.maxBytes > 0 ? options.maxBytes : DEFAULT_MAX_BYTES;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  options.signal.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(src, { signal: timeout.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (timeout.signal.aborted) return failure(tooSlow(src, timeoutMs));
      return failure(`Could not reach ${src}: the network request failed.`);
    }
    if (!response.ok) {
      return failure(`The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${src}.`, response.status);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      void response.body?.cancel().catch(() => {});
      return failure(tooLarge(src, maxBytes), response.status);
    }
    const reader = new JsonReader();
    try {
      await readBody(response, maxBytes, reader);
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (timeout.signal.aborted) return failure(tooSlow(src, timeoutMs), response.status);
      if (error instanceof RangeError) return failure(tooLarge(src, maxBytes), response.status);
      return failure(`The connection to ${src} broke before the data was complete.`, response.status);
    }
    const type = response.headers.get('content-type') || 'no content type';
    const parsed = reader.end();
    if (!parsed.ok) {
      // "The file at data.json (text/html) is not valid JSON at line 1, column 1 (unexpected "<")."
      const message = `The file at ${src} (${type}) ${parsed.error.message.replace(/^the file /, '')}.`;
      return { ok: false, message, errors: [parsed.error], status: response.status };
    }
    const value = parsed.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      const found = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
      const message = `The file at ${src} holds ${found}, not an object with "title" and "events".`;
      return failure(message, response.status, '(root)');
    }
    return { ok: true, value, url: response.url || src };
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
  }
}

function tooSlow(src: string, timeoutMs: number): string {
  const seconds = timeoutMs / 1000;
  const shown = Number(seconds.toFixed(seconds < 1 ? 2 : 1));
  return `The data at ${src} did not arrive within ${shown} ${shown === 1 ? 'second' : 'seconds'}.`;
}

function tooLarge(src: string, maxBytes: number): string {
  return `The file at ${src} is larger than the limit of ${formatBytes(maxBytes)}.`;
}

/** `20 MB`, `1.5 kB`, `900 bytes`: the limit as a reader would write it, never rounded to 0. */
function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  if (bytes >= 1_000) return `${Number((bytes / 1_000).toFixed(1))} kB`;
  return `${Math.floor(bytes)} ${Math.floor(bytes) === 1 ? 'byte' : 'bytes'}`;
}

/**
 * Reads a body as UTF-8 text into `reader` as it arrives, with a pause whenever more than a few
 * ms have passed, stopping with a RangeError once it passes `maxBytes`.
 */
async function readBody(response: Response, maxBytes: number, reader: JsonReader): Promise<void> {
  const body = response.body?.getReader();
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  let sliceStart = performance.now();
  for (;;) {
    const { done, value } = body ? await body.read() : { done: true as const, value: undefined };
    if (done) return reader.push(decoder.decode());
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await body!.cancel();
      throw new RangeError('too large');
    }
    // 64 KB at a time: decoding takes half as long as in chunks of a few MB, and a body that is
    // already here arrives without a task boundary between its chunks.
    for (let at = 0; at < value.length; at += DECODE_BYTES) {
      reader.push(decoder.decode(value.subarray(at, at + DECODE_BYTES), { stream: true }));
      sliceStart = await pauseAfterSlice(sliceStart);
    }
  }
}
