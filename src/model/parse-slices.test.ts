import { describe, expect, it } from 'vitest';
import { generateTimeline } from '../../test/generate.ts';
import { parseTimeline, parseTimelineInSlices } from './parse.js';

// Big enough that checking it takes several 12 ms slices on any machine this runs on.
const big = generateTimeline({ events: 20_000, annotationEvery: 10, seed: 3 });

/** How many times a 0 ms interval timer ran while `work` was still going. */
async function timerTicksDuring(work: () => Promise<unknown>): Promise<number> {
  let isDone = false;
  let ticks = 0;
  const timer = setInterval(() => {
    if (!isDone) ticks++;
  }, 0);
  await work();
  isDone = true;
  clearInterval(timer);
  return ticks;
}

describe('parseTimelineInSlices', () => {
  it('gives the same model as parseTimeline', async () => {
    expect(await parseTimelineInSlices(big, { baseUrl: 'https://example.org/data/' })).toEqual(parseTimeline(big, { baseUrl: 'https://example.org/data/' }));
  });

  it('gives the same errors and warnings as parseTimeline', async () => {
    const broken = { ...big, events: big.events.map((event, i) => (i % 1000 === 7 ? { ...event, start: '2023-13-01', colour: 'red' } : event)) };
    const sliced = await parseTimelineInSlices(broken);
    expect(sliced.ok).toBe(false);
    expect(sliced).toEqual(parseTimeline(broken));
  });

  it('turns an exception from hostile input into an error, as parseTimeline does', async () => {
    const hostile = { title: 'T', events: [{ id: 'a', title: 'A', start: '2023' }], get annotations() { throw new Error('boom'); } };
    expect(await parseTimelineInSlices(hostile)).toEqual(parseTimeline(hostile));
    expect(parseTimeline(hostile).ok).toBe(false);
  });

  it('lets other tasks run before it is done', async () => {
    expect(await timerTicksDuring(() => parseTimelineInSlices(big))).toBeGreaterThan(1);
  });

  it('does not pause on a hidden page, whose timers the browser holds back', async () => {
    const stub = globalThis as { document?: { hidden: boolean } };
    stub.document = { hidden: true };
    try {
      expect(await timerTicksDuring(() => parseTimelineInSlices(big))).toBe(0);
    } finally {
      delete stub.document;
    }
  });

  it('rejects at once when its signal has aborted before the call, however small the input', async () => {
    const small = { title: 'T', events: [{ id: 'a', title: 'A', start: '2023' }] };
    await expect(parseTimelineInSlices(small, {}, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
  });

  it('stops with the abort reason once its signal aborts', async () => {
    const controller = new AbortController();
    const parsing = parseTimelineInSlices(big, {}, controller.signal);
    controller.abort(new DOMException('replaced by a newer load', 'AbortError'));
    await expect(parsing).rejects.toThrow('replaced by a newer load');
  });
});
