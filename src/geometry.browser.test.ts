/**
 * The real boxes the browser draws, measured with getBoundingClientRect: notes, labels and
 * markers never overlap, nothing leaves the element, and every note's text fits its box (the
 * canvas measure that layout used agrees with the browser's own text layout).
 */
import { afterEach, describe, expect, it } from 'vitest';
import iraq from '../data/iraq-2023-09.json' with { type: 'json' };
import { generateTimeline } from '../test/generate.ts';
import { mountTimeline, shadowAll, unmountAll, waitForState } from './test-harness.js';

afterEach(unmountAll);

type Rect = { left: number; right: number; top: number; bottom: number; name: string };

const overlap = (a: Rect, b: Rect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

function rects(el: Element, selector: string, name: string): Rect[] {
  return shadowAll(el, selector)
    .map((node, i) => {
      const r = node.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, name: `${name} ${i}` };
    })
    .filter((r) => r.right - r.left > 0 && r.bottom - r.top > 0);
}

const busy = generateTimeline({ events: 200, annotationEvery: 3, seed: 5 });
const DATASETS: Array<[string, unknown]> = [
  ['the default dataset', iraq],
  ['200 events with notes', busy],
];
const CASES = DATASETS.flatMap(([name, data]) => [320, 375, 768, 1024, 1280, 1920].map((width) => [name, width, data] as const));

describe('drawn geometry', () => {
  it.each(CASES)('%s at %i px: no overlaps, nothing outside, every note\'s text inside its box', async (_name, width, data) => {
    const el = mountTimeline(width);
    el.data = data;
    await waitForState(el, ['ready']);
    const host = el.getBoundingClientRect();
    const notes = rects(el, '[part~="annotation"]', 'note');
    const labels = rects(el, '.event-label, .block-label', 'label');
    const markers = rects(el, '[part="marker"]', 'marker');
    const all = [...notes, ...labels, ...markers];
    const problems: string[] = [];
    for (let i = 0; i < all.length; i++) {
      const a = all[i];
      if (a.left < host.left - 0.5 || a.right > host.right + 0.5) problems.push(`${a.name} leaves the element`);
      for (let j = i + 1; j < all.length; j++) if (overlap(a, all[j])) problems.push(`${a.name} overlaps ${all[j].name}`);
    }
    for (const note of shadowAll(el, '[part~="annotation"]')) {
      if (note.scrollHeight > note.clientHeight + 1) problems.push(`a note's text overflows: ${note.textContent?.slice(0, 40)}`);
      for (const line of note.querySelectorAll<HTMLElement>('.line')) {
        if (line.getBoundingClientRect().right > note.getBoundingClientRect().right + 0.5) problems.push(`a line runs out of its note: ${line.textContent}`);
      }
    }
    expect(problems).toEqual([]);
    expect(notes.length + markers.length).toBeGreaterThan(0);
  });
});
