// A page load in a Chromium without the DevTools Network domain: the benchmark's first render.
//
// Playwright enables the Network domain on every page, and with it Blink keeps a decoded copy of
// each response body for DevTools (a trace shows `ResponseBodyLoader::DidFinishLoadingBody` →
// `TextResourceDecoder::Decode` as a load ends), besides its own scripts in every page. A
// reader's browser does neither. So the first render is timed in a browser started here, driven
// over `--remote-debugging-pipe` with the Target, Emulation, Inspector, Page and Runtime domains
// (and Profiler when asked), with Playwright's launch switches and, as Playwright does, a fresh
// browser context whose HTTP cache lives in memory.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The switches Playwright 1.65 passes to Chromium when it launches it headless on Linux
 * (`DEBUG=pw:browser` prints them), less those for other browsers and platforms; the caller's
 * arguments come after.
 */
const PLAYWRIGHT_SWITCHES = [
  '--disable-field-trial-config', '--disable-background-networking', '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows', '--disable-back-forward-cache', '--disable-breakpad',
  '--disable-component-extensions-with-background-pages', '--disable-component-update', '--no-default-browser-check',
  '--disable-default-apps', '--disable-dev-shm-usage', '--disable-extensions',
  '--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,AvoidCorsURLLoaderRestartOnRedirect,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch',
  '--enable-features=CDPScreenshotNewSurface,SkipListAccountsWithoutGaiaCookies',
  '--allow-pre-commit-input', '--disable-hang-monitor', '--disable-ipc-flooding-protection', '--disable-popup-blocking',
  '--disable-prompt-on-repost', '--disable-renderer-backgrounding', '--force-color-profile=srgb', '--metrics-recording-only',
  '--no-first-run', '--password-store=basic', '--use-mock-keychain', '--no-service-autorun',
  '--disable-search-engine-choice-screen', '--unsafely-disable-devtools-self-xss-warnings', '--enable-unsafe-swiftshader',
  '--disable-stack-profiler', '--disable-infobars', '--disable-sync', '--headless', '--hide-scrollbars', '--mute-audio',
  '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4',
  '--no-startup-window',
];

/** How long starting the browser and loading the warm-up page may take. */
const SETUP_MS = 30_000;

/**
 * A Chromium driven over a pipe. `send(method, params, sessionId)` resolves to the result or
 * rejects with the error; `events` receives every message without an id; `gone` rejects once
 * the browser fails to start, exits or breaks the pipe.
 */
function startBrowser(executablePath, args) {
  const child = spawn(executablePath, [...PLAYWRIGHT_SWITCHES, ...args, '--remote-debugging-pipe'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const [toBrowser, fromBrowser] = [child.stdio[3], child.stdio[4]];
  const pending = new Map();
  const listeners = [];
  let nextId = 0;
  let buffered = Buffer.alloc(0);
  let failure = null;
  let fail;
  const gone = new Promise((_, reject) => (fail = reject));
  gone.catch(() => {});
  const stop = (error) => {
    if (failure) return;
    failure = error;
    for (const waiter of pending.values()) waiter.reject(new Error(`${waiter.method}: ${error.message}`));
    pending.clear();
    fail(error);
  };
  child.on('error', (error) => stop(new Error(`Chromium at ${executablePath} did not start: ${error.message}`)));
  child.on('exit', (code, signal) => stop(new Error(`the browser exited (${signal ?? `code ${code}`})`)));
  toBrowser.on('error', (error) => stop(new Error(`the pipe to the browser broke: ${error.message}`)));
  fromBrowser.on('error', (error) => stop(new Error(`the pipe from the browser broke: ${error.message}`)));
  fromBrowser.on('data', (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    let end;
    while ((end = buffered.indexOf(0)) >= 0) {
      const text = buffered.subarray(0, end).toString('utf8');
      buffered = buffered.subarray(end + 1);
      let message;
      try {
        message = JSON.parse(text);
      } catch {
        stop(new Error('the browser sent a message that is not JSON'));
        return;
      }
      if (message.id === undefined) {
        for (const listener of listeners) listener(message);
        continue;
      }
      const waiter = pending.get(message.id);
      if (!waiter) continue;
      pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter.resolve(message.result);
    }
  });
  return {
    gone,
    events: (listener) => listeners.push(listener),
    send(method, params = {}, sessionId) {
      if (failure) return Promise.reject(new Error(`${method}: ${failure.message}`));
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, method });
        toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    async close() {
      const isRunning = () => child.exitCode === null && child.signalCode === null;
      if (!isRunning()) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (!failure) await Promise.race([this.send('Browser.close').catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (isRunning()) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Rejects with an error whose `isTimeout` is true after `ms`; `cancel()` stops the timer. */
function deadline(ms, what) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`), { isTimeout: true })), ms);
  });
  promise.catch(() => {});
  return { promise, cancel: () => clearTimeout(timer) };
}

/** Errors of `Runtime.evaluate` that only mean the page was between documents. */
const NAVIGATING = /context was destroyed|Cannot find context|Inspected target navigated/i;

/**
 * Opens `warmUpUrl`, then `url`, in a fresh browser with a `viewport` of CSS pixels, and polls
 * `window.__bench` until the page marks itself drawn or failed. Resolves to `{ drawnAt, error,
 * longTasks }` as the page reports them. Rejects with an error whose `isTimeout` is true when the
 * page is not drawn within `timeoutMs` of the navigation (also when it reports a later time),
 * and with a plain error when the browser fails to start, exits, the renderer crashes or the
 * navigation fails. With `cpuProfile` (a sampling interval in µs), the result also holds
 * `profile`, a V8 CPU profile of the load.
 */
export async function plainLoad({ executablePath, args, viewport, warmUpUrl, url, timeoutMs, cpuProfile }) {
  const profileDir = mkdtempSync(join(tmpdir(), 'bench-plain-'));
  let browser;
  const setup = deadline(SETUP_MS, 'starting the browser');
  let load;
  try {
    browser = startBrowser(executablePath, [...args, `--user-data-dir=${profileDir}`]);
    let crashed;
    const crash = new Promise((_, reject) => (crashed = reject));
    crash.catch(() => {});
    browser.events((message) => {
      if (message.method === 'Inspector.targetCrashed') crashed(new Error('the page crashed'));
    });
    const session = await Promise.race([
      (async () => {
        // A browser context of its own, as Playwright's newContext() makes: its HTTP cache is in memory.
        const { browserContextId } = await browser.send('Target.createBrowserContext', { disposeOnDetach: true });
        const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank', browserContextId });
        const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
        const send = (method, params) => browser.send(method, params, sessionId);
        await send('Inspector.enable');
        await send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: 1, mobile: false });
        // The warm-up page, as in the Playwright run, so that starting the renderer is not counted.
        await navigate(send, warmUpUrl);
        while ((await evaluate(send, 'document.readyState')) !== 'complete') await sleep(50);
        return send;
      })(),
      setup.promise,
      browser.gone,
      crash,
    ]);
    setup.cancel();
    load = deadline(timeoutMs, 'first render');
    const measured = (async () => {
      if (cpuProfile) {
        await session('Profiler.enable');
        await session('Profiler.setSamplingInterval', { interval: cpuProfile });
        await session('Profiler.start');
      }
      await navigate(session, url);
      for (;;) {
        const state = await evaluate(
          session,
          'window.__bench && (window.__bench.drawnAt !== null || window.__bench.error !== null) ? { drawnAt: window.__bench.drawnAt, error: window.__bench.error, longTasks: window.__bench.longTasks } : null',
        );
        if (state) return cpuProfile ? { ...state, profile: (await session('Profiler.stop')).profile } : state;
        await sleep(50);
      }
    })();
    const state = await Promise.race([measured, load.promise, browser.gone, crash]);
    if (state.error === null && state.drawnAt > timeoutMs) {
      throw Object.assign(new Error(`first render took longer than ${Math.round(timeoutMs / 1000)} s (${Math.round(state.drawnAt)} ms)`), { isTimeout: true });
    }
    return state;
  } finally {
    setup.cancel();
    load?.cancel();
    await browser?.close();
    await rm(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => {});
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Navigates and rejects when the browser reports that the navigation failed. */
async function navigate(send, url) {
  const { errorText } = await send('Page.navigate', { url });
  if (errorText) throw new Error(`loading ${url} failed: ${errorText}`);
}

/** The value of an expression in the page; null while the page is between documents. */
async function evaluate(send, expression) {
  try {
    const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value ?? null;
  } catch (error) {
    if (NAVIGATING.test(error.message)) return null;
    throw error;
  }
}
