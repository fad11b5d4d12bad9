// A page load in a Chromium that no automation watches: the benchmark's first-render figure.
//
// Playwright enables the DevTools Network domain on every page, and with it Blink keeps and
// decodes a copy of each response body for DevTools as the load finishes (a trace shows
// `ResponseBodyLoader::DidFinishLoadingBody` → `TextResourceDecoder::Decode`: 0.1–0.3 s for a
// 3.7 MB file on this machine). A reader's browser does no such thing. So the first render is
// timed in a browser started here, driven over `--remote-debugging-pipe` with the Target,
// Emulation, Page and Runtime domains only, with Playwright's own launch switches so that both
// loads run under the same browser settings.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The switches Playwright 1.65 passes to Chromium when it launches it headless (`DEBUG=pw:browser`
 * prints them), less those for other browsers and platforms; the caller's arguments come after.
 */
const PLAYWRIGHT_SWITCHES = [
  '--disable-field-trial-config', '--disable-background-networking', '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows', '--disable-back-forward-cache', '--disable-breakpad',
  '--disable-component-extensions-with-background-pages', '--disable-component-update', '--no-default-browser-check',
  '--disable-default-apps', '--disable-dev-shm-usage', '--disable-extensions',
  '--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,AvoidCorsURLLoaderRestartOnRedirect,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch',
  '--allow-pre-commit-input', '--disable-hang-monitor', '--disable-ipc-flooding-protection', '--disable-popup-blocking',
  '--disable-prompt-on-repost', '--disable-renderer-backgrounding', '--force-color-profile=srgb', '--metrics-recording-only',
  '--no-first-run', '--password-store=basic', '--use-mock-keychain', '--no-service-autorun',
  '--disable-search-engine-choice-screen', '--disable-infobars', '--disable-sync', '--headless', '--hide-scrollbars',
  '--mute-audio', '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4',
  '--no-startup-window',
];

/** A Chromium driven over a pipe: `send(method, params, sessionId)` resolves to the result or rejects with the error. */
function startBrowser(executablePath, args) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-plain-'));
  const child = spawn(executablePath, [...PLAYWRIGHT_SWITCHES, ...args, `--user-data-dir=${profile}`, '--remote-debugging-pipe'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const [toBrowser, fromBrowser] = [child.stdio[3], child.stdio[4]];
  const pending = new Map();
  let nextId = 0;
  let buffered = '';
  fromBrowser.on('data', (chunk) => {
    buffered += chunk.toString('utf8');
    let end;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const waiter = pending.get(message.id);
      if (!waiter) continue;
      pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter.resolve(message.result);
    }
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.once('exit', () => {
    for (const waiter of pending.values()) waiter.reject(new Error(`${waiter.method}: the browser exited`));
    pending.clear();
  });
  return {
    send(method, params = {}, sessionId) {
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, method });
        toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    async close() {
      if (child.exitCode === null) {
        await Promise.race([this.send('Browser.close').catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
        await exited;
      }
      // Chromium's helper processes may still be writing the profile for a moment after it exits.
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => {});
    },
  };
}

/**
 * Opens `warmUpUrl`, then `url`, in a fresh browser with a `viewport` of CSS pixels, and polls
 * `window.__bench` until the page marks itself drawn or failed, or `timeoutMs` passes. Resolves
 * to `{ drawnAt, error, longTasks }` as the page reports them, or rejects with an error whose
 * `isTimeout` is true. With `cpuProfile` (a sampling interval in µs), the result also holds
 * `profile`, a V8 CPU profile of the load (the Profiler domain, not the Network domain).
 */
export async function plainLoad({ executablePath, args, viewport, warmUpUrl, url, timeoutMs, cpuProfile }) {
  const browser = startBrowser(executablePath, args);
  try {
    const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
    const send = (method, params) => browser.send(method, params, sessionId);
    await send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: 1, mobile: false });
    const evaluate = async (expression) => (await send('Runtime.evaluate', { expression, returnByValue: true })).result.value;
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    // The warm-up page, as in the Playwright run, so that starting the renderer is not counted.
    await send('Page.navigate', { url: warmUpUrl });
    for (let i = 0; i < 100 && (await evaluate('document.readyState')) !== 'complete'; i++) await sleep(50);
    if (cpuProfile) {
      await send('Profiler.enable');
      await send('Profiler.setSamplingInterval', { interval: cpuProfile });
      await send('Profiler.start');
    }
    const deadline = Date.now() + timeoutMs;
    await send('Page.navigate', { url });
    for (;;) {
      const state = await evaluate(
        'window.__bench && (window.__bench.drawnAt !== null || window.__bench.error !== null) ? { drawnAt: window.__bench.drawnAt, error: window.__bench.error, longTasks: window.__bench.longTasks } : null',
      ).catch(() => null);
      if (state) return cpuProfile ? { ...state, profile: (await send('Profiler.stop')).profile } : state;
      if (Date.now() > deadline) throw Object.assign(new Error(`first render took longer than ${Math.round(timeoutMs / 1000)} s`), { isTimeout: true });
      await sleep(50);
    }
  } finally {
    await browser.close();
  }
}
