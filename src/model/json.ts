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
  const reader = new JsonReader();
  reader.push(text);
  return reader.end();
}

/**
 * Reads a JSON text that arrives in pieces (a body as it downloads), so that parsing keeps pace
 * with the network. The elements of each array value of the top-level object (or array) are
 * parsed with `JSON.parse` as soon as a piece completes them; the rest of the text is parsed at
 * the end, and the value is the one `JSON.parse` gives for the whole text. The reader only
 * tracks strings, nesting and commas: the grammar is left to `JSON.parse`, and when any part
 * fails, `end` reads the whole text again to say where it goes wrong.
 */
export class JsonReader {
  /** The whole text so far. */
  #text = '';
  /** The text outside the arrays of the top-level value, with each array's number (from 1) in place of its elements. */
  #outline = '';
  /** The elements of each array of the top-level value so far, in text order. */
  readonly #arrays: unknown[][] = [];
  /** Elements of the current array not yet parsed, and the offset in it of its last `,` (or -1). */
  #run = '';
  #lastComma = -1;
  /** A part of the text did not parse, or cannot be valid: `end` reads the whole text. */
  #isBroken = false;
  // Where the scan is between pieces (see `push`).
  #depth = 0;
  #inString = false;
  #isEscaped = false;
  #inArray = false;
  #hasComma = false;
  #hasValue = false;

  /** Reads the next piece of the text; keep pieces to a few tens of KB, as each is read at once. */
  push(text: string): void {
    this.#text += text;
    // The nesting depth; inside a string, and after an odd run of backslashes; inside an array
    // of the top-level value, after a comma in it, and inside one of its elements. Locals while
    // the piece is scanned.
    let depth = this.#depth;
    let inString = this.#inString;
    let isEscaped = this.#isEscaped;
    let inArray = this.#inArray;
    let hasComma = this.#hasComma;
    let hasValue = this.#hasValue;
    // Where the text of this piece not yet in the outline or the run starts.
    let from = 0;
    for (let i = 0; i < text.length; ) {
      if (inString) {
        const quote = text.indexOf('"', i);
        const end = quote < 0 ? text.length : quote;
        let slash = end;
        while (slash > i && text.charCodeAt(slash - 1) === 0x5c) slash--;
        // An odd run of backslashes before the quote (or the piece's end) escapes it.
        isEscaped = (end - slash + (slash === i && isEscaped ? 1 : 0)) % 2 === 1;
        if (quote < 0) break;
        i = quote + 1;
        inString = isEscaped;
        isEscaped = false;
        continue;
      }
      const code = text.charCodeAt(i++);
      if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) continue;
      if (inArray && depth === 2 && (code === 0x2c || code === 0x5d || code === 0x7d)) {
        // An element that is only white space: `[1,]` or `[,1]`; `[]` is the one empty array.
        if (!hasValue && (code === 0x2c || hasComma)) this.#isBroken = true;
        hasValue = false;
        if (code === 0x2c) {
          hasComma = true;
          this.#lastComma = this.#run.length + i - 1 - from;
          continue;
        }
        this.#parseRun(this.#run + text.slice(from, i - 1));
        this.#run = '';
        from = i - 1;
        depth--;
        inArray = hasComma = false;
        continue;
      }
      if (inArray) hasValue = true;
      if (code === 0x22) inString = true;
      else if (code === 0x7b || code === 0x5b) {
        if (++depth === 2 && code === 0x5b) {
          this.#outline += text.slice(from, i) + this.#arrays.push([]);
          from = i;
          inArray = true;
        }
      } else if (code === 0x7d || code === 0x5d) depth--;
    }
    if (inArray) {
      const run = this.#run + text.slice(from);
      // The complete elements of this piece are parsed before the next piece.
      const comma = this.#lastComma;
      if (comma >= 0) this.#parseRun(run.slice(0, comma));
      this.#run = run.slice(comma + 1);
    } else this.#outline += text.slice(from);
    this.#depth = depth;
    this.#inString = inString;
    this.#isEscaped = isEscaped;
    this.#inArray = inArray;
    this.#hasComma = hasComma;
    this.#hasValue = hasValue;
  }

  /** Ends the text: its value, or where it stops being JSON. */
  end(): JsonTextResult {
    if (!this.#isBroken && this.#depth === 0 && !this.#inString) {
      try {
        const root = JSON.parse(this.#outline) as Record<string, unknown[]>;
        // Each array holds its number, from 1; where a key repeats, `JSON.parse` keeps the last.
        if (root && typeof root === 'object') {
          for (const key of Object.keys(root)) if (Array.isArray(root[key])) root[key] = this.#arrays[(root[key][0] as number) - 1];
        }
        return { ok: true, value: root };
      } catch {
        // Read again below, to say where.
      }
    }
    return readWhole(this.#text);
  }

  /** Parses elements of the current array. */
  #parseRun(text: string): void {
    this.#lastComma = -1;
    if (this.#isBroken) return;
    try {
      const items = this.#arrays[this.#arrays.length - 1];
      for (const item of JSON.parse(`[${text}]`) as unknown[]) items.push(item);
    } catch {
      this.#isBroken = true;
    }
  }
}

/** `JSON.parse` of a whole text; when it fails, the scanner finds the place to name. */
function readWhole(text: string): JsonTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fail = (message: string): JsonTextResult => ({ ok: false, error: { path: '(file)', message } });
  if (body.trim() === '') return fail('the file is empty');
  let reason = '';
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  let offset = -1;
  try {
    offset = scanJson(body);
  } catch {
    // A string of millions of escapes is too long for the scanner's regular expression: the
    // engine's own reason has to do.
  }
  if (offset < 0) return fail(`the file could not be read: ${reason}`);
  const [line, column] = lineColumnAt(body, offset);
  const what = offset < body.length ? `unexpected ${JSON.stringify(String.fromCodePoint(body.codePointAt(offset)!))}` : 'the text ends too early';
  return fail(`the file is not valid JSON at line ${line}, column ${column} (${what})`);
}

// What the scanner expects next.
const VALUE = 0;
const VALUE_OR_CLOSE = 1;
const KEY = 2;
const KEY_OR_CLOSE = 3;
const COLON = 4;
const COMMA_OR_CLOSE = 5;

/**
 * The longest start of a string, or of a number, that some text could still complete: a string
 * is closed when its second group matched; a number is complete when it ends in a digit.
 */
const STRING_START = /"(?:[^"\\\u0000-\u001f]+|\\["\\/bfnrt]|\\u[\dA-Fa-f]{4})*(?:(")|\\(?:u[\dA-Fa-f]{0,3})?)?/y;
const NUMBER_START = /-?(?:(?:0|[1-9]\d*)(?:\.(?:\d+(?:[eE][+-]?\d*)?)?|[eE][+-]?\d*)?)?/y;

/**
 * Checks text against the JSON grammar (RFC 8259) and returns the UTF-16 offset of the first
 * character that breaks it, the text's length when it ends too early, or -1 when it is valid.
 * A loop with an explicit stack, so any nesting depth is fine.
 */
export function scanJson(text: string): number {
  const closers: number[] = [];
  let expect = VALUE;
  let i = 0;
  const length = text.length;
  for (;;) {
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
      i++;
      continue;
    }
    if (expect === COLON) {
      if (code !== 0x3a) return i;
      expect = VALUE;
      i++;
      continue;
    }
    if (code === 0x7b || code === 0x5b) {
      if (expect === KEY || expect === KEY_OR_CLOSE) return i;
      // `{` + 2 is `}`, and `[` + 2 is `]`.
      closers.push(code + 2);
      expect = code === 0x7b ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
      i++;
      continue;
    }
    const start = i;
    let isComplete: boolean;
    if (code === 0x22) {
      STRING_START.lastIndex = i;
      isComplete = STRING_START.exec(text)![1] !== undefined;
      i = STRING_START.lastIndex;
    } else if (expect === KEY || expect === KEY_OR_CLOSE) return i;
    else if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
      NUMBER_START.lastIndex = i;
      NUMBER_START.test(text);
      i = NUMBER_START.lastIndex;
      isComplete = /\d/.test(text[i - 1]);
    } else {
      const word = code === 0x74 ? 'true' : code === 0x66 ? 'false' : code === 0x6e ? 'null' : '';
      while (i - start < word.length && text[i] === word[i - start]) i++;
      isComplete = word !== '' && i - start === word.length;
    }
    if (!isComplete) return i;
    expect = expect === KEY || expect === KEY_OR_CLOSE ? COLON : COMMA_OR_CLOSE;
  }
}

/** One-based line and column (in characters, a surrogate pair counting once) of a UTF-16 offset. */
function lineColumnAt(body: string, offset: number): [number, number] {
  const before = body.slice(0, offset);
  // A line ends at \n, \r\n or a lone \r; a surrogate pair is one character.
  const lastLine = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1);
  return [(before.match(/\r\n?|\n/g)?.length ?? 0) + 1, lastLine.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '_').length + 1];
}
