import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import iraq from '../data/iraq-2023-09.json' with { type: 'json' };
import type { TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent } from './events.js';
import { mountTimeline, shadowAll, shadowOne, unmountAll, waitForState } from './test-harness.js';

afterEach(unmountAll);

const tiny = {
  title: 'Two days',
  events: [
    { id: 'a', title: 'First thing', start: '2023-09-25' },
    { id: 'b', title: 'Second thing', start: '2023-09-26', summary: 'It happened.' },
  ],
  annotations: [{ id: 'n1', events: ['a'], speaker: { name: 'A. Person', role: 'Analyst' }, quote: 'It matters.', kind: 'quote' }],
};

describe('<annotated-timeline>', () => {
  it('draws every event of the default dataset with its date in words in the accessible name', async () => {
    const el = mountTimeline(1280);
    el.data = iraq;
    expect(await waitForState(el, ['ready', 'error'])).toBe('ready');
    const buttons = shadowAll(el, '[part~="event-button"]');
    expect(buttons).toHaveLength(iraq.events.length);
    const names = buttons.map((button) => button.textContent?.replace(/\s+/g, ' ').trim());
    expect(names.some((name) => name?.startsWith('Monday, 25 September 2023. ISIS'))).toBe(true);
    expect(names.some((name) => name?.startsWith('Tuesday, 26 September 2023.'))).toBe(true);
    await expect.element(page.getByRole('figure', { name: iraq.title })).toBeVisible();
  });

  it('shows a day-precision date as that day in a zone far from UTC (the browser runs in Pacific/Auckland)', async () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Pacific/Auckland');
    const el = mountTimeline(800);
    el.data = tiny;
    await waitForState(el, ['ready']);
    const first = shadowOne(el, '[data-event="0"]');
    expect(first.textContent).toContain('25 September 2023');
    const tickLabels = shadowAll(el, '[part="tick-label"]').map((t) => t.textContent);
    expect(tickLabels.join(' ')).toMatch(/25/);
  });

  it('places the notes with speaker, role and the words in quotation marks', async () => {
    const el = mountTimeline(1280);
    el.data = tiny;
    await waitForState(el, ['ready']);
    const note = shadowOne(el, '[part~="annotation"]');
    expect(note.textContent).toContain('A. Person, Analyst');
    expect(note.querySelector('blockquote')!.textContent).toBe('“It matters.”');
    expect(shadowAll(el, '[part="connector"]').length).toBeGreaterThanOrEqual(1);
  });

  it('fires timeline-load once data is drawn', async () => {
    const el = mountTimeline(1000);
    const loaded = new Promise<TimelineLoadEvent>((resolve) => el.addEventListener('timeline-load', resolve, { once: true }));
    el.data = iraq;
    const event = await loaded;
    expect(event.detail.eventCount).toBe(iraq.events.length);
    expect(event.detail.annotationCount).toBe(iraq.annotations.length);
  });

  it('selects an event on click, shows its details and fires timeline-select', async () => {
    const el = mountTimeline(1280);
    el.data = tiny;
    await waitForState(el, ['ready']);
    const selected = new Promise<TimelineSelectEvent>((resolve) => el.addEventListener('timeline-select', resolve, { once: true }));
    await userEvent.click(shadowOne(el, '[data-event="1"]'));
    expect((await selected).detail).toEqual({ id: 'b', index: 1 });
    await el.updateComplete;
    const details = shadowOne(el, '[part="details"]');
    expect(details.textContent).toContain('It happened.');
    expect(el.getAttribute('selected')).toBe('b');
    await userEvent.click(shadowOne(el, '[part="details-close"]'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="details"]')).toBeNull();
  });

  it('shows every problem of bad data, fires timeline-error and keeps the last good timeline', async () => {
    const el = mountTimeline(1000);
    el.data = tiny;
    await waitForState(el, ['ready']);
    const failed = new Promise<TimelineErrorEvent>((resolve) => el.addEventListener('timeline-error', resolve, { once: true }));
    el.data = { title: 'Broken', events: [{ id: 'x', title: 'X', start: '2023-13-01' }], annotations: [{ id: 'y', events: ['kirkuk'], quote: 'q' }] };
    const error = await failed;
    expect(error.detail.errors.map((issue) => issue.path)).toEqual(expect.arrayContaining(['events[0].start', 'annotations[0].events[0]']));
    await el.updateComplete;
    expect(el.matches(':state(error)')).toBe(true);
    const alert = shadowOne(el, '[part="error"]');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('events[0].start');
    expect(shadowAll(el, '[part~="event-button"]')).toHaveLength(2);
    el.data = tiny;
    await waitForState(el, ['ready']);
    expect(el.shadowRoot!.querySelector('[part="error"]')).toBeNull();
  });

  it('loads a JSON file from src, resolving to the ready state', async () => {
    const el = mountTimeline(1000, { src: '/data/iraq-2023-09.json' });
    expect(await waitForState(el, ['ready', 'error'])).toBe('ready');
    expect(shadowAll(el, '[part~="event-button"]')).toHaveLength(iraq.events.length);
  });

  it('reports a missing file by its status and keeps no stale content', async () => {
    const el = mountTimeline(1000);
    const failed = new Promise<TimelineErrorEvent>((resolve) => el.addEventListener('timeline-error', resolve, { once: true }));
    el.src = '/data/does-not-exist.json';
    const error = await failed;
    expect(error.detail.status).toBe(404);
    expect(error.detail.message).toContain('404');
  });

  it('lets the newest src win when src changes during a load', async () => {
    const el = mountTimeline(1000, { src: '/data/does-not-exist.json' });
    el.src = '/data/iraq-2023-09.json';
    const errors: Event[] = [];
    el.addEventListener('timeline-error', (event) => errors.push(event));
    expect(await waitForState(el, ['ready', 'error'])).toBe('ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(errors).toHaveLength(0);
    expect(el.matches(':state(ready)')).toBe(true);
  });

  it('keeps English for the key actions a page leaves out of its strings', async () => {
    const el = mountTimeline(1280);
    el.strings = { keysHeading: 'Touches', keyActions: { next: 'événement suivant' } };
    el.data = iraq;
    await waitForState(el, ['ready']);
    const keys = shadowOne(el, '.keys').textContent ?? '';
    expect(keys).toContain('Touches');
    expect(keys).toContain('→ événement suivant');
    expect(keys).toContain('← previous event');
  });

  it('shows the empty state for data without events', async () => {
    const el = mountTimeline(600);
    el.data = { title: 'Nothing yet', events: [] };
    await waitForState(el, ['ready']);
    expect(el.matches(':state(empty)')).toBe(true);
    expect(shadowOne(el, '[part="empty"]').textContent).toContain('no events');
  });
});

describe('<annotated-timeline> timing', () => {
  it('fires timeline-load only once the events are on screen', async () => {
    const el = mountTimeline(900);
    const drawnAtLoad = new Promise<number>((resolve) =>
      el.addEventListener('timeline-load', () => resolve(shadowAll(el, '[part~="event-button"]').length), { once: true }),
    );
    el.data = iraq;
    expect(await drawnAtLoad).toBe(iraq.events.length);
  });
});

describe('<annotated-timeline> new data', () => {
  it('names the events of new data, not those of the data before', async () => {
    const el = mountTimeline(900);
    el.data = tiny;
    await waitForState(el, ['ready']);
    el.data = { ...tiny, events: tiny.events.map((event, i) => ({ ...event, start: `2024-01-0${i + 1}` })) };
    await waitForState(el, ['ready']);
    await el.updateComplete;
    expect(shadowOne(el, '[data-event="0"]').textContent).toContain('1 January 2024');
  });
});
