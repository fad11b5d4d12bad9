/**
 * Loading over a real connection (R3, R6, R7, R14, S6, S7), against the routes that
 * `test/transport-routes.ts` adds to the test server under `/__transport/`: every failure gets
 * its own message and a `timeline-error` with paths, the newest `src` wins, the last good
 * timeline stays beside an error, and a removed element aborts its load (the server sees the
 * client close the request).
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnnotatedTimeline } from './annotated-timeline.component.js';
import type { TimelineErrorDetail, TimelineLoadDetail } from './events.js';
import { mountTimeline, shadowAll, shadowOne, unmountAll, waitForState } from './test-harness.js';

declare global {
  interface Window {
    __pwn?: () => void;
    __pwned?: boolean;
  }
}

interface TransportLog {
  requests: number;
  closedEarly: number;
  finished: number;
}

let counter = 0;

/** A fresh id, so that each test reads only its own requests from the server's log. */
const freshId = (): string => `t${Date.now().toString(36)}-${counter++}`;

function route(name: string, params: Record<string, string | number> = {}, id = freshId()): string {
  const query = new URLSearchParams({ id, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
  return `/__transport/${name}?${query}`;
}

async function serverLog(src: string): Promise<TransportLog> {
  const id = new URL(src, location.href).searchParams.get('id')!;
  const response = await fetch(`/__transport/log?id=${encodeURIComponent(id)}`);
  return (await response.json()) as TransportLog;
}

/** Every `timeline-load` and `timeline-error` the element fires, in order. */
function record(el: AnnotatedTimeline): { loads: TimelineLoadDetail[]; errors: TimelineErrorDetail[] } {
  const seen = { loads: [] as TimelineLoadDetail[], errors: [] as TimelineErrorDetail[] };
  el.addEventListener('timeline-load', (event) => seen.loads.push(event.detail));
  el.addEventListener('timeline-error', (event) => seen.errors.push(event.detail));
  return seen;
}

/**
 * Mounts an element, then sets `src`: the attribute is not set before the element connects,
 * as that starts two requests (the first aborted at once), which would blur the server's log.
 */
function mountLoading(src: string, attributes: Record<string, string> = {}): AnnotatedTimeline {
  const el = mountTimeline(900, attributes);
  el.src = src;
  return el;
}

const title = (el: AnnotatedTimeline): string | null | undefined => el.shadowRoot!.querySelector('#title')?.textContent;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const warn = vi.spyOn(console, 'warn');
const error = vi.spyOn(console, 'error');
const pageErrors: unknown[] = [];
const onPageError = (event: ErrorEvent | PromiseRejectionEvent) => pageErrors.push('reason' in event ? event.reason : (event.error ?? event.message));
window.addEventListener('error', onPageError);
window.addEventListener('unhandledrejection', onPageError);

beforeEach(() => {
  warn.mockClear();
  error.mockClear();
  pageErrors.length = 0;
  window.__pwned = undefined;
  window.__pwn = () => {
    window.__pwned = true;
  };
});

afterEach(() => {
  unmountAll();
  expect(pageErrors).toEqual([]);
  expect(warn).not.toHaveBeenCalled();
  expect(error).not.toHaveBeenCalled();
  delete window.__pwn;
  delete window.__pwned;
});

afterAll(() => {
  window.removeEventListener('error', onPageError);
  window.removeEventListener('unhandledrejection', onPageError);
  warn.mockRestore();
  error.mockRestore();
});

interface FailureCase {
  name: string;
  src: () => string;
  attributes?: Record<string, string>;
  /** What the message must say, beyond naming the URL. */
  says: RegExp[];
  path: string;
  status?: number;
}

const FAILURES: FailureCase[] = [
  { name: 'a 500 answer', src: () => route('status', { code: 500 }), says: [/answered 500/], path: '(file)', status: 500 },
  { name: 'a 404 answer', src: () => route('status', { code: 404 }), says: [/answered 404/], path: '(file)', status: 404 },
  { name: 'a dropped connection', src: () => route('reset'), says: [/Could not reach/], path: '(file)' },
  { name: 'an HTML page', src: () => route('html'), says: [/not valid JSON/, /text\/html/, /line 1, column 1/], path: '(file)', status: 200 },
  { name: 'a text/plain body', src: () => route('notjson'), says: [/not valid JSON/, /text\/plain/, /line 1, column 2/], path: '(file)', status: 200 },
  { name: 'a JSON array', src: () => route('array'), says: [/holds an array, not an object/], path: '(root)', status: 200 },
  { name: 'an empty body', src: () => route('empty'), says: [/is empty/, /application\/json/], path: '(file)', status: 200 },
  { name: 'a syntax error on line 3', src: () => route('syntax'), says: [/not valid JSON/, /line 3, column 14/], path: '(file)', status: 200 },
  { name: 'no answer within the timeout', src: () => route('hang'), attributes: { timeout: '300' }, says: [/within 0\.3 seconds/], path: '(file)' },
  { name: 'a declared body over max-bytes', src: () => route('big', { bytes: 5000 }), attributes: { 'max-bytes': '1000' }, says: [/larger than the limit of 1 kB/], path: '(file)', status: 200 },
  {
    name: 'a streamed body over max-bytes',
    src: () => route('big', { bytes: 5000, chunked: 1 }),
    attributes: { 'max-bytes': '1000' },
    says: [/larger than the limit of 1 kB/],
    path: '(file)',
    status: 200,
  },
];

describe('each loading failure has its own message', () => {
  const messages = new Map<string, string>();

  it.each(FAILURES)('$name', async ({ name, src: makeSrc, attributes = {}, says, path, status }) => {
    const src = makeSrc();
    const el = mountTimeline(900, attributes);
    const seen = record(el);
    el.src = src;
    expect(await waitForState(el, ['error', 'ready'])).toBe('error');
    await pause(50);
    expect(seen.loads).toEqual([]);
    expect(seen.errors).toHaveLength(1);
    const [detail] = seen.errors;
    expect(detail.src).toBe(src);
    expect(detail.status).toBe(status);
    expect(detail.message).toContain(src);
    for (const pattern of says) expect(detail.message).toMatch(pattern);
    expect(detail.errors.length).toBeGreaterThan(0);
    expect(detail.errors[0].path).toBe(path);
    expect(detail.errors[0].message.length).toBeGreaterThan(0);
    // The error view shows the same sentence and every problem with its path.
    const box = shadowOne(el, '[part="error"]');
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.textContent).toContain(detail.message);
    expect(box.textContent).toContain(detail.errors[0].path);
    // Plain values only: no DOM nodes, no response bodies.
    expect(JSON.parse(JSON.stringify(detail))).toEqual(detail);
    expect(JSON.stringify(detail)).not.toMatch(/onerror|<img|<script|Bad gateway/);
    messages.set(name, detail.message.replaceAll(src, '<src>'));
  });

  it('and no two kinds of failure share a message (a body over the limit reads the same however it is sent)', () => {
    expect(messages.size).toBe(FAILURES.length);
    expect(messages.get('a streamed body over max-bytes')).toBe(messages.get('a declared body over max-bytes'));
    messages.delete('a streamed body over max-bytes');
    expect(new Set(messages.values()).size).toBe(FAILURES.length - 1);
  });
});

describe('loading', () => {
  it('accepts a UTF-8 byte order mark', async () => {
    const el = mountLoading(route('bom', { tag: 'With a BOM' }));
    const seen = record(el);
    expect(await waitForState(el, ['ready', 'error'])).toBe('ready');
    expect(title(el)).toBe('With a BOM');
    expect(shadowAll(el, '[part~="event-button"]')).toHaveLength(2);
    await pause(20);
    expect(seen.errors).toEqual([]);
  });

  it('keeps its defaults when timeout and max-bytes are not numbers', async () => {
    const el = mountLoading(route('big', { bytes: 5000 }), { timeout: 'soon', 'max-bytes': 'lots' });
    expect(await waitForState(el, ['ready', 'error'])).toBe('ready');
    expect(title(el)).toBe('Big');
  });

  it('never runs or inserts an HTML error page', async () => {
    const el = mountTimeline(900);
    const seen = record(el);
    el.src = route('html', { code: 502 });
    await waitForState(el, ['error']);
    await pause(200);
    expect(seen.errors[0].status).toBe(502);
    expect(window.__pwned).toBeUndefined();
    expect(shadowAll(el, 'img, script, iframe, h1')).toEqual([]);
    expect(el.shadowRoot!.textContent).not.toContain('Bad gateway');
    expect(JSON.stringify(seen.errors)).not.toContain('Bad gateway');
  });

  it('lets the newest src win: a late answer to an old src is dropped, and the old request is aborted', async () => {
    const old = route('slow', { ms: 2000, tag: 'Old answer' });
    const newer = route('slow', { ms: 50, tag: 'New answer' });
    const el = mountLoading(old);
    const seen = record(el);
    await expect.poll(async () => (await serverLog(old)).requests).toBe(1);
    el.src = newer;
    expect(await waitForState(el, ['ready', 'error'])).toBe('ready');
    expect(title(el)).toBe('New answer');
    await pause(2200); // The old answer would have arrived by now.
    expect(title(el)).toBe('New answer');
    expect(seen.loads.map((load) => load.src)).toEqual([newer]);
    expect(seen.errors).toEqual([]);
    expect(el.matches(':state(ready)')).toBe(true);
    expect(await serverLog(old)).toEqual({ requests: 1, closedEarly: 1, finished: 0 });
  });

  it('lets the newest src win when a failing src is replaced by a good one mid-flight', async () => {
    // A timeout long enough that the replacement always comes first, even on a busy machine.
    const failing = route('hang');
    const el = mountLoading(failing, { timeout: '2000' });
    const seen = record(el);
    await expect.poll(async () => (await serverLog(failing)).requests).toBe(1);
    el.src = route('slow', { ms: 150, tag: 'Good in the end' });
    expect(await waitForState(el, ['ready', 'error'], 3000)).toBe('ready');
    await pause(2100); // Past the first load's timeout.
    expect(title(el)).toBe('Good in the end');
    expect(await serverLog(failing)).toEqual({ requests: 1, closedEarly: 1, finished: 0 });
    expect(seen.errors).toEqual([]);
  });

  it('lets data set during a load win, and aborts the load', async () => {
    // Slow enough that the data always comes before the answer, even on a busy machine.
    const slow = route('slow', { ms: 2000, tag: 'From src' });
    const el = mountLoading(slow);
    const seen = record(el);
    await expect.poll(async () => (await serverLog(slow)).requests).toBe(1);
    el.data = { title: 'From data', events: [{ id: 'x', title: 'X', start: '2023-01-01' }] };
    expect(await waitForState(el, ['ready'])).toBe('ready');
    await expect.poll(async () => (await serverLog(slow)).closedEarly).toBe(1);
    await pause(2100);
    expect(title(el)).toBe('From data');
    expect(seen.loads.map((load) => load.src)).toEqual([undefined]);
    expect(seen.errors).toEqual([]);
  });

  it('keeps the last good timeline beside an error, and clears the error on the next success (good → bad → good)', async () => {
    const el = mountLoading(route('slow', { ms: 10, tag: 'Good one' }));
    const seen = record(el);
    expect(await waitForState(el, ['ready', 'error'])).toBe('ready');

    for (const bad of [route('status', { code: 500 }), route('syntax'), route('array'), route('html')]) {
      el.src = bad;
      expect(await waitForState(el, ['error', 'ready'])).toBe('error');
      expect(shadowOne(el, '[part="error"]').textContent).toContain(seen.errors.at(-1)!.message);
      expect(shadowAll(el, '[part~="event-button"]')).toHaveLength(2);
      expect(title(el)).toBe('Good one');
    }
    expect(seen.errors.map((e) => e.src)).toHaveLength(4);

    el.src = route('slow', { ms: 10, tag: 'Good two' });
    expect(await waitForState(el, ['ready', 'error'])).toBe('ready');
    expect(title(el)).toBe('Good two');
    expect(el.shadowRoot!.querySelector('[part="error"]')).toBeNull();
    expect(el.matches(':state(error)')).toBe(false);
    expect(seen.loads).toHaveLength(2);
    expect(seen.errors).toHaveLength(4);
  });

  it('clears a load error when valid data is set', async () => {
    const el = mountLoading(route('status', { code: 500 }));
    expect(await waitForState(el, ['error', 'ready'])).toBe('error');
    el.data = { title: 'Valid data', events: [{ id: 'x', title: 'X', start: '2023-01-01' }] };
    expect(await waitForState(el, ['ready'])).toBe('ready');
    expect(el.shadowRoot!.querySelector('[part="error"]')).toBeNull();
    expect(title(el)).toBe('Valid data');
  });

  it('aborts its load when removed, and stays silent', async () => {
    const src = route('hang');
    const el = mountLoading(src);
    const seen = record(el);
    await expect.poll(async () => (await serverLog(src)).requests).toBe(1);
    el.parentElement!.remove();
    await expect.poll(async () => (await serverLog(src)).closedEarly).toBe(1);
    await pause(100);
    expect(seen.errors).toEqual([]);
    expect(seen.loads).toEqual([]);
    expect(el.matches(':state(loading)')).toBe(false);
    expect(el.matches(':state(error)')).toBe(false);
  });

  it('aborts its load when its timeout passes on a server that never answers', async () => {
    const src = route('hang');
    const el = mountLoading(src, { timeout: '300' });
    await waitForState(el, ['error']);
    await expect.poll(async () => (await serverLog(src)).closedEarly).toBe(1);
  });

  it('resumes a load that a move interrupted, once', async () => {
    // Slow enough that the move always comes before the answer, even on a busy machine.
    const src = route('slow', { ms: 1500, tag: 'Moved' });
    const el = mountLoading(src);
    const seen = record(el);
    await expect.poll(async () => (await serverLog(src)).requests).toBe(1);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el);
    expect(await waitForState(el, ['ready', 'error'])).toBe('ready');
    expect(title(el)).toBe('Moved');
    expect(await serverLog(src)).toEqual({ requests: 2, closedEarly: 1, finished: 1 });
    expect(seen.loads).toHaveLength(1);
    expect(seen.errors).toEqual([]);
    elsewhere.remove();
  });

  it('draws again when removed and added back after loading', async () => {
    const el = mountLoading(route('slow', { ms: 10, tag: 'Re-added' }));
    expect(await waitForState(el, ['ready'])).toBe('ready');
    const container = el.parentElement!;
    container.remove();
    document.body.append(container);
    expect(await waitForState(el, ['ready'])).toBe('ready');
    expect(shadowAll(el, '[part~="event-button"]')).toHaveLength(2);
  });
});

describe('a failed load and a move', () => {
  it('does not fetch a failed src again when the element is moved', async () => {
    const src = route('status', { code: 500 });
    const el = mountLoading(src);
    const seen = record(el);
    expect(await waitForState(el, ['error'])).toBe('error');
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await pause(300);
    expect((await serverLog(src)).requests).toBe(1);
    expect(seen.errors).toHaveLength(1);
    elsewhere.remove();
  });
});
