import { describe, expect, it } from 'vitest';
import { parseJsonText } from './json.js';
import { parseTimeline, type TimelineParseOptions } from './parse.js';
import { eventEndMs } from './span.js';
import type { TimelineIssue, TimelineModel } from './types.js';

type Json = Record<string, unknown>;

const event = (id: string, start: string, fields: Json = {}): Json => ({ id, title: `Event ${id}`, start, ...fields });

/** A valid file with one event `a`, plus the given top-level fields. */
const data = (fields: Json = {}): Json => ({ title: 'A timeline', events: [event('a', '2023-09-25')], ...fields });

function modelOf(input: unknown, options?: TimelineParseOptions): TimelineModel {
  const result = parseTimeline(input, options);
  if (!result.ok) throw new Error(`expected a model, got ${JSON.stringify(result.errors)}`);
  return result.model;
}

function errorsOf(input: unknown, options?: TimelineParseOptions): TimelineIssue[] {
  const result = parseTimeline(input, options);
  if (result.ok) throw new Error('expected errors, got a model');
  return result.errors;
}

function warningsOf(input: unknown): TimelineIssue[] {
  return parseTimeline(input).warnings;
}

describe('parseTimeline builds the model', () => {
  it('from a small file, exactly', () => {
    const model = modelOf({
      title: 'Two days',
      description: 'About them.',
      events: [
        event('b', '2023-09-26', { group: 'Politics', place: 'Baghdad' }),
        event('a', '2023-09-25', { end: '2023-09-27', summary: 'S', dateNote: 'N', sources: [{ title: 'Report', url: 'https://example.com/r' }] }),
      ],
      annotations: [{ id: 'n', events: ['b', 'a'], quote: 'Words.' }],
    });
    expect(model).toEqual({
      title: 'Two days',
      description: 'About them.',
      events: [
        {
          id: 'a',
          title: 'Event a',
          start: { text: '2023-09-25', precision: 'day', startMs: Date.UTC(2023, 8, 25), endMs: Date.UTC(2023, 8, 26) },
          end: { text: '2023-09-27', precision: 'day', startMs: Date.UTC(2023, 8, 27), endMs: Date.UTC(2023, 8, 28) },
          summary: 'S',
          dateNote: 'N',
          sources: [{ title: 'Report', href: 'https://example.com/r' }],
          annotationIndexes: [0],
        },
        {
          id: 'b',
          title: 'Event b',
          start: { text: '2023-09-26', precision: 'day', startMs: Date.UTC(2023, 8, 26), endMs: Date.UTC(2023, 8, 27) },
          place: 'Baghdad',
          group: 'Politics',
          sources: [],
          annotationIndexes: [0],
        },
      ],
      annotations: [{ id: 'n', kind: 'note', quote: 'Words.', eventIndexes: [0, 1] }],
      groups: ['Politics'],
      extent: [Date.UTC(2023, 8, 25), Date.UTC(2023, 8, 28)],
    });
  });

  it('sorts by start, then coarser precision first, then data order', () => {
    const model = modelOf({
      title: 'T',
      events: [event('minute', '2023-09-25T00:00Z'), event('day1', '2023-09-25'), event('month', '2023-09'), event('day2', '2023-09-25')],
    });
    expect(model.events.map((e, index) => [e.id, index])).toEqual([
      ['month', 0],
      ['day1', 1],
      ['day2', 2],
      ['minute', 3],
    ]);
  });

  it('places a time written with an offset by its UTC instant', () => {
    const model = modelOf({ title: 'T', events: [event('late', '2023-09-25T01:00Z'), event('early', '2023-09-25T02:00+03:00')] });
    expect(model.events.map((e) => e.id)).toEqual(['early', 'late']);
    expect(model.events[0].start.startMs).toBe(Date.UTC(2023, 8, 24, 23, 0));
    expect(eventEndMs(model.events[0])).toBe(model.events[0].start.startMs);
  });

  it('links annotations to events in both directions', () => {
    const model = modelOf({
      title: 'T',
      events: [event('late', '2023-09-27'), event('early', '2023-09-25')],
      annotations: [
        { id: 'x', events: ['late', 'early'], quote: 'Q', speaker: { name: 'S' }, source: { title: 'Src' } },
        { id: 'y', events: ['late'], quote: 'R', kind: 'reported', speaker: { name: 'S', role: 'Analyst' }, source: { title: 'Src' } },
      ],
    });
    expect(model.annotations.map((a) => a.eventIndexes)).toEqual([[0, 1], [1]]);
    expect(model.events.map((e) => e.annotationIndexes)).toEqual([[0], [0, 1]]);
    expect(model.annotations[1].speaker).toEqual({ name: 'S', role: 'Analyst' });
  });

  it('shares one speaker object among the annotations that quote the same name and role', () => {
    const quote = (id: string, speaker: { name: string; role?: string }) => ({ id, events: ['a'], quote: 'Q', speaker, source: { title: 'Src' } });
    const model = modelOf(
      data({
        annotations: [
          quote('p', { name: 'S', role: 'Analyst' }),
          quote('q', { name: 'S', role: 'Analyst' }),
          quote('r', { name: 'S' }),
          quote('s', { name: 'S', role: 'Expert' }),
          quote('t', { name: 'S' }),
        ],
      }),
    );
    const [p, q, r, s, t] = model.annotations.map((annotation) => annotation.speaker);
    expect(q).toBe(p);
    expect(t).toBe(r);
    expect(new Set([p, r, s]).size).toBe(3);
    expect([p, r, s]).toEqual([{ name: 'S', role: 'Analyst' }, { name: 'S' }, { name: 'S', role: 'Expert' }]);
  });

  it('gives an annotation with a speaker the kind quote and one without the kind note', () => {
    const model = modelOf(
      data({ annotations: [{ id: 'q', events: ['a'], quote: 'Q', speaker: { name: 'S' }, source: { title: 'Src' } }, { id: 'n', events: ['a'], quote: 'N' }] }),
    );
    expect(model.annotations.map((a) => a.kind)).toEqual(['quote', 'note']);
  });

  it('lists groups in order of first appearance in the data', () => {
    const model = modelOf({ title: 'T', events: [event('a', '2024', { group: 'Late' }), event('b', '2020', { group: 'Early' }), event('c', '2019', { group: 'Late' })] });
    expect(model.groups).toEqual(['Late', 'Early']);
  });

  it('accepts an empty events array and gives no extent', () => {
    const model = modelOf({ title: 'T', events: [] });
    expect(model.events).toEqual([]);
    expect(model.extent).toBeUndefined();
  });

  it('resolves source links against the base URL', () => {
    const model = modelOf(data({ events: [event('a', '2023', { sources: [{ title: 'S', url: 'report.pdf' }] })] }), { baseUrl: 'https://example.org/data/t.json' });
    expect(model.events[0].sources[0].href).toBe('https://example.org/data/report.pdf');
  });

  it('reads null optional fields as absent', () => {
    const model = modelOf({
      $schema: null,
      title: 'T',
      description: null,
      annotations: null,
      events: [event('a', '2023', { end: null, summary: null, place: null, group: null, dateNote: null, sources: null })],
    });
    expect(model.description).toBeUndefined();
    expect(model.annotations).toEqual([]);
    expect(model.events[0]).toEqual({
      id: 'a', title: 'Event a', start: { text: '2023', precision: 'year', startMs: Date.UTC(2023, 0, 1), endMs: Date.UTC(2024, 0, 1) }, sources: [], annotationIndexes: [],
    });
  });

  it('reads blank optional strings as absent', () => {
    const [read] = modelOf(data({ events: [event('a', '2023', { group: '  ', summary: '' })] })).events;
    expect(read.group).toBeUndefined();
    expect(read.summary).toBeUndefined();
  });

  it('keeps one date object per distinct date text, as big files repeat dates', () => {
    const model = modelOf(data({ events: [event('a', '2023-09-25'), event('b', '2023-09-25', { end: '2023-09-26' }), event('c', '2023-09-26')] }));
    const [a, b, c] = model.events;
    expect(b.start).toBe(a.start);
    expect(c.start).toBe(b.end);
    expect(c.start).not.toBe(a.start);
  });

  it('gives events without sources or annotations one frozen empty list', () => {
    const model = modelOf(data({ events: [event('a', '2023'), event('b', '2024', { sources: [] }), event('c', '2025', { sources: [{ title: 'S' }] })] }));
    const [a, b, c] = model.events;
    expect(b.sources).toBe(a.sources);
    expect(a.annotationIndexes).toBe(a.sources);
    expect(Object.isFrozen(a.sources)).toBe(true);
    expect(c.sources).toEqual([{ title: 'S' }]);
  });

  it('accepts $schema without a warning', () => {
    expect(warningsOf(data({ $schema: '../schema/timeline.schema.json' }))).toEqual([]);
  });
});

describe('parseTimeline reports a broken root', () => {
  it('for roots that are not objects', () => {
    expect(errorsOf(null)).toEqual([{ path: '(root)', message: 'expected an object with "title" and "events", found null' }]);
    expect(errorsOf([])).toEqual([{ path: '(root)', message: 'expected an object with "title" and "events", found an empty array' }]);
    expect(errorsOf('timeline')[0].message).toBe('expected an object with "title" and "events", found a string ("timeline")');
    expect(errorsOf(42)[0].message).toBe('expected an object with "title" and "events", found a number (42)');
    expect(errorsOf(undefined)[0].message).toBe('expected an object with "title" and "events", found nothing');
  });

  it('for missing title and events', () => {
    expect(errorsOf({})).toEqual([
      { path: 'title', message: 'is missing (expected a non-empty string)' },
      { path: 'events', message: 'is missing (expected an array of events)' },
    ]);
  });

  it('for fields of the wrong type', () => {
    expect(errorsOf({ title: 12, description: true, events: {}, annotations: 'none' })).toEqual([
      { path: 'title', message: 'expected a non-empty string, found a number (12)' },
      { path: 'description', message: 'expected a non-empty string, found a boolean (true)' },
      { path: 'events', message: 'expected an array of events, found an object' },
      { path: 'annotations', message: 'expected an array of annotations, found a string ("none")' },
    ]);
  });

  it('for an empty or blank title', () => {
    expect(errorsOf(data({ title: '' }))).toEqual([{ path: 'title', message: 'expected a non-empty string, found an empty string' }]);
    expect(errorsOf(data({ title: '   ' }))).toEqual([{ path: 'title', message: 'expected a non-empty string, found a string ("   ")' }]);
  });

  it('for a required field set to null', () => {
    expect(errorsOf(data({ title: null, events: null }))).toEqual([
      { path: 'title', message: 'expected a non-empty string, found null' },
      { path: 'events', message: 'is missing (expected an array of events)' },
    ]);
  });
});

describe('parseTimeline reports broken events', () => {
  it('for an event that is not an object', () => {
    expect(errorsOf({ title: 'T', events: [event('a', '2023'), 7, null] })).toEqual([
      { path: 'events[1]', message: 'expected an event object, found a number (7)' },
      { path: 'events[2]', message: 'expected an event object, found null' },
    ]);
  });

  it('for missing fields', () => {
    expect(errorsOf({ title: 'T', events: [{}] })).toEqual([
      { path: 'events[0].id', message: 'is missing (expected a non-empty string)' },
      { path: 'events[0].title', message: 'is missing (expected a non-empty string)' },
      { path: 'events[0].start', message: 'is missing (expected a date such as "2023-09-25")' },
    ]);
  });

  it('for fields of the wrong type', () => {
    expect(errorsOf({ title: 'T', events: [{ id: 12, title: ['x'], start: 2023, summary: {}, sources: 'none' }] })).toEqual([
      { path: 'events[0].id', message: 'expected a non-empty string, found a number (12)' },
      { path: 'events[0].title', message: 'expected a non-empty string, found an array' },
      { path: 'events[0].start', message: 'expected a date such as "2023-09-25", found a number (2023)' },
      { path: 'events[0].summary', message: 'expected a non-empty string, found an object' },
      { path: 'events[0].sources', message: 'expected an array of sources, found a string ("none")' },
    ]);
  });

  it('for impossible dates, at the path of each', () => {
    expect(errorsOf({ title: 'T', events: [event('a', '2023-02-30'), event('b', '2023-13-01'), event('c', '2023-09-25T25:00Z'), event('d', '2024-02-29')] })).toEqual([
      { path: 'events[0].start', message: '"2023-02-30" is not a date: February 2023 has 28 days' },
      { path: 'events[1].start', message: '"2023-13-01" is not a date: there is no month 13' },
      { path: 'events[2].start', message: '"2023-09-25T25:00Z" is not a date: there is no hour 25' },
    ]);
  });

  it('for a time without an offset', () => {
    expect(errorsOf({ title: 'T', events: [event('a', '2023-09-25T10:00')] })).toEqual([
      { path: 'events[0].start', message: '"2023-09-25T10:00" has no time zone offset (add Z or +03:00)' },
    ]);
  });

  it('for an end before the start', () => {
    expect(errorsOf({ title: 'T', events: [event('a', '2023-09-25', { end: '2023-09-24' })] })).toEqual([
      { path: 'events[0].end', message: 'the event ends before it starts: "2023-09-24" is before "2023-09-25"' },
    ]);
  });

  it('but accepts an end on the start day', () => {
    expect(eventEndMs(modelOf({ title: 'T', events: [event('a', '2023-09-25', { end: '2023-09-25T18:00+03:00' })] }).events[0])).toBe(Date.UTC(2023, 8, 25, 15));
  });

  it('for a source without a title', () => {
    expect(errorsOf(data({ events: [event('a', '2023', { sources: [{ title: 'ok' }, { url: 'https://example.com' }, 'x'] })] }))).toEqual([
      { path: 'events[0].sources[1].title', message: 'is missing (expected a non-empty string)' },
      { path: 'events[0].sources[2]', message: 'expected a source object with a "title", found a string ("x")' },
    ]);
  });

  it('for a source with an impossible date', () => {
    expect(errorsOf(data({ events: [event('a', '2023', { sources: [{ title: 'S', date: '2023-02-29' }] })] }))).toEqual([
      { path: 'events[0].sources[0].date', message: '"2023-02-29" is not a date: February 2023 has 28 days (2023 is not a leap year)' },
    ]);
  });

  it('for a string longer than the limit, quoting it cut', () => {
    const long = 'a'.repeat(200);
    expect(errorsOf(data({ title: long }), { limits: { maxStringLength: 100 } })).toEqual([
      { path: 'title', message: `"${'a'.repeat(79)}…" is 200 characters long; the limit is 100` },
    ]);
  });
});

describe('parseTimeline refuses unsafe links with a warning', () => {
  it('dropping the link and keeping the source', () => {
    const result = parseTimeline(
      data({ events: [event('a', '2023', { sources: [{ title: 'Good', url: 'https://example.com' }, { title: 'Bad', url: ' JavaScript:alert(1)' }] })] }),
    );
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        path: 'events[0].sources[1].url',
        message: '" JavaScript:alert(1)" is not an allowed link: it uses javascript:, and only http, https and relative links are allowed; the link is dropped',
      },
    ]);
    expect(result.ok && result.model.events[0].sources).toEqual([{ title: 'Good', href: 'https://example.com/' }, { title: 'Bad' }]);
  });

  it('on an annotation source too', () => {
    const warnings = warningsOf(data({ annotations: [{ id: 'q', events: ['a'], quote: 'Q', speaker: { name: 'S' }, source: { title: 'S', url: 'data:text/html,x' } }] }));
    expect(warnings.map((w) => w.path)).toEqual(['annotations[0].source.url']);
  });
});

describe('parseTimeline checks ids', () => {
  it('reports a duplicate event id with the path that used it first', () => {
    expect(errorsOf({ title: 'T', events: [event('a', '2023'), event('b', '2023'), event('a', '2024')] })).toEqual([
      { path: 'events[2].id', message: '"a" is already the id of events[0]' },
    ]);
  });

  it('reports an annotation that reuses an event id', () => {
    expect(errorsOf(data({ annotations: [{ id: 'a', events: ['a'], quote: 'Q' }] }))).toEqual([
      { path: 'annotations[0].id', message: '"a" is already the id of events[0]' },
    ]);
  });

  it('reports a duplicate annotation id', () => {
    expect(errorsOf(data({ annotations: [{ id: 'n', events: ['a'], quote: 'Q' }, { id: 'n', events: ['a'], quote: 'R' }] }))).toEqual([
      { path: 'annotations[1].id', message: '"n" is already the id of annotations[0]' },
    ]);
  });

  it('accepts ids named after Object.prototype members and resolves them', () => {
    const model = modelOf({
      title: 'T',
      events: [event('constructor', '2023'), event('__proto__', '2024'), event('toString', '2025')],
      annotations: [{ id: 'hasOwnProperty', events: ['__proto__', 'constructor', 'toString'], quote: 'Q' }],
    });
    expect(model.events.map((e) => e.id)).toEqual(['constructor', '__proto__', 'toString']);
    expect(model.annotations[0].eventIndexes).toEqual([0, 1, 2]);
  });

  it('does not resolve references to prototype members nobody defined', () => {
    expect(errorsOf(data({ annotations: [{ id: 'n', events: ['constructor', 'toString', '__proto__'], quote: 'Q' }] }))).toEqual([
      { path: 'annotations[0].events[0]', message: 'no event has id "constructor"' },
      { path: 'annotations[0].events[1]', message: 'no event has id "toString"' },
      { path: 'annotations[0].events[2]', message: 'no event has id "__proto__"' },
    ]);
  });
});

describe('parseTimeline checks annotation references', () => {
  const withEvents = (annotations: unknown[]): Json => ({ title: 'T', events: [event('Kirkuk', '2023'), event('café', '2023'), event('anbar', '2023')], annotations });

  it('reports a dangling reference and suggests an id that differs only by case', () => {
    const errors = errorsOf(withEvents([{ id: 'n0', events: ['Kirkuk'], quote: 'Q' }, { id: 'n1', events: ['kirkuk'], quote: 'Q' }]));
    expect(errors).toEqual([{ path: 'annotations[1].events[0]', message: 'no event has id "kirkuk" (did you mean "Kirkuk"?)' }]);
  });

  it('suggests an id that differs by surrounding whitespace', () => {
    expect(errorsOf(withEvents([{ id: 'n', events: ['anbar '], quote: 'Q' }]))[0].message).toBe('no event has id "anbar " (did you mean "anbar"?)');
  });

  it('suggests an id that differs by Unicode normalisation', () => {
    const nfd = 'cafe\u0301';
    expect(errorsOf(withEvents([{ id: 'n', events: [nfd], quote: 'Q' }]))[0].message).toBe(`no event has id "${nfd}" (did you mean "café"?)`);
  });

  it('says when a reference names an annotation instead of an event', () => {
    expect(errorsOf(withEvents([{ id: 'n0', events: ['anbar'], quote: 'Q' }, { id: 'n1', events: ['n0'], quote: 'Q' }]))).toEqual([
      { path: 'annotations[1].events[0]', message: 'no event has id "n0" (that is the id of annotations[0], not of an event)' },
    ]);
  });

  it('reports missing, empty and non-string event lists', () => {
    expect(errorsOf(withEvents([{ id: 'n0', quote: 'Q' }, { id: 'n1', events: [], quote: 'Q' }, { id: 'n2', events: 'anbar', quote: 'Q' }, { id: 'n3', events: [3], quote: 'Q' }]))).toEqual([
      { path: 'annotations[0].events', message: 'is missing (expected an array of event ids)' },
      { path: 'annotations[1].events', message: 'expected at least one event id, found an empty array' },
      { path: 'annotations[2].events', message: 'expected an array of event ids, found a string ("anbar")' },
      { path: 'annotations[3].events[0]', message: 'expected an event id, found a number (3)' },
    ]);
  });

  it('warns about an event listed twice and links it once', () => {
    const result = parseTimeline(withEvents([{ id: 'n', events: ['anbar', 'anbar'], quote: 'Q' }]));
    expect(result.warnings).toEqual([{ path: 'annotations[0].events[1]', message: '"anbar" is listed twice; once is enough' }]);
    expect(result.ok && result.model.annotations[0].eventIndexes).toEqual([2]);
  });

  it('does not pile reference errors onto an event that has errors of its own', () => {
    expect(errorsOf({ title: 'T', events: [event('a', 'soon')], annotations: [{ id: 'n', events: ['a'], quote: 'Q' }] }).map((e) => e.path)).toEqual(['events[0].start']);
  });
});

describe('parseTimeline checks annotations', () => {
  it('reports an annotation that is not an object, and missing id and quote', () => {
    expect(errorsOf(data({ annotations: ['words', { events: ['a'] }] }))).toEqual([
      { path: 'annotations[0]', message: 'expected an annotation object, found a string ("words")' },
      { path: 'annotations[1].id', message: 'is missing (expected a non-empty string)' },
      { path: 'annotations[1].quote', message: 'is missing (expected a non-empty string)' },
    ]);
  });

  it('reports an unknown kind', () => {
    expect(errorsOf(data({ annotations: [{ id: 'n', events: ['a'], quote: 'Q', kind: 'speech' }] }))).toEqual([
      { path: 'annotations[0].kind', message: 'expected "quote", "reported" or "note", found a string ("speech")' },
    ]);
  });

  it('requires a speaker for quote and reported annotations', () => {
    expect(errorsOf(data({ annotations: [{ id: 'q', events: ['a'], quote: 'Q', kind: 'quote' }, { id: 'r', events: ['a'], quote: 'R', kind: 'reported' }] }))).toEqual([
      { path: 'annotations[0].speaker', message: 'is missing (a quote needs a speaker)' },
      { path: 'annotations[1].speaker', message: 'is missing (a reported annotation needs a speaker)' },
    ]);
  });

  it('reports a speaker without a name or of the wrong type', () => {
    expect(errorsOf(data({ annotations: [{ id: 'q', events: ['a'], quote: 'Q', speaker: { role: 'Analyst' } }, { id: 'r', events: ['a'], quote: 'R', speaker: 'Jane' }] }))).toEqual([
      { path: 'annotations[0].speaker.name', message: 'is missing (expected a non-empty string)' },
      { path: 'annotations[1].speaker', message: 'expected a speaker object with a "name", found a string ("Jane")' },
    ]);
  });

  it('warns about a speaker on a note and drops it', () => {
    const result = parseTimeline(data({ annotations: [{ id: 'n', events: ['a'], quote: 'N', kind: 'note', speaker: { name: 'S' } }] }));
    expect(result.warnings).toEqual([{ path: 'annotations[0].speaker', message: 'a note has no speaker, so this one is ignored' }]);
    expect(result.ok && result.model.annotations[0].speaker).toBeUndefined();
  });

  it('warns about a quote or a reported annotation without a source', () => {
    expect(warningsOf(data({ annotations: [{ id: 'q', events: ['a'], quote: 'Q', speaker: { name: 'S' } }, { id: 'n', events: ['a'], quote: 'N' }] }))).toEqual([
      { path: 'annotations[0].source', message: 'no source given' },
    ]);
  });
});

describe('parseTimeline resists prototype pollution', () => {
  const payload = '{"polluted": "yes"}';
  const hostile = `{
    "title": "T", "__proto__": ${payload}, "constructor": {"prototype": ${payload}}, "prototype": ${payload},
    "events": [{ "id": "a", "title": "A", "start": "2023", "__proto__": ${payload},
      "sources": [{ "title": "S", "__proto__": ${payload} }] }],
    "annotations": [{ "id": "n", "events": ["a"], "quote": "Q", "__proto__": ${payload},
      "speaker": { "name": "S", "__proto__": ${payload} }, "source": { "title": "S", "constructor": ${payload} } }]
  }`;

  it('ignores __proto__, constructor and prototype keys at every level with a warning', () => {
    const result = parseTimeline(JSON.parse(hostile));
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      { path: '__proto__', message: 'field "__proto__" is ignored: the name is reserved' },
      { path: 'constructor', message: 'field "constructor" is ignored: the name is reserved' },
      { path: 'prototype', message: 'field "prototype" is ignored: the name is reserved' },
      { path: 'events[0].__proto__', message: 'field "__proto__" is ignored: the name is reserved' },
      { path: 'events[0].sources[0].__proto__', message: 'field "__proto__" is ignored: the name is reserved' },
      { path: 'annotations[0].__proto__', message: 'field "__proto__" is ignored: the name is reserved' },
      { path: 'annotations[0].speaker.__proto__', message: 'field "__proto__" is ignored: the name is reserved' },
      { path: 'annotations[0].source.constructor', message: 'field "constructor" is ignored: the name is reserved' },
    ]);
  });

  it('leaves Object.prototype unchanged and copies nothing from the hostile keys', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const model = modelOf(JSON.parse(hostile));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    for (const value of [model, model.events[0], model.events[0].sources[0], model.annotations[0], model.annotations[0].speaker]) {
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(value).not.toHaveProperty('polluted');
    }
  });
});

describe('parseTimeline tolerates unknown fields', () => {
  it('with a warning at the path of each', () => {
    const result = parseTimeline({ title: 'T', colour: 'red', events: [event('a', '2023', { colour: 'red', 'a b': 1, sources: [{ title: 'S', pages: 3 }] })] });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      { path: 'colour', message: 'unknown field "colour" is ignored' },
      { path: 'events[0].colour', message: 'unknown field "colour" is ignored' },
      { path: 'events[0]["a b"]', message: 'unknown field "a b" is ignored' },
      { path: 'events[0].sources[0].pages', message: 'unknown field "pages" is ignored' },
    ]);
  });

  it('suggesting the known field an unknown one resembles', () => {
    expect(warningsOf(data({ events: [event('a', '2023', { date_note: 'x', Summary: 'y' })] }))).toEqual([
      { path: 'events[0].date_note', message: 'unknown field "date_note" is ignored (did you mean "dateNote"?)' },
      { path: 'events[0].Summary', message: 'unknown field "Summary" is ignored (did you mean "summary"?)' },
    ]);
  });

  it('without descending into a field nested 20,000 levels deep', () => {
    let nested: unknown = 'bottom';
    for (let depth = 0; depth < 20_000; depth++) nested = { inner: nested };
    const result = parseTimeline(data({ events: [event('a', '2023', { extra: nested })] }));
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([{ path: 'events[0].extra', message: 'unknown field "extra" is ignored' }]);
  });

  it('from JSON text nested 20,000 levels deep', () => {
    const text = `{"title": "T", "events": [], "extra": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const json = parseJsonText(text);
    expect(json.ok && parseTimeline(json.value).ok).toBe(true);
  });
});

describe('parseTimeline keeps to its limits', () => {
  it('caps a 100,000-element events array of numbers at maxIssues, then counts the rest', () => {
    const errors = errorsOf({ title: 'T', events: new Array<number>(100_000).fill(1) });
    expect(errors).toHaveLength(51);
    expect(errors[0]).toEqual({ path: 'events[0]', message: 'expected an event object, found a number (1)' });
    expect(errors[49].path).toBe('events[49]');
    expect(errors[50]).toEqual({ path: '(more)', message: 'and 99950 more problems' });
  });

  it('refuses more events than the limit with one error, without walking them', () => {
    expect(errorsOf({ title: 'T', events: new Array(1_000_000_000) })).toEqual([{ path: 'events', message: 'holds 1000000000 events; the limit is 200000' }]);
  });

  it('refuses more annotations than the limit with one error', () => {
    const annotations = [1, 2, 3].map((n) => ({ id: `n${n}`, events: ['a'], quote: 'Q' }));
    expect(errorsOf(data({ annotations }), { limits: { maxAnnotations: 2 } })).toEqual([{ path: 'annotations', message: 'holds 3 annotations; the limit is 2' }]);
  });

  it('applies a lower issue cap given by the page', () => {
    expect(errorsOf({ title: 'T', events: [1, 2, 3] }, { limits: { maxIssues: 1 } })).toEqual([
      { path: 'events[0]', message: 'expected an event object, found a number (1)' },
      { path: '(more)', message: 'and 2 more problems' },
    ]);
  });

  it('still fails when an issue cap of zero hides every error', () => {
    expect(errorsOf({ title: 'T', events: [1] }, { limits: { maxIssues: 0 } })).toEqual([{ path: '(more)', message: 'and 1 more problem' }]);
  });

  it('keeps the default for a limit that is not a non-negative number', () => {
    expect(errorsOf({ title: 'T', events: [1, 2] }, { limits: { maxIssues: -1, maxEvents: Number.NaN } })).toHaveLength(2);
  });
});

describe('parseTimeline is total', () => {
  it('returns errors for an object whose getter throws', () => {
    const hostile = {
      title: 'T',
      get events(): never {
        throw new Error('boom');
      },
    };
    expect(errorsOf(hostile)).toEqual([{ path: '(root)', message: 'the data could not be read: reading it raised an exception' }]);
  });

  it('never throws for odd inputs', () => {
    const odd: unknown[] = [0, -0, NaN, true, '', Symbol('s'), 10n, () => 1, new Date(0), new Map(), Object.create(null), { title: 'T', events: [[], [[]], { id: {} }] }];
    for (const input of odd) expect(parseTimeline(input).ok).toBe(false);
  });

  it('ignores fields inherited through the prototype', () => {
    const input = Object.create({ title: 'Inherited', events: [] }) as Json;
    expect(errorsOf(input).map((e) => e.path)).toEqual(['title', 'events']);
  });
});
