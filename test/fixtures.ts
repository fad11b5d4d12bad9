/**
 * The six datasets that placement is held to (in the Node layout tests, the browser geometry
 * tests and the stories): the default story, and five shapes that stress notes and labels.
 */
import iraq from '../data/iraq-2023-09.json' with { type: 'json' };
import type { TimelineAnnotationInput, TimelineData, TimelineEventInput } from '../src/model/types.ts';
import { generateTimeline } from './generate.ts';

/** One day, 25 September 2023: six events of day precision and six at times that day, 20 notes. */
export function oneBusyDay(): TimelineData {
  const times = ['2023-09-25T03:15Z', '2023-09-25T06:00+03:00', '2023-09-25T08:30Z', '2023-09-25T12:00Z', '2023-09-25T12:05Z', '2023-09-25T21:40-02:00'];
  const events: TimelineEventInput[] = Array.from({ length: 12 }, (_, i) => ({
    id: `d${i + 1}`,
    title: i % 3 === 0 ? `A long headline about event number ${i + 1} that will not fit on one small screen` : `Event ${i + 1}`,
    start: i < 6 ? '2023-09-25' : times[i - 6],
    ...(i % 2 === 0 ? { group: 'Operations' } : {}),
  }));
  const words = 'the minister said that the operation was planned for weeks and carried out at dawn in the north';
  const annotations: TimelineAnnotationInput[] = Array.from({ length: 20 }, (_, i) => {
    // Every fourth note speaks of a second event, five events further on.
    const ids = i % 4 === 3 ? [`d${(i % 12) + 1}`, `d${((i + 5) % 12) + 1}`] : [`d${(i % 12) + 1}`];
    const quote = words.split(' ').slice(0, 4 + ((i * 7) % 16)).join(' ');
    return i % 5 === 4
      ? { id: `n${i + 1}`, events: ids, quote, kind: 'note' }
      : { id: `n${i + 1}`, events: ids, quote, kind: 'quote', speaker: { name: `Speaker ${i + 1}`, role: 'Analyst' } };
  });
  return { title: 'One busy day', events, annotations };
}

/** Twenty years of events with notes on the very first and the very last, and one on both. */
export function notesAtBothEnds(): TimelineData {
  const events: TimelineEventInput[] = [
    { id: 'first', title: 'The first event of the whole range', start: '2001-01-01' },
    { id: 'early', title: 'An early event', start: '2001-03-14' },
    { id: 'middle', title: 'Something in the middle', start: '2010-06', end: '2011-02' },
    { id: 'late', title: 'A late event', start: '2020-10-02' },
    { id: 'last', title: 'The last event of the whole range', start: '2020-12-31' },
  ];
  const quote = 'Words long enough to wrap over several lines of a note, so that the box is tall and wide.';
  const annotations: TimelineAnnotationInput[] = [
    { id: 'a1', events: ['first'], quote, kind: 'quote', speaker: { name: 'First Speaker', role: 'Historian' } },
    { id: 'a2', events: ['first'], quote: 'A second note on the first event.', kind: 'note' },
    { id: 'a3', events: ['last'], quote, kind: 'reported', speaker: { name: 'Last Speaker' } },
    { id: 'a4', events: ['last'], quote: 'A second note on the last event.', kind: 'note' },
    { id: 'a5', events: ['first', 'last'], quote: 'Both ends of the range, at once.', kind: 'note' },
    { id: 'a6', events: ['middle'], quote, kind: 'note' },
  ];
  return { title: 'Notes at both ends', events, annotations };
}

/** 200 generated events; the generator's `annotationEvery` is an integer, so 3 (66 notes) cut to 60. */
export function twoHundredWithSixtyNotes(): TimelineData {
  const data = generateTimeline({ events: 200, annotationEvery: 3, seed: 11, sameDayBursts: true });
  return { ...data, annotations: data.annotations!.slice(0, 60) };
}

/** Each dataset with a name that reads in a test title, made on demand. */
export const PLACEMENT_DATASETS: ReadonlyArray<[name: string, data: () => TimelineData]> = [
  ['the default dataset', () => iraq as TimelineData],
  ['50 generated events', () => generateTimeline({ events: 50, seed: 3 })],
  ['200 events with 60 notes', twoHundredWithSixtyNotes],
  ['one day with 12 events and 20 notes', oneBusyDay],
  ['a span from 1900 to 2024', () => generateTimeline({ events: 120, annotationEvery: 6, seed: 5, startYear: 1900, years: 124 })],
  ['notes at both ends of the range', notesAtBothEnds],
];

