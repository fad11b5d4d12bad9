import type { TimelineIssue } from './types.js';

/** How long a quoted value may get in a message before it is cut. */
const QUOTE_MAX_CHARS = 80;

/** V8 shows this many characters either side of an unexpected token. */
const V8_CONTEXT_CHARS = 10;

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

/** Rewrites an engine's JSON syntax message as "not valid JSON at line L, column C (what)". */
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
  if (/^Unexpected end of JSON input/.test(reason)) return atLineColumn(lineColumnAt(body, body.length), 'the text ends too early');
  const token = /^Unexpected token '([\s\S]+?)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(reason);
  if (token) {
    const tokenPosition = locateToken(body, token[3], token[2] !== undefined, token[4] !== undefined);
    const unexpected = `unexpected ${JSON.stringify(token[1])}`;
    if (tokenPosition !== undefined) return atLineColumn(lineColumnAt(body, tokenPosition), unexpected);
    return `the file is not valid JSON: ${unexpected} in ${quoteForMessage(token[3])}`;
  }
  return `the file is not valid JSON: ${what}`;
}

/**
 * Finds where V8's "Unexpected token" context sits in the text. V8 quotes up to 10 characters
 * either side of the token, with `...` where it cut; the context must occur exactly once for the
 * position to be trusted, and a short text quoted whole has no position to recover.
 */
function locateToken(body: string, context: string, isCutBefore: boolean, isCutAfter: boolean): number | undefined {
  if (!isCutBefore && !isCutAfter) return undefined;
  const at = body.indexOf(context);
  if (at === -1 || body.indexOf(context, at + 1) !== -1) return undefined;
  return isCutBefore ? at + V8_CONTEXT_CHARS : at + context.length - V8_CONTEXT_CHARS;
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
