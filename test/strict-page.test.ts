/**
 * The strict page (S4, S11, R14): the self-contained bundle, built as a reader would ship it, on
 * a page served with `default-src 'self'`, no `unsafe-inline`, no `unsafe-eval`, and Trusted
 * Types required for scripts. Two timelines, one inside another element's shadow root; a page
 * script (a file, since inline scripts are refused) moves one, removes and re-adds the other.
 * Both must draw, with zero CSP or Trusted Types violations and zero page errors.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations.
import { startStaticServer } from '../scripts/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const PAGE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <title>Strict page</title>
    <link rel="icon" href="./favicon.ico">
    <script type="module" src="./annotated-timeline.bundle.js"></script>
    <script type="module" src="./page.js"></script>
  </head>
  <body>
    <main id="first-home">
      <annotated-timeline id="first" src="./iraq-2023-09.json"></annotated-timeline>
    </main>
    <section id="elsewhere"></section>
    <div id="host"></div>
  </body>
</html>
`;

/** The page's own script: a second timeline in a shadow root, then a move, a removal and a re-add. */
const PAGE_SCRIPT = `
const host = document.getElementById('host');
const shadow = host.attachShadow({ mode: 'open' });
const wrapper = document.createElement('div');
wrapper.style.width = '700px';
shadow.append(wrapper);
const second = document.createElement('annotated-timeline');
second.id = 'second';
second.setAttribute('src', './iraq-2023-09.json');
second.setAttribute('theme', 'dark');
wrapper.append(second);

const first = document.getElementById('first');
await customElements.whenDefined('annotated-timeline');
// While both load: move the first, remove the second and add it back a little later.
document.getElementById('elsewhere').append(first);
second.remove();
await new Promise((resolve) => setTimeout(resolve, 30));
wrapper.append(second);

// Once both have drawn, move and re-add once more; they must draw again.
const ready = (el) => new Promise((resolve) => {
  const check = () => (el.matches(':state(ready)') && el.shadowRoot.querySelector('[part~="event-button"]') ? resolve() : requestAnimationFrame(check));
  check();
});
await Promise.all([ready(first), ready(second)]);
document.getElementById('first-home').append(first);
second.remove();
wrapper.append(second);
window.__pageScriptDone = true;
`;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __violations: Violation[];
    __pageScriptDone?: boolean;
  }
}

describe('a page with a strict CSP and Trusted Types', () => {
  let dir = '';
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'annotated-timeline-strict-'));
    const environment = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root,
        configFile: resolve(root, 'vite.config.ts'),
        mode: 'bundle',
        logLevel: 'silent',
        build: { outDir: dir, emptyOutDir: false },
      });
    } finally {
      process.env.NODE_ENV = environment;
    }
    await writeFile(join(dir, 'index.html'), PAGE);
    await writeFile(join(dir, 'page.js'), PAGE_SCRIPT);
    await writeFile(join(dir, 'favicon.ico'), '');
    await copyFile(resolve(root, 'data/iraq-2023-09.json'), join(dir, 'iraq-2023-09.json'));
    server = await startStaticServer(dir, {
      headers: (path: string) => (path.endsWith('.html') || path.endsWith('/') ? { 'content-security-policy': CSP } : {}),
    });
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      headless: true,
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A page with the violation and error recorders installed. */
  async function openPage() {
    const context = await browser!.newContext({ locale: 'en-GB', timezoneId: 'America/New_York', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener(
        'securitypolicyviolation',
        (event) => window.__violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample }),
        true,
      );
    });
    const response = await page.goto(`${server!.url}/index.html`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    return { context, page, pageErrors, violations: () => page.evaluate(() => window.__violations) };
  }

  it('draws both timelines, moved, removed and re-added, with no CSP or Trusted Types violation and no page error', async () => {
    const { context, page, pageErrors, violations } = await openPage();
    await page.waitForFunction(() => window.__pageScriptDone === true, undefined, { timeout: 20_000 });
    const drawn = await page.waitForFunction(
      () => {
        const first = document.getElementById('first');
        const second = document.getElementById('host')?.shadowRoot?.getElementById('second');
        const count = (el: Element | null | undefined) =>
          el && el.matches(':state(ready)') ? el.shadowRoot!.querySelectorAll('[part~="event-button"]').length : -1;
        const counts = [count(first), count(second)];
        return counts.every((n) => n === 4) ? { counts, parents: [first!.parentElement!.id, (second!.getRootNode() as ShadowRoot).host.id] } : false;
      },
      undefined,
      { timeout: 20_000 },
    );
    expect(await drawn.jsonValue()).toEqual({ counts: [4, 4], parents: ['first-home', 'host'] });

    // The two instances share nothing: selecting in one leaves the other alone.
    const selected = await page.evaluate(async () => {
      const first = document.getElementById('first') as HTMLElement & { selected?: string; updateComplete: Promise<unknown> };
      const second = document.getElementById('host')!.shadowRoot!.getElementById('second') as HTMLElement & { selected?: string; updateComplete: Promise<unknown> };
      first.selected = 'kirkuk-abu-bukhari-arrest';
      await first.updateComplete;
      await second.updateComplete;
      return [first.shadowRoot!.querySelectorAll('[part="details"]').length, second.shadowRoot!.querySelectorAll('[part="details"]').length, second.getAttribute('selected')];
    });
    expect(selected).toEqual([1, 0, null]);

    // A reader's click works on the strict page: the event buttons have their size and place.
    const firstButton = page.locator('#first').locator('[data-event="1"]');
    const box = await firstButton.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    await firstButton.click();
    expect(await page.evaluate(() => document.getElementById('first')!.getAttribute('selected'))).not.toBeNull();

    await page.waitForTimeout(200);
    // No inline script, eval, string markup or style attribute: every violation counts.
    expect(await violations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('reports a violation when markup is written as a string, so the recorder can fail', async () => {
    const { context, page, violations } = await openPage();
    const refused = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<p>unsafe</p>');
        return false;
      } catch {
        return true;
      }
    });
    expect(refused).toBe(true);
    await expect.poll(async () => (await violations()).some((v) => v.directive === 'require-trusted-types-for')).toBe(true);
    await context.close();
  }, 60_000);
});
