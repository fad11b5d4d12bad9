import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateTimeline } from '../../test/generate.ts';
import { JsonReader, parseJsonText, quoteForMessage } from './json.js';

/** A reader that was given `text` in pieces of `size` characters, not yet ended. */
function readerOf(text: string, size: number): JsonReader {
  const reader = new JsonReader();
  for (let at = 0; at < text.length; at += size) reader.push(text.slice(at, at + size));
  return reader;
}

/**
 * What the reader gives for text that arrives whole and in pieces of 1, 2, 3 and 7 characters,
 * which must all be the same, without reading the whole text again; fails on invalid text.
 */
function readInPieces(text: string): unknown {
  const parse = vi.spyOn(JSON, 'parse');
  const values = [text.length, 1, 2, 3, 7].map((size) => readerOf(text, size).end());
  expect(parse.mock.calls.filter(([part]) => part === text)).toEqual([]);
  parse.mockRestore();
  for (const value of values) expect(value).toEqual(values[0]);
  if (!values[0].ok) throw new Error(`not valid JSON: ${text}`);
  return values[0].value;
}

afterEach(() => {
  vi.restoreAllMocks();
});

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

  it('names the line and column of a syntax error, and what is there', () => {
    expect(parseJsonText('{\n  "title": "x",\n  "events": [1, 2 3]\n}')).toEqual({
      ok: false,
      error: { path: '(file)', message: 'the file is not valid JSON at line 3, column 19 (unexpected "3")' },
    });
  });

  it('counts a CRLF line break once', () => {
    const result = parseJsonText('{\r\n"a": 1,\r\n}');
    expect(result.ok === false && result.error.message).toBe('the file is not valid JSON at line 3, column 1 (unexpected "}")');
  });

  it('counts an emoji as one column, and quotes it whole', () => {
    const result = parseJsonText('["😀" 1]');
    expect(result.ok === false && result.error.message).toBe('the file is not valid JSON at line 1, column 6 (unexpected "1")');
    const emoji = parseJsonText('[1 😀]');
    expect(emoji.ok === false && emoji.error.message).toBe('the file is not valid JSON at line 1, column 4 (unexpected "😀")');
  });

  it('places an early end at the end of the text', () => {
    const result = parseJsonText('{"a":\n');
    expect(result.ok === false && result.error.message).toBe('the file is not valid JSON at line 2, column 1 (the text ends too early)');
  });

  it('shows an unexpected control character escaped', () => {
    const result = parseJsonText('{\n  "title": "timeline",\n  "events": tru\n}');
    expect(result.ok === false && result.error.message).toBe('the file is not valid JSON at line 3, column 16 (unexpected "\\n")');
    const crlf = parseJsonText('nu\r\nll');
    expect(crlf.ok === false && crlf.error.message).toBe('the file is not valid JSON at line 1, column 3 (unexpected "\\r")');
  });

  it('finds the place itself, so that every browser gives the same message', () => {
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError('JSON Parse error: Unexpected identifier "tru"');
    });
    expect(parseJsonText('[\n  tru]')).toEqual({ ok: false, error: { path: '(file)', message: 'the file is not valid JSON at line 2, column 6 (unexpected "]")' } });
  });

  it('reports an engine limit met while reading valid text as an issue, not an exception', () => {
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new RangeError('Invalid string length');
    });
    expect(parseJsonText('{"a": [1]}')).toEqual({ ok: false, error: { path: '(file)', message: 'the file could not be read: Invalid string length' } });
  });

  it('gives what JSON.parse gives where keys repeat: the last one wins', () => {
    for (const text of ['{"e": [11, 12], "e": [13]}', '{"e": [11], "e": 5}', '{"e": 5, "e": [11]}', '{"e": [11], "f": [12], "e": [13, 14]}', '{"e": [11], "e": {"x": [12]}}']) {
      expect(readInPieces(text)).toEqual(JSON.parse(text));
    }
  });

  it('keeps a "__proto__" key as an own property and leaves the prototype alone', () => {
    const value = readInPieces('{"__proto__": [1, 2], "a": [{"__proto__": [3]}]}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual([1, 2]);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    const [inner] = value.a as Array<Record<string, unknown>>;
    expect(Object.getPrototypeOf(inner)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(inner, '__proto__')?.value).toEqual([3]);
  });

  it('is not misled by brackets, commas and quotes inside strings, escaped keys or nested arrays', () => {
    const text = '{ "a" : [ "x,]\\"[" , {"b": [1, {"c": "],"}]}, [[2, 3], []] ] , "k\\u0065y": [ ], "s": "[1,2]", "n": [-0.5e3, true, null] }';
    const value = readInPieces(text);
    expect(value).toEqual(JSON.parse(text));
    expect(Object.keys(value as object)).toEqual(['a', 'key', 's', 'n']);
  });

  it('parses a body that arrives in pieces of 64 K characters a piece\'s elements at a time, into the value JSON.parse gives', () => {
    const data = generateTimeline({ events: 12_000, annotationEvery: 10, seed: 5 });
    const text = JSON.stringify(data, null, 1);
    const parse = vi.spyOn(JSON, 'parse');
    const result = readerOf(text, 1 << 16).end();
    const lengths = parse.mock.calls.map(([part]) => String(part).length);
    parse.mockRestore();
    expect(result).toEqual({ ok: true, value: JSON.parse(text) });
    // The events and annotations a piece at a time, then the rest of the text.
    expect(lengths.length).toBeGreaterThan(text.length / (1 << 16));
    expect(Math.max(...lengths)).toBeLessThan((1 << 16) + 2_000);
  });
});

describe('JsonReader', () => {
  it('parses the elements of a top-level array as soon as a piece completes them', () => {
    const reader = new JsonReader();
    const parse = vi.spyOn(JSON, 'parse');
    reader.push('{"title": "t", "events": [{"id": "a"}, {"id": ');
    expect(parse.mock.calls).toEqual([['[{"id": "a"}]']]);
    reader.push('"b"}, {"id": "c"}], "annotations": [');
    expect(parse.mock.calls.slice(1)).toEqual([['[ {"id": "b"}, {"id": "c"}]']]);
    reader.push(']}');
    const result = reader.end();
    // The empty array, then the rest of the text, with each array's number in place of its elements.
    expect(parse.mock.calls.slice(2)).toEqual([['[]'], ['{"title": "t", "events": [1], "annotations": [2]}']]);
    expect(result).toEqual({ ok: true, value: { title: 't', events: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], annotations: [] } });
  });

  it('finds where strings end across pieces, whatever the backslashes before a quote', () => {
    const text = String.raw`{"a\\": ["\\", "\"]", "x\\\"y\\\\", "\u0022,"], "b": "\\\\\"["}`;
    expect(readInPieces(text)).toEqual(JSON.parse(text));
    expect(readInPieces(`[${text}, [${text}]]`)).toEqual(JSON.parse(`[${text}, [${text}]]`));
  });

  it('says where an array element is missing or broken, as for the whole text', () => {
    const cases: Array<[string, string]> = [
      ['{"e": [1,, 2]}', 'line 1, column 10 (unexpected ",")'],
      ['{"e": [1, ]}', 'line 1, column 11 (unexpected "]")'],
      ['{"e": [ ,1]}', 'line 1, column 9 (unexpected ",")'],
      ['{"e": [1 2]}', 'line 1, column 10 (unexpected "2")'],
      ['{"e": [1}', 'line 1, column 9 (unexpected "}")'],
      ['{"e": [1]]}', 'line 1, column 10 (unexpected "]")'],
      ['{"e": [{"a": 1]}]}', 'line 1, column 15 (unexpected "]")'],
      ['{[1]}', 'line 1, column 2 (unexpected "[")'],
      ['{"e": [1]', 'line 1, column 10 (the text ends too early)'],
    ];
    for (const [text, where] of cases) {
      for (const size of [1, 3, text.length]) {
        expect(readerOf(text, size).end()).toEqual({ ok: false, error: { path: '(file)', message: `the file is not valid JSON at ${where}` } });
      }
    }
  });

  it('gives an issue, not an exception, for a broken text with a string of millions of escapes', () => {
    const result = parseJsonText(`["${'\\n'.repeat(10_000_000)}" x]`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/^the file (is not valid JSON at line 1|could not be read)/);
  });

  it('reads a text that is not an object, or is empty', () => {
    expect(readInPieces('[1, [2, [3]], {"a": [4]}]')).toEqual([1, [2, [3]], { a: [4] }]);
    expect(readerOf(' "x" ', 2).end()).toEqual({ ok: true, value: 'x' });
    expect(new JsonReader().end()).toEqual({ ok: false, error: { path: '(file)', message: 'the file is empty' } });
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
