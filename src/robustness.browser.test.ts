/**
 * Robustness of the element itself: a few hundred mutated datasets through one element, each
 * ending in a drawing or an error view (never a throw), and a hundred mount and unmount cycles
 * that leave no listener or observer behind.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import iraq from '../data/iraq-2023-09.json' with { type: 'json' };
import { mountTimeline, shadowAll, unmountAll, waitForState } from './test-harness.js';

afterEach(unmountAll);

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES: unknown[] = [null, 0, -1, 1e309, '', ' ', '2023-02-30', '2023-13-01', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', [], {}, true, '\u202e', '\ud800', 'x'.repeat(3000), { __proto__: { polluted: true } }];

/** Drops, duplicates, retypes or corrupts one field somewhere in a copy of the data. */
function mutate(data: unknown, next: () => number): unknown {
  const copy = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  const containers: Array<Record<string, unknown> | unknown[]> = [];
  const walk = (node: unknown) => {
    if (node && typeof node === 'object') {
      containers.push(node as Record<string, unknown>);
      for (const value of Object.values(node)) walk(value);
    }
  };
  walk(copy);
  const times = 1 + Math.floor(next() * 3);
  for (let i = 0; i < times; i++) {
    const target = containers[Math.floor(next() * containers.length)];
    const keys = Object.keys(target);
    if (!keys.length) continue;
    const key = keys[Math.floor(next() * keys.length)];
    const choice = next();
    const record = target as Record<string, unknown>;
    if (choice < 0.3) delete record[key];
    else if (choice < 0.5 && Array.isArray(target)) target.push(JSON.parse(JSON.stringify(target[Number(key)] ?? null)));
    else record[key] = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
  }
  return copy;
}

describe('robustness', () => {
  it('ends every one of 300 mutated datasets in a drawing or an error view', async () => {
    const next = random(20231025);
    const el = mountTimeline(1024);
    let drawn = 0;
    let failed = 0;
    for (let i = 0; i < 300; i++) {
      el.data = mutate(iraq, next);
      const state = await waitForState(el, ['ready', 'error']);
      if (state === 'ready') {
        drawn++;
        expect(shadowAll(el, '[part~="event-button"], [part="empty"], [part="bin"]').length, `dataset ${i}`).toBeGreaterThan(0);
      } else {
        failed++;
        expect(shadowAll(el, '[part="error"]'), `dataset ${i}`).toHaveLength(1);
      }
    }
    expect(drawn + failed).toBe(300);
    expect(drawn).toBeGreaterThan(0);
    expect(failed).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it('draws its labels with estimated widths where no 2D canvas is available, and wraps them no wider', async () => {
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    try {
      const el = mountTimeline(1024);
      el.data = iraq;
      expect(await waitForState(el, ['ready', 'error'])).toBe('ready');
      expect(getContext).toHaveBeenCalled();
      const labels = shadowAll(el, '[part~="event-label"]');
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(label.getBoundingClientRect().width).toBeGreaterThan(0);
      // A note's lines were broken by the estimate; none runs past the note's box by more than a little.
      for (const note of shadowAll(el, '.note')) {
        const box = note.getBoundingClientRect();
        for (const line of note.querySelectorAll('.line')) expect(line.getBoundingClientRect().right).toBeLessThanOrEqual(box.right + 24);
      }
    } finally {
      getContext.mockRestore();
    }
  });

  it('leaves no window listener and no observed element after 100 mounts and unmounts', async () => {
    const listeners = new Map<string, number>();
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      listeners.set(type, (listeners.get(type) ?? 0) + 1);
      return (add as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      listeners.set(type, (listeners.get(type) ?? 0) - 1);
      return (remove as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    let observing = 0;
    const observe = ResizeObserver.prototype.observe;
    const disconnect = ResizeObserver.prototype.disconnect;
    ResizeObserver.prototype.observe = function (...args) {
      observing++;
      return observe.apply(this, args);
    };
    ResizeObserver.prototype.disconnect = function () {
      observing--;
      return disconnect.apply(this);
    };
    try {
      for (let i = 0; i < 100; i++) {
        const el = mountTimeline(800);
        el.data = iraq;
        await waitForState(el, ['ready']);
        unmountAll();
      }
      expect([...listeners.values()].every((count) => count === 0)).toBe(true);
      expect(observing).toBe(0);
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
      ResizeObserver.prototype.observe = observe;
      ResizeObserver.prototype.disconnect = disconnect;
    }
  }, 60_000);
});

describe('scale', () => {
  it('keeps the shadow root under 3,000 elements with 200 events in view and with 50,000 events', async () => {
    const { generateTimeline } = await import('../test/generate.ts');
    for (const events of [200, 50_000]) {
      const el = mountTimeline(1280);
      el.data = generateTimeline({ events, seed: 3 });
      await waitForState(el, ['ready'], 20_000);
      expect(el.shadowRoot!.querySelectorAll('*').length, `${events} events`).toBeLessThan(3000);
      unmountAll();
    }
  }, 60_000);

  it('reaches the last of 50,000 events from the keyboard, drawing it one by one', async () => {
    const { generateTimeline } = await import('../test/generate.ts');
    const el = mountTimeline(1280);
    el.data = generateTimeline({ events: 50_000, seed: 3 });
    await waitForState(el, ['ready'], 20_000);
    const aggregate = el.shadowRoot!.querySelector<HTMLElement>('.aggregate')!;
    aggregate.focus();
    aggregate.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    for (let i = 0; i < 10 && !el.shadowRoot!.querySelector('[data-event="49999"]:focus'); i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
    }
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.event).toBe('49999');
  }, 60_000);
});
