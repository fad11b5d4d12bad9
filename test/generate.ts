/**
 * A deterministic generator of synthetic timeline data for tests, benchmarks and stories.
 * The same options (including the seed) always give the same data, byte for byte.
 */
import type {
  TimelineAnnotationInput,
  TimelineAnnotationKind,
  TimelineData,
  TimelineEventInput,
  TimelineSourceInput,
} from '../src/model/types.ts';

/** Options for {@link generateTimeline}. */
export interface GenerateTimelineOptions {
  /** How many events to produce (a non-negative integer). */
  events: number;
  /** One annotation per this many events (rounded down); default 10. 0 produces no annotations. */
  annotationEvery?: number;
  /** Seed of the pseudo-random sequence (taken as an unsigned 32-bit integer); default 1. */
  seed?: number;
  /** First calendar year events may fall in; default 2015. May be negative or above 9999. */
  startYear?: number;
  /** How many years the events spread over, from `startYear`; default 10. */
  years?: number;
  /** How many distinct `group` lanes to use; 0 leaves events without a group. Default 3. */
  groups?: number;
  /** When true, runs of several events share one calendar day (to exercise stacking). Default false. */
  sameDayBursts?: boolean;
}

/**
 * A small seeded PRNG (the mulberry32 construction): returns a function giving floats in [0, 1).
 * @param seed any number; it is reduced to an unsigned 32-bit integer.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;

const WORDS = [
  'river', 'council', 'harbour', 'treaty', 'vote', 'bridge', 'archive', 'signal', 'market', 'summit',
  'border', 'festival', 'railway', 'drought', 'election', 'reform', 'museum', 'strike', 'launch', 'charter',
  'satellite', 'northern', 'quiet', 'sudden', 'delayed', 'regional', 'provisional', 'historic', 'coastal',
  'independent', 'agreement', 'assembly', 'expedition', 'inquiry', 'ceremony', 'blackout', 'ruling', 'port',
  'grain', 'ferry', 'tower', 'map', 'fire', 'flood', 'talks', 'budget', 'court', 'census', 'storm', 'deal',
];

const PLACES = [
  'Lisbon', 'Kirkuk', 'Montevideo', 'Tromsø', 'Nairobi', 'Da Nang', 'Valparaíso', 'Tbilisi', 'Perth',
  'Québec City', 'Aswan', 'Cork', 'Almaty', 'Oaxaca', 'Gdańsk',
];

const GROUP_NAMES = ['Operations', 'Politics', 'Economy', 'Diplomacy', 'Culture', 'Science', 'Weather', 'Sport'];

const SPEAKERS = [
  { name: 'Ada Okafor', role: 'Historian' },
  { name: 'Lena Varga', role: 'Security expert' },
  { name: 'Tomás Reyes', role: 'Economist' },
  { name: 'Mei Tanaka', role: 'Political analyst' },
  { name: 'Yusuf Demir' },
];

const PUBLISHERS = ['Example Gazette', 'The Sample Post', 'Test Wire Service', 'Placeholder Radio'];

/** Minutes east of UTC; 0 is written `Z`. */
const OFFSETS = [0, 180, -300, 330, -210, 540, 60, -480, 345, 780];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A year in the schema's grammar: `YYYY` for 0–9999, `-YYYY` down to -9999, else `±YYYYYY`. */
function yearText(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  if (year < 0 && year >= -9999) return `-${pad(-year, 4)}`;
  return `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
}

/** Ms of 00:00 UTC on a proleptic Gregorian date (month 0-based; overflow rolls over). */
function utcMs(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}

function dayText(ms: number): string {
  const d = new Date(ms);
  return `${yearText(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function monthText(year: number, month: number): string {
  const d = new Date(utcMs(year, month, 1));
  return `${yearText(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1, 2)}`;
}

type TimePrecision = 'minute' | 'second' | 'millisecond';

/** An instant written as the wall clock at `offset` minutes east of UTC. */
function timedText(instantMs: number, offset: number, precision: TimePrecision): string {
  const d = new Date(instantMs + offset * 60_000);
  let text = `${dayText(d.getTime())}T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}`;
  if (precision !== 'minute') text += `:${pad(d.getUTCSeconds(), 2)}`;
  if (precision === 'millisecond') text += `.${pad(d.getUTCMilliseconds(), 3)}`;
  if (offset === 0) return `${text}Z`;
  const abs = Math.abs(offset);
  return `${text}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

function checkInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`generateTimeline: ${name} must be an integer >= ${min}, got ${value}`);
  }
}

/**
 * Generates valid synthetic timeline data.
 *
 * Events get ids `e1`…`eN` (in data order, which is not time order). Most dates have day
 * precision; some are months (`2019-05`), a few are years, and some are times with an offset
 * (`2019-05-03T14:20+05:30`, sometimes with seconds or milliseconds). About one event in six
 * has an `end` a few hours, days, months or years later. Titles are 8–70 characters long.
 * Annotations get ids `a1`…; there are `floor(events / annotationEvery)` of them, each on one
 * or two distinct events, of mixed kinds (`quote` and `reported` with a speaker, `note` without).
 *
 * @param options see {@link GenerateTimelineOptions}
 * @returns a `TimelineData` object; `JSON.stringify` of it is identical for identical options.
 * @throws RangeError when a count or span is not a usable integer.
 */
export function generateTimeline(options: GenerateTimelineOptions): TimelineData {
  const {
    events: eventCount,
    annotationEvery = 10,
    seed = 1,
    startYear = 2015,
    years = 10,
    groups = 3,
    sameDayBursts = false,
  } = options;
  checkInteger('events', eventCount, 0);
  checkInteger('annotationEvery', annotationEvery, 0);
  if (!Number.isInteger(startYear) || Math.abs(startYear) > 200_000) {
    throw new RangeError(`generateTimeline: startYear must be an integer within ±200000, got ${startYear}`);
  }
  checkInteger('years', years, 1);
  checkInteger('groups', groups, 0);

  const random = createRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

  const groupNames = Array.from({ length: groups }, (_, i) =>
    i < GROUP_NAMES.length ? GROUP_NAMES[i]! : `${GROUP_NAMES[i % GROUP_NAMES.length]} ${Math.floor(i / GROUP_NAMES.length) + 1}`,
  );

  const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

  /** A title of 8–70 characters, aiming at a random length. */
  const makeTitle = (): string => {
    const target = int(8, 70);
    let title = capitalise(pick(WORDS));
    for (;;) {
      const word = pick(WORDS);
      if (title.length >= Math.max(8, target) || title.length + 1 + word.length > 70) break;
      title += ` ${word}`;
    }
    return title;
  };

  const makeSentence = (minWords: number, maxWords: number): string => {
    const count = int(minWords, maxWords);
    const words = Array.from({ length: count }, () => pick(WORDS));
    return `${capitalise(words.join(' '))}.`;
  };

  const makeSummary = (): string =>
    Array.from({ length: int(1, 3) }, () => makeSentence(4, 14)).join(' ');

  const rangeStart = utcMs(startYear, 0, 1);
  const totalDays = Math.round((utcMs(startYear + years, 0, 1) - rangeStart) / DAY_MS);

  let burstDayMs = 0;
  let burstLeft = 0;

  const makeSource = (index: number, dateMs: number): TimelineSourceInput => {
    const source: TimelineSourceInput = { title: makeTitle() };
    if (random() < 0.7) source.publisher = pick(PUBLISHERS);
    const urlKind = random();
    if (urlKind < 0.5) source.url = `https://example.org/reports/${index}`;
    else if (urlKind < 0.7) source.url = `sources/report-${index}.html`;
    if (random() < 0.6) source.date = dayText(dateMs + int(0, 3) * DAY_MS);
    return source;
  };

  const events: TimelineEventInput[] = [];
  for (let i = 1; i <= eventCount; i++) {
    let dayMs: number;
    let inBurst = false;
    if (sameDayBursts && burstLeft > 0) {
      dayMs = burstDayMs;
      burstLeft--;
      inBurst = true;
    } else {
      dayMs = rangeStart + int(0, totalDays - 1) * DAY_MS;
      if (sameDayBursts && random() < 0.15) {
        burstDayMs = dayMs;
        burstLeft = int(2, 7);
        inBurst = true;
      }
    }

    const date = new Date(dayMs);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth();
    const hasEnd = random() < 0.17;
    const roll = random();
    let start: string;
    let end: string | undefined;
    if (inBurst || roll < 0.68) {
      // Day precision (bursts stay on their day so they really collide).
      start = dayText(dayMs);
      if (hasEnd) end = dayText(dayMs + int(1, 20) * DAY_MS);
    } else if (roll < 0.82) {
      start = monthText(year, month);
      if (hasEnd) end = monthText(year, month + int(1, 6));
    } else if (roll < 0.87) {
      start = yearText(year);
      if (hasEnd) end = yearText(year + int(1, 3));
    } else {
      const offset = pick(OFFSETS);
      const precisionRoll = random();
      const precision: TimePrecision =
        precisionRoll < 0.6 ? 'minute' : precisionRoll < 0.85 ? 'second' : 'millisecond';
      const instant = dayMs + int(0, DAY_MS / 1000 - 1) * 1000 + (precision === 'millisecond' ? int(0, 999) : 0);
      start = timedText(instant, offset, precision);
      if (hasEnd) end = timedText(instant + int(1, 6 * 60) * 60_000, offset, precision);
    }

    const event: TimelineEventInput = { id: `e${i}`, title: makeTitle(), start };
    if (end !== undefined) event.end = end;
    if (random() < 0.85) event.summary = makeSummary();
    if (random() < 0.75) event.place = pick(PLACES);
    if (groupNames.length > 0) event.group = pick(groupNames);
    if (random() < 0.1) event.dateNote = 'The day the statement was published; the event may be earlier.';
    if (random() < 0.4) {
      event.sources = Array.from({ length: int(1, 2) }, (_, k) => makeSource(i * 10 + k, dayMs));
    }
    events.push(event);
  }

  const annotationCount = annotationEvery === 0 || eventCount === 0 ? 0 : Math.floor(eventCount / annotationEvery);
  const annotations: TimelineAnnotationInput[] = [];
  for (let i = 1; i <= annotationCount; i++) {
    const first = int(1, eventCount);
    const ids = [`e${first}`];
    if (eventCount > 1 && random() < 0.3) {
      let second = int(1, eventCount - 1);
      if (second >= first) second++;
      ids.push(`e${second}`);
    }
    const kindRoll = random();
    const kind: TimelineAnnotationKind = kindRoll < 0.45 ? 'quote' : kindRoll < 0.8 ? 'reported' : 'note';
    const speaker = kind === 'note' ? undefined : { ...pick(SPEAKERS) };
    const quote = Array.from({ length: int(1, 2) }, () => makeSentence(5, 24)).join(' ');
    const annotation: TimelineAnnotationInput = speaker
      ? { id: `a${i}`, events: ids, speaker, quote, kind }
      : { id: `a${i}`, events: ids, quote, kind };
    if (random() < 0.6) {
      annotation.source = makeSource(1_000_000 + i, rangeStart + int(0, totalDays - 1) * DAY_MS);
    }
    annotations.push(annotation);
  }

  return {
    title: `Generated timeline (${eventCount} events, seed ${seed})`,
    description: 'Synthetic data from test/generate.ts.',
    events,
    annotations,
  };
}
