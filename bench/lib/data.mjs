// The benchmark's datasets: one generated timeline per size (test/generate.ts, one annotation in
// ten, seed 1), written as our JSON and converted to each peer's input format, in bench/.cache/.
// Files are rewritten only when the generator, the parser or this converter changed.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE, buildTsModules, importTs } from './ts.mjs';

export const SEED = 1;
export const ANNOTATION_EVERY = 10;

/** Paths (relative to the repository root, as the static server serves it) of one size's files. */
export function dataFiles(size) {
  return {
    ours: `bench/.cache/data-${size}.json`,
    vis: `bench/.cache/vis-${size}.json`,
    visFull: `bench/.cache/vis-full-${size}.json`,
    timelinejs: `bench/.cache/timelinejs-${size}.json`,
  };
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * vis-timeline: a box item at the start, or a range item from the start to the end's period end;
 * one group per lane; and the initial window (the data's extent, 5% margin each side), so that its
 * first redraw already shows all the data (without it, vis draws today's week first and the fitted
 * window only at a later redraw).
 *
 * With `full`, the page gets everything our element holds too, as a vis-timeline page would keep
 * it to show an event's details: the summary as the item's `title` (vis shows it as a tooltip),
 * place, date note and sources on the item, and the annotations beside the items.
 */
function toVis(model, full = false) {
  const [min, max] = model.extent ?? [0, 1];
  const margin = Math.max((max - min) * 0.05, 3_600_000);
  const items = model.events.map((event) => {
    const item = { id: event.id, content: escapeHtml(event.title), start: event.start.startMs };
    if (event.end) item.end = event.end.endMs;
    if (event.group !== undefined) item.group = event.group;
    if (full) {
      if (event.summary !== undefined) item.title = escapeHtml(event.summary);
      if (event.place !== undefined) item.place = event.place;
      if (event.dateNote !== undefined) item.dateNote = event.dateNote;
      if (event.sources.length) item.sources = event.sources.map(visSource);
    }
    return item;
  });
  const groups = model.groups.map((name, order) => ({ id: name, content: escapeHtml(name), order }));
  const out = { items, groups, window: { start: min - margin, end: max + margin } };
  if (full) {
    out.annotations = model.annotations.map((annotation) => ({
      id: annotation.id,
      events: annotation.eventIndexes.map((index) => model.events[index].id),
      kind: annotation.kind,
      quote: annotation.quote,
      ...(annotation.speaker ? { speaker: annotation.speaker } : {}),
      ...(annotation.source ? { source: visSource(annotation.source) } : {}),
    }));
  }
  return out;
}

/** A source as the data file writes it, for the full vis-timeline input. */
function visSource(source) {
  const out = { title: source.title };
  if (source.publisher !== undefined) out.publisher = source.publisher;
  if (source.href !== undefined) out.url = source.href;
  if (source.date !== undefined) out.date = source.date.text;
  return out;
}

/** A TimelineJS date object at the precision the date was written with (UTC calendar fields). */
function tljsDate(date) {
  const d = new Date(date.startMs);
  const out = { year: d.getUTCFullYear() };
  if (date.precision === 'year') return out;
  out.month = d.getUTCMonth() + 1;
  if (date.precision === 'month') return out;
  out.day = d.getUTCDate();
  if (date.precision === 'day') return out;
  out.hour = d.getUTCHours();
  out.minute = d.getUTCMinutes();
  return out;
}

/** TimelineJS: one slide per event; the event's annotations go into the slide's text as blockquotes. */
function toTimelineJs(model) {
  const events = model.events.map((event) => {
    const parts = [];
    if (event.summary) parts.push(`<p>${escapeHtml(event.summary)}</p>`);
    for (const index of event.annotationIndexes) {
      const annotation = model.annotations[index];
      const who = annotation.speaker ? `<cite>${escapeHtml(annotation.speaker.name)}</cite>` : '';
      parts.push(`<blockquote>${escapeHtml(annotation.quote)}${who}</blockquote>`);
    }
    const slide = {
      unique_id: event.id,
      start_date: tljsDate(event.start),
      text: { headline: escapeHtml(event.title), text: parts.join('') },
    };
    if (event.end) slide.end_date = tljsDate(event.end);
    if (event.group !== undefined) slide.group = event.group;
    return slide;
  });
  return { title: { text: { headline: escapeHtml(model.title), text: escapeHtml(model.description ?? '') } }, events };
}

/** Writes (or reuses) the files of every size; returns `{ [size]: dataFiles(size) }`. */
export async function ensureData(sizes, root) {
  mkdirSync(CACHE, { recursive: true });
  const tsDir = await buildTsModules();
  const inputsChanged = Math.max(statSync(join(tsDir, 'generate.js')).mtimeMs, statSync(join(tsDir, 'parse.js')).mtimeMs, statSync(fileURLToPath(import.meta.url)).mtimeMs);
  const { generateTimeline } = await importTs('generate');
  const { parseTimeline } = await importTs('parse');
  const out = {};
  for (const size of sizes) {
    const files = dataFiles(size);
    out[size] = files;
    const paths = Object.values(files).map((file) => join(root, file));
    if (paths.every((path) => existsSync(path) && statSync(path).mtimeMs > inputsChanged)) continue;
    const data = generateTimeline({ events: size, annotationEvery: ANNOTATION_EVERY, seed: SEED });
    const parsed = parseTimeline(data);
    if (!parsed.ok) throw new Error(`generated data of ${size} events does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    writeFileSync(join(root, files.ours), JSON.stringify(data));
    writeFileSync(join(root, files.vis), JSON.stringify(toVis(parsed.model)));
    writeFileSync(join(root, files.visFull), JSON.stringify(toVis(parsed.model, true)));
    writeFileSync(join(root, files.timelinejs), JSON.stringify(toTimelineJs(parsed.model)));
  }
  return out;
}
