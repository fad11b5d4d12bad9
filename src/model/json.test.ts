import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateTimeline } from '../../test/generate.ts';
import { parseInParts, parseJsonText, quoteForMessage, readJsonSteps, scanJson, type JsonArraySpan } from './json.js';
import { runAtOnce, runInSlices } from './slices.js';

/** What a part-at-a-time read gives, whatever the text's size (files under 4 M characters are read whole). */
function readInParts(text: string): unknown {
  const arrays: JsonArraySpan[] = [];
  if (runAtOnce(scanJson(text, arrays)) >= 0) throw new Error(`not valid JSON: ${text}`);
  return runAtOnce(parseInParts(text, arrays));
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
    for (const text of ['{"e": [1, 2], "e": [3]}', '{"e": [1], "e": 5}', '{"e": 5, "e": [1]}', '{"e": [1], "f": [2], "e": [3, 4]}', '{"e": [1], "e": {"x": [2]}}']) {
      expect(readInParts(text)).toEqual(JSON.parse(text));
    }
  });

  it('keeps a "__proto__" key as an own property and leaves the prototype alone', () => {
    const value = readInParts('{"__proto__": [1, 2], "a": [{"__proto__": [3]}]}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual([1, 2]);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    const [inner] = value.a as Array<Record<string, unknown>>;
    expect(Object.getPrototypeOf(inner)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(inner, '__proto__')?.value).toEqual([3]);
  });

  it('is not misled by brackets, commas and quotes inside strings, escaped keys or nested arrays', () => {
    const text = '{ "a" : [ "x,]\\"[" , {"b": [1, {"c": "],"}]}, [[2, 3], []] ] , "k\\u0065y": [ ], "s": "[1,2]", "n": [-0.5e3, true, null] }';
    const value = readInParts(text);
    expect(value).toEqual(JSON.parse(text));
    expect(Object.keys(value as object)).toEqual(['a', 'key', 's', 'n']);
  });

  it('reads a file of over 4 M characters a part at a time, into the value JSON.parse gives', () => {
    const data = generateTimeline({ events: 12_000, annotationEvery: 10, seed: 5 });
    const text = JSON.stringify(data, null, 1);
    const parse = vi.spyOn(JSON, 'parse');
    const result = parseJsonText(text);
    const lengths = parse.mock.calls.map(([part]) => String(part).length);
    parse.mockRestore();
    expect(result).toEqual({ ok: true, value: JSON.parse(text) });
    // The events and annotations in runs of about 64 K characters, besides the outline and the keys.
    expect(text.length).toBeGreaterThan(1 << 22);
    expect(lengths.filter((length) => length > 60_000).length).toBeGreaterThan(60);
    expect(Math.max(...lengths)).toBeLessThan(65_536 + 20_000);
  });
});

describe('readJsonSteps', () => {
  it('lets other tasks run while a big file is read in slices', async () => {
    const text = JSON.stringify(generateTimeline({ events: 20_000, annotationEvery: 10, seed: 6 }));
    let isDone = false;
    let ticks = 0;
    const timer = setInterval(() => {
      if (!isDone) ticks++;
    }, 0);
    const result = await runInSlices(readJsonSteps(text));
    isDone = true;
    clearInterval(timer);
    expect(result).toEqual({ ok: true, value: JSON.parse(text) });
    expect(ticks).toBeGreaterThan(1);
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
