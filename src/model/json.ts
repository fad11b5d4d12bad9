import { runAtOnce } from './slices.js';
import type { TimelineIssue } from './types.js';

/** How long a quoted value may get in a message before it is cut. */
const QUOTE_MAX_CHARS = 80;

/**
 * Quotes a string as JSON would write it, cut to about 80 characters, so that messages show the
 * offending value exactly (escapes included) without echoing a 10 MB string. The cut never splits
 * a surrogate pair, and a cut value ends in `…` inside the quotes.
 */
export function quoteForMessage(value: string, maxChars = QUOTE_MAX_CHARS): string {
  if (value.length <= maxChars) return JSON.stringify(value);
  let end = maxChars - 1;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return JSON.stringify(value.slice(0, end) + '…');
}

/** What `parseJsonText` gives: the parsed value, or one issue at the path `(file)`. */
export type JsonTextResult = { ok: true; value: unknown } | { ok: false; error: TimelineIssue };

/**
 * Parses the text of a data file, turning every failure into one issue at the path `(file)`:
 * an empty body says so, and a syntax error names its line and column and what is there. Use it
 * for fetched text before `parseTimeline`; a UTF-8 byte order mark is accepted and dropped.
 */
export function parseJsonText(text: string): JsonTextResult {
  return runAtOnce(readJsonSteps(text));
}

/**
 * `parseJsonText` as a generator of steps of a few ms each, for `runInSlices`. A text of over
 * 4 M characters is first checked against the JSON grammar, which also finds where the array
 * values of the top-level object start and where each of their elements ends; `JSON.parse` then
 * reads the rest of the text, and those arrays a run of elements at a time. A smaller text goes
 * to `JSON.parse` whole, and is checked only when that fails, to say where it goes wrong. The
 * value is the one `JSON.parse` gives.
 */
export function* readJsonSteps(text: string): Generator<void, JsonTextResult> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fail = (message: string): JsonTextResult => ({ ok: false, error: { path: '(file)', message } });
  if (body.trim() === '') return fail('the file is empty');
  const isBig = body.length > ONE_GO_CHARS;
  const arrays: JsonArraySpan[] = [];
  let offset = isBig ? yield* scanJson(body, arrays) : -1;
  let reason = '';
  if (offset < 0) {
    try {
      return { ok: true, value: yield* parseInParts(body, arrays) };
    } catch (error) {
      // After a scan, only an engine limit gets here.
      reason = error instanceof Error ? error.message : String(error);
    }
    if (!isBig) offset = yield* scanJson(body, []);
  }
  if (offset < 0) return fail(`the file could not be read: ${reason}`);
  const [line, column] = lineColumnAt(body, offset);
  const what = offset < body.length ? `unexpected ${JSON.stringify(String.fromCodePoint(body.codePointAt(offset)!))}` : 'the text ends too early';
  return fail(`the file is not valid JSON at line ${line}, column ${column} (${what})`);
}

/** Up to this many characters, about 50 ms of `JSON.parse`, a text is parsed in one go. */
const ONE_GO_CHARS = 1 << 22;

/** Characters of array elements given to one `JSON.parse`. */
const PART_CHARS = 1 << 16;

/**
 * `JSON.parse` of text that passed `scanJson`, a part at a time: first the text with the
 * top-level object's array values emptied, then each of those arrays in runs of elements of
 * about 64 K characters, with a pause before each run. When a key repeats, the last one wins,
 * as in `JSON.parse`.
 */
export function* parseInParts(text: string, arrays: readonly JsonArraySpan[]): Generator<void, unknown> {
  let outline = '';
  let from = 0;
  for (const { open, ends } of arrays) {
    outline += text.slice(from, open + 1);
    from = ends[ends.length - 1];
  }
  const root = JSON.parse(outline + text.slice(from)) as Record<string, unknown>;
  for (const { keyStart, keyEnd, open, ends } of arrays) {
    // An own property, `__proto__` included: JSON.parse defines keys, it does not assign them.
    const list = root[JSON.parse(text.slice(keyStart, keyEnd)) as string];
    // A later value under the same key won, and it is not an array.
    if (!Array.isArray(list)) continue;
    list.length = 0;
    let start = open + 1;
    for (let k = 0; k < ends.length; k++) {
      if (ends[k] - start < PART_CHARS && k < ends.length - 1) continue;
      yield;
      for (const item of JSON.parse(`[${text.slice(start, ends[k])}]`) as unknown[]) list.push(item);
      start = ends[k] + 1;
    }
  }
  return root;
}

/** An array that is a value of the top-level object, found by `scanJson`. */
export interface JsonArraySpan {
  /** Offsets of its key, quotes included: start, and just after the end. */
  keyStart: number;
  keyEnd: number;
  /** Offset of its `[`. */
  open: number;
  /** Offset of the `,` or `]` after each of its elements; the last is its `]`. */
  ends: number[];
}

// What the scanner expects next.
const VALUE = 0;
const VALUE_OR_CLOSE = 1;
const KEY = 2;
const KEY_OR_CLOSE = 3;
const COLON = 4;
const COMMA_OR_CLOSE = 5;

/** Characters scanned between pauses. */
const SCAN_STEP = 1 << 18;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isHex = (char: string): boolean => /^[0-9A-Fa-f]$/.test(char);

/**
 * Checks text against the JSON grammar (RFC 8259) and returns the UTF-16 offset of the first
 * character that breaks it, the text's length when it ends too early, or -1 when it is valid.
 * It records the array values of a top-level object in `arrays`, and pauses every 256 K
 * characters. A loop with an explicit stack, so any nesting depth is fine.
 */
export function* scanJson(text: string, arrays: JsonArraySpan[]): Generator<void, number> {
  const closers: number[] = [];
  let expect = VALUE;
  let keyStart = 0;
  let keyEnd = 0;
  let array: JsonArraySpan | undefined;
  let pauseAt = SCAN_STEP;
  let i = 0;
  const length = text.length;
  for (;;) {
    if (i > pauseAt) {
      yield;
      pauseAt = i + SCAN_STEP;
    }
    let code = text.charCodeAt(i);
    while (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) code = text.charCodeAt(++i);
    if (i >= length) return closers.length === 0 && expect === COMMA_OR_CLOSE ? -1 : length;
    const depth = closers.length;
    if (expect === COMMA_OR_CLOSE || (expect === VALUE_OR_CLOSE && code === 0x5d) || (expect === KEY_OR_CLOSE && code === 0x7d)) {
      if (code === closers[depth - 1]) {
        closers.pop();
        expect = COMMA_OR_CLOSE;
      } else if (code === 0x2c && expect === COMMA_OR_CLOSE && depth > 0) expect = closers[depth - 1] === 0x7d ? KEY : VALUE;
      else return i;
      // Inside a recorded array: the end of one of its elements, or of the array.
      if (depth === 2 && array) {
        array.ends.push(i);
        if (code !== 0x2c) {
          arrays.push(array);
          array = undefined;
        }
      }
      i++;
      continue;
    }
    if (expect === COLON) {
      if (code !== 0x3a) return i;
      expect = VALUE;
      i++;
      continue;
    }
    let end: number;
    if (expect === KEY || expect === KEY_OR_CLOSE) {
      if (code !== 0x22) return i;
      end = scanString(text, i);
      if (depth === 1) [keyStart, keyEnd] = [i, end];
      expect = COLON;
    } else if (code === 0x7b || code === 0x5b) {
      if (depth === 1 && code === 0x5b && closers[0] === 0x7d) array = { keyStart, keyEnd, open: i, ends: [] };
      // `{` + 2 is `}`, and `[` + 2 is `]`.
      closers.push(code + 2);
      expect = code === 0x7b ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
      i++;
      continue;
    } else {
      if (code === 0x22) end = scanString(text, i);
      else if (code === 0x2d || isDigit(code)) end = scanNumber(text, i);
      else if (code === 0x74 || code === 0x66 || code === 0x6e) end = scanLiteral(text, i, code === 0x74 ? 'true' : code === 0x66 ? 'false' : 'null');
      else return i;
      expect = COMMA_OR_CLOSE;
    }
    if (end < 0) return -end - 1;
    i = end;
  }
}

/** The offset after a string starting at `start`, or `-1 - offset` of what breaks it (the length when it is not closed). */
function scanString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -1 - i;
    if (code !== 0x5c) continue;
    const escape = text[i + 1];
    if (escape === undefined) return -1 - text.length;
    if (escape === 'u') {
      for (let k = 2; k < 6; k++) {
        if (i + k >= text.length) return -1 - text.length;
        if (!isHex(text[i + k])) return -1 - (i + k);
      }
      i += 5;
    } else if ('"\\/bfnrt'.includes(escape)) i++;
    else return -1 - (i + 1);
  }
  return -1 - text.length;
}

/** The offset after a number starting at `start`, or `-1 - offset` of what breaks it. */
function scanNumber(text: string, start: number): number {
  let i = start;
  if (text[i] === '-') i++;
  const digits = (): boolean => {
    if (!isDigit(text.charCodeAt(i))) return false;
    while (isDigit(text.charCodeAt(i))) i++;
    return true;
  };
  if (text[i] === '0') i++;
  else if (!digits()) return -1 - i;
  if (text[i] === '.') {
    i++;
    if (!digits()) return -1 - i;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!digits()) return -1 - i;
  }
  return i;
}

/** The offset after `word` at `start`, or `-1 - offset` of the first character that differs. */
function scanLiteral(text: string, start: number, word: string): number {
  for (let k = 0; k < word.length; k++) if (text[start + k] !== word[k]) return -1 - Math.min(start + k, text.length);
  return start + word.length;
}

/** One-based line and column (in characters, a surrogate pair counting once) of a UTF-16 offset. */
function lineColumnAt(body: string, offset: number): [number, number] {
  const before = body.slice(0, offset);
  // A line ends at \n, \r\n or a lone \r; a surrogate pair is one character.
  const lastLine = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1);
  return [(before.match(/\r\n?|\n/g)?.length ?? 0) + 1, lastLine.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '_').length + 1];
}
