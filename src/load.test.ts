import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateTimeline } from '../test/generate.ts';
import { fetchTimelineJson } from './load.js';

const OPTIONS = { signal: new AbortController().signal, timeoutMs: 10_000, maxBytes: 50_000_000 };

/** A fetch that answers with `chunks` as the body, one read each; the read of chunk `holdAt` waits for `hold`. */
function answerWith(chunks: Uint8Array[], holdAt = -1, hold: Promise<void> = Promise.resolve()): void {
  vi.stubGlobal('fetch', async () => {
    let next = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (next === holdAt) await hold;
        if (next < chunks.length) controller.enqueue(chunks[next++]);
        else controller.close();
      },
    });
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchTimelineJson', () => {
  it('lets other tasks run while a big body that is already here is read', async () => {
    const text = JSON.stringify(generateTimeline({ events: 20_000, annotationEvery: 10, seed: 6 }));
    answerWith([new TextEncoder().encode(text)]);
    let isDone = false;
    let ticks = 0;
    const timer = setInterval(() => {
      if (!isDone) ticks++;
    }, 0);
    const result = await fetchTimelineJson('/data.json', OPTIONS);
    isDone = true;
    clearInterval(timer);
    expect(result).toMatchObject({ ok: true, value: JSON.parse(text) });
    expect(ticks).toBeGreaterThan(1);
  });

  it('parses the elements that have arrived while it waits for the rest', async () => {
    const data = generateTimeline({ events: 200, annotationEvery: 10, seed: 7 });
    const bytes = new TextEncoder().encode(JSON.stringify(data));
    // Cut every 1,000 bytes, inside multi-byte characters too; the second half waits.
    const chunks = Array.from({ length: Math.ceil(bytes.length / 1000) }, (_, k) => bytes.subarray(k * 1000, (k + 1) * 1000));
    let release = () => {};
    answerWith(chunks, chunks.length >> 1, new Promise((resolve) => (release = resolve)));
    const parse = vi.spyOn(JSON, 'parse');
    const result = fetchTimelineJson('/data.json', OPTIONS);
    await vi.waitFor(() => expect(parse).toHaveBeenCalled());
    release();
    expect(await result).toMatchObject({ ok: true, value: data });
    parse.mockRestore();
  });
});
