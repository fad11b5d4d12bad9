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

/**
 * Parses the text of a data file with `JSON.parse`, turning every failure into one issue at the
 * path `(file)`: an empty body says so, and a syntax error names its line and column. Use it for
 * fetched text before `parseTimeline`; a UTF-8 byte order mark is accepted and dropped.
 */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: TimelineIssue } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: { path: '(file)', message: 'the file is empty' } };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { path: '(file)', message: describeSyntaxError(reason, body) } };
  }
}

/**
 * Rewrites an engine's JSON syntax message as "not valid JSON at line L, column C (what)". The
 * engine's position is used when its message has one; otherwise (V8's "Unexpected token" with a
 * quoted context, Safari's messages) the place is found by scanning the text against the grammar.
 */
function describeSyntaxError(reason: string, body: string): string {
  const position = /\bat position (\d+)/.exec(reason);
  const lineColumn = /\bline (\d+) column (\d+)/.exec(reason);
  const what = lowerFirst(
    reason
      .replace(/^JSON\.parse: |^JSON Parse error: /, '')
      .replace(/ (in JSON )?at position \d+.*$/, '')
      .replace(/ at line \d+ column \d+.*$/, '')
      .replace(/ \(line \d+ column \d+\)$/, ''),
  );
  if (position) return atLineColumn(lineColumnAt(body, Number(position[1])), what);
  if (lineColumn) return atLineColumn([Number(lineColumn[1]), Number(lineColumn[2])], what);
  const offset = findJsonErrorOffset(body);
  if (offset >= body.length) return atLineColumn(lineColumnAt(body, body.length), 'the text ends too early');
  if (offset >= 0) return atLineColumn(lineColumnAt(body, offset), `unexpected ${JSON.stringify(String.fromCodePoint(body.codePointAt(offset)!))}`);
  return `the file is not valid JSON: ${what}`;
}

/** What the scanner expects next. */
type Expect = 'value' | 'value-or-close' | 'key-or-close' | 'key' | 'colon' | 'comma-or-close';

const JSON_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const JSON_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isHex = (char: string): boolean => /^[0-9A-Fa-f]$/.test(char);

/**
 * The UTF-16 offset of the first character that breaks the JSON grammar (RFC 8259), the text's
 * length when it ends too early, or -1 when it is valid. A loop with an explicit stack, so any
 * nesting depth is fine.
 */
export function findJsonErrorOffset(text: string): number {
  const closers: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const length = text.length;
  for (;;) {
    while (i < length && JSON_SPACE.has(text.charCodeAt(i))) i++;
    if (i >= length) return closers.length === 0 && expect === 'comma-or-close' ? -1 : length;
    const char = text[i];
    if (expect === 'comma-or-close') {
      if (closers.length === 0) return i;
      if (char === closers[closers.length - 1]) {
        closers.pop();
        i++;
      } else if (char === ',') {
        expect = closers[closers.length - 1] === '}' ? 'key' : 'value';
        i++;
      } else return i;
      continue;
    }
    if (expect === 'colon') {
      if (char !== ':') return i;
      expect = 'value';
      i++;
      continue;
    }
    if ((expect === 'value-or-close' && char === ']') || (expect === 'key-or-close' && char === '}')) {
      closers.pop();
      expect = 'comma-or-close';
      i++;
      continue;
    }
    if (expect === 'key' || expect === 'key-or-close') {
      if (char !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      expect = 'colon';
      continue;
    }
    // A value.
    if (char === '{' || char === '[') {
      closers.push(char === '{' ? '}' : ']');
      expect = char === '{' ? 'key-or-close' : 'value-or-close';
      i++;
      continue;
    }
    let end: number;
    if (char === '"') end = scanString(text, i);
    else if (char === '-' || isDigit(text.charCodeAt(i))) end = scanNumber(text, i);
    else if (char === 't' || char === 'f' || char === 'n') end = scanLiteral(text, i, char === 't' ? 'true' : char === 'f' ? 'false' : 'null');
    else return i;
    if (end < 0) return -end - 1;
    i = end;
    expect = 'comma-or-close';
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
    } else if (JSON_ESCAPES.has(escape)) i++;
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
  const end = Math.min(Math.max(offset, 0), body.length);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const code = body.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && body.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const isLowSurrogate = body.charCodeAt(i) >= 0xdc00 && body.charCodeAt(i) <= 0xdfff;
    const followsHighSurrogate = i > lineStart && body.charCodeAt(i - 1) >= 0xd800 && body.charCodeAt(i - 1) <= 0xdbff;
    if (!(isLowSurrogate && followsHighSurrogate)) column++;
  }
  return [line, column];
}

/** The message for a syntax error whose place is known. */
function atLineColumn([line, column]: [number, number], what: string): string {
  return `the file is not valid JSON at line ${line}, column ${column} (${what})`;
}

/** Lower-cases a leading capital so the engine's sentence reads inside ours; `JSON` stays as is. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
