/**
 * The XSS probe (S1–S3, S5, S8): a dataset whose every text field carries an HTML, attribute or
 * SVG breakout payload, whose links are `javascript:`, `data:` and `vbscript:` in disguise, and
 * whose ids are awkward, is drawn, clicked, hovered and shown as a list. The payloads call
 * `__pwn()`; nothing may call it, no `on*` attribute may appear, no payload may load its marker
 * URL, every link must be http(s) and every payload must read back verbatim as text.
 *
 * The probe first proves it can fail, on a deliberately unsafe renderer.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { TimelineLoadEvent, TimelineSelectEvent } from './events.js';
import { mountTimeline, shadowAll, shadowOne, unmountAll, waitForState } from './test-harness.js';

declare global {
  interface Window {
    __pwn?: () => void;
    __pwned?: boolean;
  }
}

/** Any request to this path means a payload's URL was loaded. */
const MARKER = '/__xss-marker/';

const PAYLOADS = [
  `<img src=${MARKER}img.png onerror=__pwn()>`,
  '<script>__pwn()</script>',
  '<svg onload=__pwn()>',
  `"><img src=${MARKER}quote.png onerror=__pwn()>`,
  `'><img src=${MARKER}apos.png onerror=__pwn()>`,
  'javascript:__pwn()',
  `<iframe srcdoc="<script>parent.__pwn()</script>"></iframe>`,
  '</text><script>__pwn()</script><text>',
  `<svg><a href="javascript:__pwn()"><text>click</text></a></svg>`,
  '</bdi></p><details open ontoggle=__pwn()>',
  `<style>@import url(${MARKER}style.css);</style>`,
  '{{constructor.constructor("__pwn()")()}} ${__pwn()} <!--?lit$1$-->',
  '\u202eevil\u202c <b onmouseover=__pwn()>hover me</b>',
];

/** A payload for each use, cycling through the list, so every payload lands in several fields. */
let next = 0;
const payload = (): string => PAYLOADS[next++ % PAYLOADS.length];

const HOSTILE_URLS = [
  'javascript:__pwn()',
  'JaVaScRiPt:__pwn()',
  '  javascript:__pwn()',
  '\tjavascript:__pwn()',
  'java\nscript:__pwn()',
  'java\tscript:__pwn()',
  '\u0001javascript:__pwn()',
  '&#106;avascript:__pwn()',
  'javascript&colon;__pwn()',
  'jav&#x09;ascript:__pwn()',
  'data:text/html,<script>__pwn()</script>',
  'DATA:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd24oKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  ' VBScript:msgbox(1)',
];

const GOOD_URLS = ['https://example.org/report', 'http://example.com/a?b=c#d', 'reports/r1.html', '/root/r2.html'];

/** Ids that break careless code: a number-like id, spaces, selector characters, prototype names. */
const IDS = ['1', 'a b', '#x', ']', '__proto__', 'constructor', 'prototype', 'toString', `"><img src=x onerror=__pwn()>`];

function hostileData(): Record<string, unknown> {
  next = 0;
  let bad = 0;
  const events = IDS.map((id, i) => ({
    id,
    title: payload(),
    start: `2023-09-${String(10 + i * 2).padStart(2, '0')}`,
    summary: payload(),
    place: payload(),
    group: i % 2 ? payload() : undefined,
    dateNote: payload(),
    // Unknown fields named like attributes, on two events (warnings are capped at 50).
    ...(i < 2 ? { style: `background:url(${MARKER}style-field.png)`, class: 'pwned', onclick: '__pwn()' } : {}),
    sources: [
      { title: payload(), publisher: payload(), url: HOSTILE_URLS[bad++ % HOSTILE_URLS.length] },
      { title: payload(), url: GOOD_URLS[i % GOOD_URLS.length] },
    ],
  }));
  const annotations = IDS.map((id, i) => ({
    id: `note-${i}`,
    events: [id, IDS[(i + 3) % IDS.length]],
    kind: (['quote', 'reported', 'note'] as const)[i % 3],
    ...(i % 3 === 2 ? {} : { speaker: { name: payload(), role: payload() } }),
    quote: payload(),
    source: { title: payload(), publisher: payload(), url: HOSTILE_URLS[bad++ % HOSTILE_URLS.length] },
    ...(i < 2 ? { onmouseover: '__pwn()' } : {}),
  }));
  return { title: payload(), description: payload(), events, annotations };
}

/** Every element under the shadow root, including nested shadow roots. */
function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const stack: ParentNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) stack.push(element.shadowRoot);
    }
  }
  return found;
}

/** Breaches of S1–S3 in what is drawn now under `el`'s shadow root. */
function breaches(el: Element): string[] {
  const found: string[] = [];
  const elements = allElements(el.shadowRoot!);
  for (const element of elements) {
    const tag = element.localName.toLowerCase();
    if (['img', 'script', 'iframe', 'object', 'embed', 'style', 'link', 'foreignobject'].includes(tag)) found.push(`a <${tag}> element`);
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
      if (['style', 'class', 'id', 'src', 'srcdoc', 'part', 'href', 'xlink:href'].includes(name) && /__pwn|__xss|<|pwned/.test(value)) {
        found.push(`<${tag} ${name}="${value}">`);
      }
    }
  }
  for (const link of el.shadowRoot!.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? link.getAttribute('xlink:href');
    if (href === null) continue;
    const url = new URL(href, document.baseURI);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') found.push(`a link to ${href}`);
    if (link.target === '_blank') {
      const rel = link.rel.split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) found.push(`a new-tab link without noopener noreferrer: rel="${link.rel}"`);
    }
  }
  if (window.__pwned !== undefined) found.push('__pwn() ran');
  return found;
}

/** Waits until an image that certainly fails has failed, so payload images would have too. */
async function settleImages(): Promise<void> {
  await new Promise<void>((resolve) => {
    const img = new Image();
    img.onload = img.onerror = () => resolve();
    img.src = '/__xss-sentinel/never.png';
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
}

function markerRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('__xss-marker'));
}

const objectPrototypeNames = Object.getOwnPropertyNames(Object.prototype).sort().join();

beforeEach(() => {
  window.__pwned = undefined;
  window.__pwn = () => {
    window.__pwned = true;
  };
});

afterEach(() => {
  unmountAll();
  delete window.__pwn;
  delete window.__pwned;
});

describe('the XSS probe', () => {
  it('fails on a deliberately unsafe renderer (self-test)', async () => {
    const scratch = document.createElement('div');
    document.body.append(scratch);
    // The unsafe renderer: data as markup. This is what the element must never do.
    scratch.innerHTML = `<p>${PAYLOADS[0]}</p><p>${PAYLOADS[2]}</p>`;
    await expect.poll(() => window.__pwned, { timeout: 3000 }).toBe(true);
    expect(scratch.querySelector('[onerror]')).not.toBeNull();
    expect(markerRequests().length).toBeGreaterThan(0);
    // The same checks that judge the element catch an unsafe shadow tree.
    const host = document.createElement('div');
    scratch.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = `<p>${PAYLOADS[1]}</p><a href="${HOSTILE_URLS[1]}" target="_blank">x</a><span class="${PAYLOADS[5]}"></span>`;
    expect(breaches(host)).toEqual(expect.arrayContaining(['a <script> element', 'a link to JaVaScRiPt:__pwn()', 'a new-tab link without noopener noreferrer: rel=""', '__pwn() ran']));
    scratch.remove();
    window.__pwned = undefined;
    performance.clearResourceTimings();
  });
});

describe('hostile data stays text', () => {
  const warn = vi.spyOn(console, 'warn');
  const error = vi.spyOn(console, 'error');
  const pageErrors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => pageErrors.push('reason' in event ? event.reason : event.error ?? event.message);
  beforeAll(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  beforeEach(() => {
    warn.mockClear();
    error.mockClear();
    pageErrors.length = 0;
    performance.clearResourceTimings();
  });
  afterAll(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    warn.mockRestore();
    error.mockRestore();
  });

  it('draws every payload as text, refuses every disguised link with a warning, and runs nothing', async () => {
    const el = mountTimeline(1280);
    const loaded = new Promise<TimelineLoadEvent>((resolve) => el.addEventListener('timeline-load', resolve, { once: true }));
    const data = hostileData();
    el.data = data;
    expect(await waitForState(el, ['ready', 'error'])).toBe('ready');
    const { detail } = await loaded;
    expect(detail.eventCount).toBe(IDS.length);

    // Each disguised link is refused with a warning at its path; the good ones stay.
    const refused = detail.warnings.filter((w) => /\.url$/.test(w.path)).map((w) => w.path);
    const expectedRefused = [
      ...IDS.map((_, i) => `events[${i}].sources[0].url`),
      ...IDS.map((_, i) => `annotations[${i}].source.url`),
    ];
    expect(refused.sort()).toEqual(expectedRefused.sort());
    expect(detail.warnings.some((w) => w.path === 'events[0].onclick')).toBe(true);
    expect(detail.warnings.some((w) => w.path === 'annotations[1].onmouseover')).toBe(true);
    expect(detail.warnings.some((w) => w.path === '(more)')).toBe(false);

    // The drawing: the title, description and lane names are text.
    const header = shadowOne(el, '[part="header"]').textContent!;
    expect(header).toContain(data.title as string);
    expect(header).toContain(data.description as string);
    const laneText = shadowAll(el, '[part="lane-label"]').map((label) => label.textContent).join('\n');
    for (const event of data.events as Array<{ group?: string }>) if (event.group) expect(laneText).toContain(event.group);
    expect(breaches(el)).toEqual([]);

    // Hover every note and marker, then open every event's details.
    const notes = shadowAll(el, '[part~="annotation"], [part="marker"]');
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) await userEvent.hover(note);
    const selections: string[] = [];
    el.addEventListener('timeline-select', (event: TimelineSelectEvent) => selections.push(event.detail.id));
    expect(shadowAll(el, '[part~="event-button"]')).toHaveLength(IDS.length);
    for (let index = 0; index < IDS.length; index++) {
      await userEvent.click(shadowOne(el, `[data-event="${index}"]`));
      await el.updateComplete;
      const details = shadowOne(el, '[part="details"]');
      const event = (data.events as Array<Record<string, string>>)[index];
      for (const field of ['title', 'summary', 'place', 'dateNote']) expect(details.textContent).toContain(event[field]);
      expect(el.getAttribute('selected')).toBe(IDS[index]);
      expect(breaches(el)).toEqual([]);
    }
    expect(selections).toEqual(IDS);

    // The list view holds everything in full.
    await userEvent.click(shadowAll(el, '[part~="control"]').find((button) => button.textContent!.includes('List view'))!);
    await el.updateComplete;
    const list = shadowOne(el, '[part="list"]');
    const listText = list.textContent!;
    for (const text of PAYLOADS) expect(listText, `payload ${JSON.stringify(text)}`).toContain(text);
    for (const event of data.events as Array<{ sources: Array<{ title: string; publisher?: string }> }>) {
      for (const source of event.sources) {
        expect(listText).toContain(source.title);
        if (source.publisher) expect(listText).toContain(source.publisher);
      }
    }
    for (const annotation of data.annotations as Array<{ quote: string; speaker?: { name: string; role: string } }>) {
      expect(listText).toContain(annotation.quote);
      if (annotation.speaker) expect(listText).toContain(`${annotation.speaker.name}, ${annotation.speaker.role}`);
    }

    // Only the good links became links: absolute as written, relative resolved against the page.
    const hrefs = new Set(Array.from(list.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href));
    expect([...hrefs].sort()).toEqual(GOOD_URLS.map((url) => new URL(url, document.baseURI).href).sort());
    for (const link of list.querySelectorAll('a')) await userEvent.hover(link);
    expect(breaches(el)).toEqual([]);

    await settleImages();
    expect(breaches(el)).toEqual([]);
    expect(window.__pwned).toBeUndefined();
    expect(markerRequests()).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(objectPrototypeNames);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(pageErrors).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('uses awkward ids as ids: selection by click and by the selected attribute, and references to them', async () => {
    const events = IDS.map((id, i) => ({ id, title: `Event ${i}`, start: `2023-01-${String(i + 1).padStart(2, '0')}` }));
    const data = {
      title: 'Awkward ids',
      events,
      annotations: [{ id: 'n', events: ['__proto__', 'constructor', '#x', ']'], quote: 'On four awkward ids.' }],
    };
    const el = mountTimeline(1280);
    el.data = data;
    expect(await waitForState(el, ['ready', 'error'])).toBe('ready');
    const selected: Array<{ id: string; index: number }> = [];
    el.addEventListener('timeline-select', (event) => selected.push(event.detail));
    for (let i = 0; i < IDS.length; i++) {
      await userEvent.click(shadowOne(el, `[data-event="${i}"]`));
      await el.updateComplete;
      expect(el.getAttribute('selected')).toBe(IDS[i]);
      expect(shadowOne(el, '[part="details"]').textContent).toContain(`Event ${i}`);
    }
    expect(selected).toEqual(IDS.map((id, index) => ({ id, index })));
    // The page sets the selection by id, and the element finds it through the data, never a selector.
    for (const id of ['__proto__', ']', '#x', 'a b']) {
      el.setAttribute('selected', id);
      await el.updateComplete;
      expect(shadowOne(el, '[part="details"]').textContent).toContain(`Event ${IDS.indexOf(id)}`);
    }
    expect(el.focusEvent('hasOwnProperty')).toBe(false);
    // The note on four awkward ids is linked to all four.
    const note = shadowAll(el, '[part~="annotation"]')[0];
    if (note) {
      await userEvent.hover(note);
      await el.updateComplete;
    }
    expect(breaches(el)).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(objectPrototypeNames);
    expect(pageErrors).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('refuses to draw reserved keys at every level and leaves Object.prototype alone', async () => {
    const data = JSON.parse(`{
      "__proto__": { "polluted": "root" },
      "constructor": { "prototype": { "polluted": "constructor" } },
      "title": "Reserved keys",
      "events": [
        { "__proto__": { "polluted": "event", "title": "inherited" }, "id": "a", "title": "A", "start": "2023-09-25",
          "sources": [{ "__proto__": { "url": "javascript:__pwn()" }, "title": "S" }] }
      ],
      "annotations": [{ "id": "n", "events": ["a"], "quote": "Q", "prototype": { "polluted": "annotation" } }]
    }`) as Record<string, unknown>;
    const el = mountTimeline(900);
    const loaded = new Promise<TimelineLoadEvent>((resolve) => el.addEventListener('timeline-load', resolve, { once: true }));
    el.data = data;
    expect(await waitForState(el, ['ready', 'error'])).toBe('ready');
    const paths = (await loaded).detail.warnings.map((w) => w.path);
    expect(paths).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'events[0].__proto__', 'events[0].sources[0].__proto__', 'annotations[0].prototype']));
    expect(shadowAll(el, 'a[href]')).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(objectPrototypeNames);
    expect(breaches(el)).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(error).not.toHaveBeenCalled();
  });
});
