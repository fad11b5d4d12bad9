import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseJsonText, quoteForMessage } from './json.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes `JSON.parse` fail with the message another engine (or engine version) would give. */
function failJsonParseWith(message: string): void {
  vi.spyOn(JSON, 'parse').mockImplementation(() => {
    throw new SyntaxError(message);
  });
}

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"title": "x", "events": []}')).toEqual({ ok: true, value: { title: 'x', events: [] } });
  });

  it('accepts and drops a UTF-8 byte order mark', () => {
    expect(parseJsonText('\ufeff[1]')).toEqual({ ok: true, value: [1] });
  });

  it('says the file is empty for an empty or blank body', () => {
    const empty = { ok: false, error: { path: '(file)', message: 'the file is empty' } };
    expect(parseJsonText('')).toEqual(empty);
    expect(parseJsonText(' \n\t ')).toEqual(empty);
    expect(parseJsonText('\ufeff')).toEqual(empty);
  });

  it('names the line and column of a syntax error from its position', () => {
    expect(parseJsonText('{\n  "title": "x",\n  "events": [1, 2 3]\n}')).toEqual({
      ok: false,
      error: { path: '(file)', message: "the file is not valid JSON at line 3, column 19 (expected ',' or ']' after array element)" },
    });
  });

  it('counts a CRLF line break once', () => {
    const result = parseJsonText('{\r\n"a": 1,\r\n}');
    expect(result.ok === false && result.error.message).toBe('the file is not valid JSON at line 3, column 1 (expected double-quoted property name)');
  });

  it('counts an emoji as one column', () => {
    const result = parseJsonText('["😀" 1]');
    expect(result.ok === false && result.error.message).toBe("the file is not valid JSON at line 1, column 6 (expected ',' or ']' after array element)");
  });

  it('places an early end at the end of the text', () => {
    const result = parseJsonText('{"a":\n');
    expect(result.ok === false && result.error.message).toBe('the file is not valid JSON at line 2, column 1 (the text ends too early)');
  });

  it('locates an unexpected token from the context V8 quotes around it', () => {
    const result = parseJsonText('{\n  "title": "timeline",\n  "events": tru\n}');
    expect(result.ok === false && result.error.message).toBe('the file is not valid JSON at line 3, column 16 (unexpected "\\n")');
  });

  it('finds the line and column itself when V8 gives no position (a short text quoted whole)', () => {
    const result = parseJsonText('{"a":}');
    expect(result.ok === false && result.error.message).toBe('the file is not valid JSON at line 1, column 6 (unexpected "}")');
    const undefinedBody = parseJsonText('undefined');
    expect(undefinedBody.ok === false && undefinedBody.error.message).toBe('the file is not valid JSON at line 1, column 1 (unexpected "u")');
    const crlf = parseJsonText('nu\r\nll');
    expect(crlf.ok === false && crlf.error.message).toBe('the file is not valid JSON at line 1, column 3 (unexpected "\\r")');
  });

  it('reads the older V8 message "Unexpected token } in JSON at position N"', () => {
    failJsonParseWith('Unexpected token } in JSON at position 12');
    const result = parseJsonText('{\n"title": 1}\n');
    expect(result.ok === false && result.error.message).toBe('the file is not valid JSON at line 2, column 11 (unexpected token })');
  });

  it('reads the newer V8 message that names the line and column', () => {
    failJsonParseWith("Expected property name or '}' in JSON at position 6 (line 2 column 5)");
    const result = parseJsonText('{\n    ,}');
    expect(result.ok === false && result.error.message).toBe("the file is not valid JSON at line 2, column 5 (expected property name or '}')");
  });

  it("reads Firefox's message with line and column", () => {
    failJsonParseWith('JSON.parse: unexpected character at line 2 column 3 of the JSON data');
    const result = parseJsonText('[\n  x]');
    expect(result.ok === false && result.error.message).toBe('the file is not valid JSON at line 2, column 3 (unexpected character)');
  });

  it('reads a message that names only the line and column', () => {
    failJsonParseWith('Bad value (line 3 column 2)');
    const result = parseJsonText('[\n1,\n x]');
    expect(result.ok === false && result.error.message).toBe('the file is not valid JSON at line 3, column 2 (bad value)');
  });

  it('locates an error whose message has no position (Safari) by scanning the text', () => {
    failJsonParseWith('JSON Parse error: Unexpected identifier "tru"');
    const result = parseJsonText('[\n  tru]');
    expect(result).toEqual({ ok: false, error: { path: '(file)', message: 'the file is not valid JSON at line 2, column 6 (unexpected "]")' } });
  });

  it('passes on a message it cannot locate in text that scans as valid', () => {
    failJsonParseWith('JSON Parse error: Something odd');
    const result = parseJsonText('[1]');
    expect(result).toEqual({ ok: false, error: { path: '(file)', message: 'the file is not valid JSON: something odd' } });
  });
});

describe('quoteForMessage', () => {
  it('quotes a short string as JSON does', () => {
    expect(quoteForMessage('a "b"\n')).toBe('"a \\"b\\"\\n"');
  });

  it('cuts a long string to 80 characters with an ellipsis', () => {
    expect(quoteForMessage('x'.repeat(100))).toBe(`"${'x'.repeat(79)}…"`);
  });

  it('never cuts a surrogate pair in half', () => {
    expect(quoteForMessage(`${'x'.repeat(78)}😀${'x'.repeat(20)}`)).toBe(`"${'x'.repeat(78)}…"`);
  });
});
