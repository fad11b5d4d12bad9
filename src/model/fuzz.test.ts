/**
 * A seeded, structure-aware fuzzer for the whole data path: JSON text → `parseJsonText` →
 * `parseTimeline` → `prepareTimeline` → `layoutTimeline`. Each case starts from a real file (the
 * default dataset or a generated one), applies a few random mutations that know the format
 * (drop, duplicate, retype, corrupt strings, impossible dates, deep nesting, reserved keys) or is
 * a fully random JSON value, and checks the contract: nothing throws, every issue has a path and
 * a message, `Object.prototype` stays clean, and a valid model lays out with finite numbers only.
 *
 * Every failure is reported with its case number, so `runCase(n)` reproduces it exactly.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateTimeline } from '../../test/generate.ts';
import { layoutTimeline, prepareTimeline } from '../layout/layout.js';
import { createTableMeasure } from '../layout/measure.js';
import { createMetrics } from '../layout/metrics.js';
import { paddedDomain } from '../layout/time-scale.js';
import { JsonReader, parseJsonText, scanJson } from './json.js';
import { parseTimeline, type TimelineParseOptions } from './parse.js';
import type { TimelineIssue, TimelineLimits } from './types.js';

// ---------------------------------------------------------------------------------------------
// A tiny PRNG of our own: xorshift32 behind a seed scramble, so that nearby seeds diverge at once.

interface Random {
  float(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

function createPrng(seed: number): Random {
  let state = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  state = (state ^ (state >>> 13)) >>> 0 || 0x6d2b79f5;
  const float = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  return {
    float,
    int: (min, max) => min + Math.floor(float() * (max - min + 1)),
    pick: (list) => list[Math.floor(float() * list.length)],
    chance: (p) => float() < p,
  };
}

// ---------------------------------------------------------------------------------------------
// Inputs.

const iraqText = readFileSync(new URL('../../data/iraq-2023-09.json', import.meta.url), 'utf8');

/** The starting points, as JSON text, so that each case mutates a fresh copy. */
const BASES: readonly string[] = [
  iraqText,
  JSON.stringify(generateTimeline({ events: 12, seed: 1 })),
  JSON.stringify(generateTimeline({ events: 30, annotationEvery: 4, seed: 2, sameDayBursts: true })),
  JSON.stringify(generateTimeline({ events: 25, annotationEvery: 2, seed: 3, startYear: -500, years: 3000, groups: 0 })),
  JSON.stringify(generateTimeline({ events: 36, annotationEvery: 4, seed: 4, years: 1, groups: 6 })),
  JSON.stringify(generateTimeline({ events: 1, annotationEvery: 1, seed: 5 })),
];

const HTML_PAYLOADS = [
  '<img src=x onerror=__pwn()>',
  '<script>__pwn()</script>',
  '<svg onload=__pwn()>',
  '"><img src=x onerror=__pwn()>',
  "'><iframe srcdoc='<script>__pwn()</script>'>",
  '</text><script>__pwn()</script>',
  '{{constructor.constructor("__pwn()")()}}',
  '${__pwn()}',
];

const STRING_CORRUPTIONS = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  'a\u0001b',
  '\u001f\u007f\u0085',
  '\ud800',
  'x\udfffy',
  '\udc00\ud800',
  '\u202eevil\u202c',
  '\u2066isolated\u2069',
  '\u200b\u200d\ufeff',
  'e\u0301',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  'مرحبا بالعالم',
  'line\r\nbreak',
  'x'.repeat(5000),
  'word '.repeat(1200),
  'x'.repeat(20_001),
  '9'.repeat(400),
  'javascript:__pwn()',
  ' JaVaScRiPt:__pwn()',
  'java\tscript:__pwn()',
  '\u0001javascript:__pwn()',
  '&#106;avascript:__pwn()',
  'data:text/html,<script>__pwn()</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '\\\\evil.example\\x',
  'https://trusted@evil.example/',
  'https://xn--80ak6aa92e.com/',
  'https://example.org/ok',
  'relative/path.html',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  ...HTML_PAYLOADS,
];

const IMPOSSIBLE_DATES = [
  '2023-02-30', '2023-02-29', '1900-02-29', '2023-13-01', '2023-00-10', '2023-09-00', '2023-09-31',
  '2023-09-25T24:00Z', '2023-09-25T10:60Z', '2023-09-25T10:00:60Z', '2023-09-25T10:00',
  '2023-09-25T10:00+15:00', '2023-09-25T10:00+03:60', '-0000-01-01', '-000000-01-01', '+275760-09-14',
  '-271822-01-01', '2023-9-25', '09/25/2023', ' 2023-09-25', '2023-09-25 ', '2023-09-25 10:00',
  '2023-09-25t10:00z', '+2023-09-25', '2023-09-25T10:00:00.1234Z', '', 'Sept 25', '2023-W39',
  '20230925', 'NaN', 'Infinity', '0', '2023-09-25T10:00Z[Europe/Paris]',
];

/** Valid dates at the edges: year zero, BCE, the ends of the range, extreme offsets. */
const EDGE_DATES = [
  '0000-01-01', '0044-03-15', '-0044-03-15', '-000044-03-15', '2024-02-29', '2000-02-29',
  '9999-12-31T23:59:59.999+14:00', '0001-01-01T00:00-12:00', '1970-01-01T00:00Z', '2023-09-25T00:00:00.5+05:45',
  '+100000-06', '-100000', '+200000-12-31T23:59Z', '-200000-01-01',
  '-271821-04-20', '-271821-04-20T00:00Z', '+275759-12-31', '+275760-09-13T00:00Z',
];

const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype'];
const ODD_KEYS = ['style', 'class', 'onclick', 'Title', 'date_note', 'START', 'a b', ']', '#x', '', '1', ...RESERVED_KEYS];
const KNOWN_KEYS = [
  'title', 'description', 'events', 'annotations', 'id', 'start', 'end', 'summary', 'place', 'group', 'dateNote',
  'sources', 'publisher', 'url', 'date', 'speaker', 'quote', 'kind', 'name', 'role', '$schema',
];

/** A pollution payload: if any of these keys reached a prototype, `({}).polluted` would be set. */
const pollutionPayload = (): unknown => ({ polluted: 'yes', title: 'From a prototype', events: [], isAdmin: true });

// ---------------------------------------------------------------------------------------------
// Paths, written exactly as `parseTimeline` writes them.

type Step = string | number;

function pathOf(steps: readonly Step[]): string {
  let path = '';
  for (const step of steps) {
    if (typeof step === 'number') path += `[${step}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(step)) path += path === '' ? step : `.${step}`;
    else path += `${path === '' ? '(root)' : ''}[${JSON.stringify(step)}]`;
  }
  return path === '' ? '(root)' : path;
}

/** One place in the value: its parent container and key (or the root, with no parent). */
interface Slot {
  parent?: Record<string, unknown> | unknown[];
  key?: Step;
  steps: Step[];
  value: unknown;
}

/** Every place in the value down to `maxDepth`, walked with a stack (the value may be deep). */
function slotsOf(root: unknown, maxDepth = 8, maxSlots = 4000): Slot[] {
  const slots: Slot[] = [{ steps: [], value: root }];
  for (let i = 0; i < slots.length && slots.length < maxSlots; i++) {
    const { value, steps } = slots[i];
    if (steps.length >= maxDepth || typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let k = 0; k < value.length && k < 200; k++) slots.push({ parent: value, key: k, steps: [...steps, k], value: value[k] });
    } else {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) slots.push({ parent: record, key, steps: [...steps, key], value: record[key] });
    }
  }
  return slots;
}

/** Sets an own property, even one named `__proto__`, without invoking any setter. */
function setOwn(target: Record<string, unknown> | unknown[], key: Step, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

// ---------------------------------------------------------------------------------------------
// Value generators.

function randomString(random: Random): string {
  if (random.chance(0.5)) return random.pick(STRING_CORRUPTIONS);
  const length = random.int(0, 24);
  let text = '';
  for (let i = 0; i < length; i++) {
    const kind = random.int(0, 5);
    if (kind === 0) text += String.fromCharCode(random.int(0, 0x1f));
    else if (kind === 1) text += String.fromCharCode(random.int(0xd800, 0xdfff));
    else if (kind === 2) text += String.fromCodePoint(random.int(0x20, 0x10ffff) & 0x10ffff).replace(/[\ud800-\udfff]/g, '');
    else text += String.fromCharCode(random.int(0x20, 0x7e));
  }
  return text;
}

const NUMBERS = [0, -0, 1, -1, 0.5, 1e308, -1e308, 5e-324, 2 ** 53, Number.MAX_SAFE_INTEGER, 20230925, 1695600000000];
const NON_JSON_NUMBERS = [NaN, Infinity, -Infinity];

/** A value of a type other than `current`'s: the retype mutation. */
function retype(random: Random, current: unknown, allowNonJson: boolean): unknown {
  const kinds = ['string', 'number', 'null', 'array', 'object', 'boolean'].filter((kind) => kind !== typeName(current));
  switch (random.pick(kinds)) {
    case 'string':
      return typeof current === 'number' ? String(current) : randomString(random);
    case 'number':
      return allowNonJson && random.chance(0.2) ? random.pick(NON_JSON_NUMBERS) : random.pick(NUMBERS);
    case 'null':
      return null;
    case 'array':
      return random.chance(0.5) ? [] : [current];
    case 'object':
      return random.chance(0.5) ? {} : { value: current };
    default:
      return random.chance(0.5);
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Arrays or objects nested `depth` levels, built without recursion. */
function deeplyNested(random: Random, depth: number): unknown {
  const useArrays = random.chance(0.5);
  let value: unknown = random.chance(0.5) ? '2023-09-25' : null;
  for (let i = 0; i < depth; i++) value = useArrays ? [value] : { events: value };
  return value;
}

/** A fully random JSON-like value, with known and hostile keys, up to a small depth. */
function randomValue(random: Random, depth = 0): unknown {
  const kind = random.int(0, depth > 4 ? 3 : 6);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.pick(NUMBERS);
    case 3:
      return random.chance(0.3) ? random.pick([...IMPOSSIBLE_DATES, ...EDGE_DATES]) : randomString(random);
    case 4: {
      const list: unknown[] = [];
      for (let i = random.int(0, 5); i > 0; i--) list.push(randomValue(random, depth + 1));
      return list;
    }
    default: {
      const record: Record<string, unknown> = {};
      for (let i = random.int(0, 6); i > 0; i--) {
        const key = random.chance(0.7) ? random.pick(KNOWN_KEYS) : random.chance(0.5) ? random.pick(ODD_KEYS) : randomString(random);
        setOwn(record, key, randomValue(random, depth + 1));
      }
      return record;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Mutations.

type Mutation = (random: Random, root: { value: unknown }, allowNonJson: boolean) => string;

function replaceAt(root: { value: unknown }, slot: Slot, value: unknown): void {
  if (slot.parent === undefined) root.value = value;
  else setOwn(slot.parent, slot.key!, value);
}

const MUTATIONS: Record<string, Mutation> = {
  drop(random, root) {
    const slot = random.pick(slotsOf(root.value).filter((s) => s.parent !== undefined));
    if (!slot) return 'drop (nothing)';
    if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
    else delete (slot.parent as Record<string, unknown>)[slot.key as string];
    return `drop ${pathOf(slot.steps)}`;
  },
  duplicate(random, root) {
    const slot = random.pick(slotsOf(root.value).filter((s) => s.parent !== undefined));
    if (!slot) return 'duplicate (nothing)';
    let copy: unknown;
    try {
      copy = structuredClone(slot.value);
    } catch {
      copy = slot.value; // Too deep to clone: share it, the parser only reads.
    }
    if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 0, copy);
    else setOwn(slot.parent!, random.pick(ODD_KEYS), copy);
    return `duplicate ${pathOf(slot.steps)}`;
  },
  retype(random, root, allowNonJson) {
    const slot = random.pick(slotsOf(root.value));
    replaceAt(root, slot, retype(random, slot.value, allowNonJson));
    return `retype ${pathOf(slot.steps)}`;
  },
  corruptString(random, root) {
    const slot = random.pick(slotsOf(root.value).filter((s) => typeof s.value === 'string'));
    if (!slot) return 'corrupt (no string)';
    const text = slot.value as string;
    const payload = randomString(random);
    const at = random.int(0, text.length);
    const how = random.int(0, 3);
    const next =
      how === 0 ? payload : how === 1 ? text.slice(0, at) + payload + text.slice(at) : how === 2 ? text.slice(0, at) : text.repeat(Math.ceil(5000 / Math.max(text.length, 1)));
    replaceAt(root, slot, next);
    return `corrupt ${pathOf(slot.steps)}`;
  },
  date(random, root) {
    const slot = random.pick(slotsOf(root.value).filter((s) => s.key === 'start' || s.key === 'end' || s.key === 'date'));
    if (!slot) return 'date (none)';
    replaceAt(root, slot, random.chance(0.6) ? random.pick(IMPOSSIBLE_DATES) : random.pick(EDGE_DATES));
    return `date ${pathOf(slot.steps)}`;
  },
  nest(random, root) {
    const slot = random.pick(slotsOf(root.value));
    replaceAt(root, slot, deeplyNested(random, random.chance(0.1) ? 20_000 : random.int(2, 300)));
    return `nest ${pathOf(slot.steps)}`;
  },
  reservedKey(random, root) {
    const objects = slotsOf(root.value).filter((s) => typeName(s.value) === 'object');
    const slot = random.pick(objects);
    if (!slot) return 'reserved (no object)';
    const key = random.pick(RESERVED_KEYS);
    setOwn(slot.value as Record<string, unknown>, key, random.chance(0.7) ? pollutionPayload() : randomValue(random));
    return `reserved ${key} in ${pathOf(slot.steps)}`;
  },
  reservedId(random, root) {
    const slot = random.pick(slotsOf(root.value).filter((s) => s.key === 'id' || (typeof s.key === 'number' && s.steps[2] === 'events')));
    if (!slot) return 'reserved id (none)';
    replaceAt(root, slot, random.pick(['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '1', 'a b', '#x', ']']));
    return `reserved id ${pathOf(slot.steps)}`;
  },
  lookalikeReference(random, root) {
    const slot = random.pick(slotsOf(root.value).filter((s) => typeof s.key === 'number' && s.steps[2] === 'events' && typeof s.value === 'string'));
    if (!slot) return 'lookalike (none)';
    const id = slot.value as string;
    replaceAt(root, slot, random.pick([`${id} `, id.toUpperCase(), id.normalize('NFD'), `${id}-missing`]));
    return `lookalike ${pathOf(slot.steps)}`;
  },
  unknownField(random, root) {
    const slot = random.pick(slotsOf(root.value).filter((s) => typeName(s.value) === 'object'));
    if (!slot) return 'unknown (no object)';
    setOwn(slot.value as Record<string, unknown>, random.pick(ODD_KEYS), randomValue(random));
    return `unknown field in ${pathOf(slot.steps)}`;
  },
  hugeArray(random, root) {
    const slot = random.pick(slotsOf(root.value).filter((s) => Array.isArray(s.value)));
    if (!slot) return 'huge (no array)';
    replaceAt(root, slot, new Array(random.chance(0.5) ? 200_001 : 50_001).fill(null));
    return `huge array ${pathOf(slot.steps)}`;
  },
};

const MUTATION_NAMES = Object.keys(MUTATIONS);
/** Rarer mutations get fewer tickets. */
const MUTATION_WEIGHTS: Record<string, number> = { hugeArray: 0.2, nest: 0.5 };
const WEIGHTED_MUTATIONS = MUTATION_NAMES.flatMap((name) => Array<string>(Math.round((MUTATION_WEIGHTS[name] ?? 1) * 5)).fill(name));

function randomLimits(random: Random): Partial<TimelineLimits> | undefined {
  if (!random.chance(0.15)) return undefined;
  const pick = () => random.pick<number | undefined>([undefined, 0, 1, 3, 50, -1, NaN, Infinity, 1e9]);
  return { maxEvents: pick(), maxAnnotations: pick(), maxStringLength: pick(), maxIssues: pick() } as Partial<TimelineLimits>;
}

// ---------------------------------------------------------------------------------------------
// Checks.

const metrics = createMetrics(16, 'sans-serif');
const measure = createTableMeasure();

/** Paths look like `(root)`, `(file)`, `(more)`, `events[3].start` or `(root)["a b"]`. */
const PATH_PATTERN = /^(?:\((?:root|file|more)\)|[A-Za-z_$][\w$]*)(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*$/;

function issueProblems(issues: unknown, label: string): string[] {
  if (!Array.isArray(issues)) return [`${label} is not an array`];
  const problems: string[] = [];
  for (const issue of issues as TimelineIssue[]) {
    if (typeof issue?.path !== 'string' || issue.path === '') problems.push(`${label}: empty path ${JSON.stringify(issue)}`);
    else if (!PATH_PATTERN.test(issue.path)) problems.push(`${label}: odd path ${JSON.stringify(issue.path)}`);
    if (typeof issue?.message !== 'string' || issue.message.trim() === '') problems.push(`${label}: empty message at ${issue?.path}`);
    else if (issue.message.length > 600) problems.push(`${label}: a ${issue.message.length}-character message at ${issue.path}`);
  }
  return problems;
}

/** Paths of every number in the layout that is NaN or infinite, walked with a stack. */
function nonFiniteNumbers(value: unknown): string[] {
  const found: string[] = [];
  const stack: Array<[unknown, string]> = [[value, 'layout']];
  while (stack.length) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) found.push(`${path} = ${current}`);
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) stack.push([child, `${path}.${key}`]);
    }
  }
  return found;
}

const cleanObjectPrototype = Object.getOwnPropertyNames(Object.prototype).sort().join();
const cleanArrayPrototype = Object.getOwnPropertyNames(Array.prototype).sort().join();

function pollution(): string[] {
  const found: string[] = [];
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== cleanObjectPrototype) found.push('Object.prototype gained properties');
  if (Object.getOwnPropertyNames(Array.prototype).sort().join() !== cleanArrayPrototype) found.push('Array.prototype gained properties');
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'title', 'events', 'value']) if (key in probe) found.push(`({}).${key} is inherited`);
  return found;
}

/** Parses, then lays out a valid model; returns what went wrong (nothing, ideally). */
function checkValue(value: unknown, options: TimelineParseOptions, random: Random): string[] {
  const problems: string[] = [];
  let result: ReturnType<typeof parseTimeline>;
  try {
    result = parseTimeline(value, options);
  } catch (error) {
    return [`parseTimeline threw ${String(error)}`];
  }
  if (result.ok) {
    problems.push(...issueProblems(result.warnings, 'warning'));
    const { model } = result;
    try {
      const prepared = prepareTimeline(model);
      const width = random.int(320, 1920);
      const layout = layoutTimeline(prepared, { width, view: paddedDomain(model.extent), locale: 'en-GB', metrics, measure, noteHeading: 'Context' });
      problems.push(...nonFiniteNumbers(layout).slice(0, 3).map((where) => `width ${width}: ${where}`));
    } catch (error) {
      problems.push(`layout threw ${String(error)}`);
    }
  } else {
    if (result.errors.length === 0) problems.push('not ok, but no errors');
    problems.push(...issueProblems(result.errors, 'error'), ...issueProblems(result.warnings, 'warning'));
  }
  problems.push(...pollution());
  return problems;
}

/** Turns the value into JSON text, damages the text now and then, and checks `parseJsonText`. */
function checkText(value: unknown, random: Random): string[] {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return []; // Too deep to write as text; the value itself was checked.
  }
  if (text === undefined || text.length > 100_000) return []; // Huge arrays: checked as values, too slow as text.
  if (random.chance(0.3)) text = JSON.stringify(value, null, random.pick([2, '\t']));
  if (random.chance(0.1)) text = `\ufeff${text}`;
  let isDamaged = false;
  if (random.chance(0.5)) {
    isDamaged = true;
    const at = random.int(0, text.length);
    const how = random.int(0, 4);
    if (how === 0) text = text.slice(0, at);
    else if (how === 1) text = text.slice(0, at) + random.pick(['}', ']', ',', '"', ':', "'", '\u0000', '\n', 'NaN', '<', '\\x']) + text.slice(at);
    else if (how === 2) text = text.slice(0, at) + text.slice(at + 1);
    else if (how === 3) text = random.pick(['<!doctype html><h1>502</h1>', 'undefined', "{'a':1}", '{"a":1,}', '[1,2', '', '   ', '\ufeff']);
    else text = text.slice(0, at) + '\r\n' + text.slice(at).replace(/:/, ';');
  }
  const scanned = scanJson(text.replace(/^\ufeff/, ''));
  let engineOffset = -1;
  let engineValue: unknown;
  try {
    engineValue = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const position = /at position (\d+)/.exec(String(error));
    engineOffset = position ? Number(position[1]) : text.replace(/^\ufeff/, '').length;
    if (!position && !/end of JSON input/.test(String(error))) engineOffset = scanned; // V8 gave no place to compare
  }
  if (scanned !== engineOffset) return [`the scanner puts the error at ${scanned}, V8 at ${engineOffset}: ${JSON.stringify(text.slice(0, 120))}`];
  let parsed: ReturnType<typeof parseJsonText>;
  try {
    parsed = parseJsonText(text);
  } catch (error) {
    return [`parseJsonText threw ${String(error)}`];
  }
  // Arriving in pieces of random sizes, as a body does, the text reads the same as whole, and
  // valid text with arrays in its top-level value is not read again whole.
  const reader = new JsonReader();
  const parse = vi.spyOn(JSON, 'parse');
  for (let at = 0; at < text.length; ) {
    const size = random.int(1, 64);
    reader.push(text.slice(at, at + size));
    at += size;
  }
  const inPieces = reader.end();
  const isReadAgain = parse.mock.calls.some(([part]) => part === text.replace(/^\ufeff/, ''));
  parse.mockRestore();
  if (!isDeepStrictEqual(inPieces, parsed) || (parsed.ok && JSON.stringify(inPieces.ok && inPieces.value) !== JSON.stringify(engineValue))) {
    return [`a read in pieces differs from a read of the whole text: ${JSON.stringify(text.slice(0, 120))}`];
  }
  if (parsed.ok) {
    if (!isDeepStrictEqual(parsed.value, engineValue)) return [`parseJsonText differs from JSON.parse: ${JSON.stringify(text.slice(0, 120))}`];
    const hasTopLevelArray = typeof engineValue === 'object' && engineValue !== null && Object.values(engineValue).some(Array.isArray);
    if (hasTopLevelArray && !text.startsWith('\ufeff') && isReadAgain) return [`valid text was read again whole: ${JSON.stringify(text.slice(0, 120))}`];
    if (!isDamaged && random.chance(0.3)) {
      try {
        parseTimeline(parsed.value);
      } catch (error) {
        return [`parseTimeline threw on parsed text: ${String(error)}`];
      }
    }
    return [];
  }
  const problems = issueProblems([parsed.error], 'json');
  const body = text.replace(/^\ufeff/, '');
  if (body.trim() === '') {
    if (!/empty/.test(parsed.error.message)) problems.push(`empty text not called empty: ${parsed.error.message}`);
    return problems;
  }
  const where = /at line (\d+), column (\d+)/.exec(parsed.error.message);
  if (!where) {
    problems.push(`syntax error without line and column: ${parsed.error.message}`);
    return problems;
  }
  const lines = body.split(/\r\n|\r|\n/);
  const line = Number(where[1]);
  const column = Number(where[2]);
  if (line < 1 || line > lines.length) problems.push(`line ${line} is outside the text's ${lines.length} lines`);
  else if (column < 1 || column > [...lines[line - 1]].length + 1) problems.push(`column ${column} is outside line ${line}`);
  return problems;
}

/** One fuzz case, fully determined by its number. */
function runCase(caseNumber: number): { log: string; problems: string[] } {
  const random = createPrng(caseNumber);
  const allowNonJson = random.chance(0.2);
  let log: string;
  let root: { value: unknown };
  if (random.chance(0.12)) {
    root = { value: randomValue(random) };
    log = 'random value';
  } else {
    root = { value: JSON.parse(random.pick(BASES)) as unknown };
    const steps: string[] = [];
    for (let i = random.int(1, 5); i > 0; i--) steps.push(MUTATIONS[random.pick(WEIGHTED_MUTATIONS)](random, root, allowNonJson));
    log = steps.join('; ');
  }
  const options: TimelineParseOptions = { limits: randomLimits(random) };
  if (random.chance(0.5)) options.baseUrl = random.pick(['https://example.org/data/file.json', 'not a url', 'javascript:alert(1)', 'file:///etc/']);
  const problems = checkValue(root.value, options, random);
  if (!allowNonJson && random.chance(0.6)) problems.push(...checkText(root.value, random));
  return { log, problems };
}

// ---------------------------------------------------------------------------------------------

const CASES = 3000;

describe('fuzzing the data path', () => {
  const warn = vi.spyOn(console, 'warn');
  const error = vi.spyOn(console, 'error');
  beforeAll(() => {
    warn.mockClear();
    error.mockClear();
  });
  afterAll(() => {
    warn.mockRestore();
    error.mockRestore();
  });

  it('the PRNG is deterministic and spreads its values', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const first = Array.from({ length: 1000 }, () => a.float());
    expect(Array.from({ length: 1000 }, () => b.float())).toEqual(first);
    expect(createPrng(43).float()).not.toBe(first[0]);
    const mean = first.reduce((sum, x) => sum + x, 0) / first.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it(`${CASES} mutated and random inputs never throw, always explain themselves and leave prototypes clean`, () => {
    const failures: string[] = [];
    let ok = 0;
    for (let n = 0; n < CASES; n++) {
      const { log, problems } = runCase(n);
      if (problems.length) failures.push(`case ${n} (${log}): ${problems.slice(0, 3).join(' | ')}`);
      else ok++;
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(ok).toBe(CASES);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  }, 60_000);

  it('a case is reproducible from its number', () => {
    expect(runCase(1234)).toEqual(runCase(1234));
  });

  it('both valid and invalid results occur, so both halves of the contract are exercised', () => {
    let valid = 0;
    let invalid = 0;
    for (let n = 0; n < 300; n++) {
      const random = createPrng(n);
      const root = { value: JSON.parse(random.pick(BASES)) as unknown };
      MUTATIONS[random.pick(WEIGHTED_MUTATIONS)](random, root, false);
      if (parseTimeline(root.value).ok) valid++;
      else invalid++;
    }
    expect(valid).toBeGreaterThan(20);
    expect(invalid).toBeGreaterThan(20);
  });
});

/** Text fields the format reads, and the keys under which a wrong type must be an error at that very path. */
const TEXT_KEYS = new Set(['title', 'description', 'id', 'start', 'end', 'summary', 'place', 'group', 'dateNote', 'publisher', 'url', 'date', 'quote', 'kind', 'name', 'role']);
const REQUIRED_KEYS = new Set(['title', 'id', 'start', 'quote', 'name']);

/** String leaves of a valid base that the parser reads (not `$schema`, not a note's ignored speaker). */
function readLeaves(root: unknown): Slot[] {
  return slotsOf(root).filter((slot) => {
    if (typeof slot.value !== 'string') return false;
    const isReference = typeof slot.key === 'number' && slot.steps[0] === 'annotations' && slot.steps[2] === 'events';
    if (!isReference && !TEXT_KEYS.has(slot.key as string)) return false;
    if (slot.steps[0] === 'annotations' && slot.steps[2] === 'speaker') {
      const annotation = (root as { annotations: Array<{ kind?: string }> }).annotations[slot.steps[1] as number];
      if (annotation.kind === 'note') return false;
    }
    return true;
  });
}

describe('errors point at the damage', () => {
  it('a field of the wrong type is an error at exactly its path, in 400 seeded cases', () => {
    const missed: string[] = [];
    for (let n = 0; n < 400; n++) {
      const random = createPrng(100_000 + n);
      const root = { value: JSON.parse(random.pick(BASES)) as unknown };
      const slot = random.pick(readLeaves(root.value));
      const wrong = random.pick<unknown>([42, true, [], {}, ['x'], { name: 'x' }]);
      replaceAt(root, slot, wrong);
      const result = parseTimeline(root.value);
      const path = pathOf(slot.steps);
      if (result.ok || !result.errors.some((issue) => issue.path === path && /expected/.test(issue.message))) {
        missed.push(`${path} = ${JSON.stringify(wrong)}: ${JSON.stringify(result.ok ? 'ok' : result.errors.slice(0, 3))}`);
      }
    }
    expect(missed.slice(0, 5)).toEqual([]);
  });

  it('a missing required field is an error at its path saying it is missing, in 300 seeded cases', () => {
    const missed: string[] = [];
    for (let n = 0; n < 300; n++) {
      const random = createPrng(200_000 + n);
      const root = { value: JSON.parse(random.pick(BASES)) as unknown };
      const slot = random.pick(readLeaves(root.value).filter((s) => REQUIRED_KEYS.has(s.key as string)));
      if (random.chance(0.5)) delete (slot.parent as Record<string, unknown>)[slot.key as string];
      else replaceAt(root, slot, null);
      const result = parseTimeline(root.value);
      const path = pathOf(slot.steps);
      if (result.ok || !result.errors.some((issue) => issue.path === path && /missing|expected/.test(issue.message))) {
        missed.push(`${path}: ${JSON.stringify(result.ok ? 'ok' : result.errors.slice(0, 3))}`);
      }
    }
    expect(missed.slice(0, 5)).toEqual([]);
  });

  it('an impossible date is an error at its path that quotes the value, in 300 seeded cases', () => {
    const missed: string[] = [];
    for (let n = 0; n < 300; n++) {
      const random = createPrng(300_000 + n);
      const root = { value: JSON.parse(random.pick(BASES)) as unknown };
      const slot = random.pick(readLeaves(root.value).filter((s) => s.key === 'start' || s.key === 'end' || s.key === 'date'));
      const bad = random.pick(IMPOSSIBLE_DATES);
      replaceAt(root, slot, bad);
      const result = parseTimeline(root.value);
      const path = pathOf(slot.steps);
      const quoted = bad === '' ? 'empty' : JSON.stringify(bad);
      if (result.ok || !result.errors.some((issue) => issue.path === path && issue.message.includes(quoted))) {
        missed.push(`${path} = ${JSON.stringify(bad)}: ${JSON.stringify(result.ok ? 'ok' : result.errors.slice(0, 3))}`);
      }
    }
    expect(missed.slice(0, 5)).toEqual([]);
  });

  it('a hostile link is a warning at its path and the timeline still loads, in 300 seeded cases', () => {
    const hostile = [
      'javascript:__pwn()', 'JAVASCRIPT:__pwn()', '  javascript:__pwn()', 'java\tscript:__pwn()', 'java\nscript:__pwn()',
      '\u0001javascript:__pwn()', '&#106;avascript:__pwn()', 'javascript&colon;__pwn()', 'data:text/html,<script>__pwn()</script>',
      'DaTa:text/html;base64,PHNjcmlwdD5fX3B3bigpPC9zY3JpcHQ+', 'vbscript:msgbox(1)', ' VBScript:msgbox(1)', 'https://user:pw@evil.example/',
    ];
    const missed: string[] = [];
    for (let n = 0; n < 300; n++) {
      const random = createPrng(400_000 + n);
      const root = { value: JSON.parse(random.pick(BASES)) as unknown };
      const sources = slotsOf(root.value).filter((s) => s.key === 'sources' || s.key === 'source');
      const holder = random.pick(sources);
      const source = Array.isArray(holder.value) ? (holder.value[0] as Record<string, unknown> | undefined) : (holder.value as Record<string, unknown>);
      if (!source) continue;
      const url = random.pick(hostile);
      source.url = url;
      const result = parseTimeline(root.value, { baseUrl: 'https://example.org/data/file.json' });
      const path = `${pathOf(Array.isArray(holder.value) ? [...holder.steps, 0] : holder.steps)}.url`;
      if (!result.ok || !result.warnings.some((issue) => issue.path === path)) {
        missed.push(`${path} = ${JSON.stringify(url)}: ${JSON.stringify(result.ok ? result.warnings.slice(0, 3) : result.errors.slice(0, 3))}`);
        continue;
      }
      const hrefs = [...result.model.events.flatMap((e) => e.sources), ...result.model.annotations.flatMap((a) => (a.source ? [a.source] : []))].map((s) => s.href);
      const bad = hrefs.filter((href) => href !== undefined && !/^https?:\/\//.test(href));
      if (bad.length) missed.push(`unsafe hrefs ${JSON.stringify(bad)}`);
    }
    expect(missed.slice(0, 5)).toEqual([]);
  });
});
