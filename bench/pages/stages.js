// Our first render without the element, for bench/stages.mjs. `?stage=loader` fetches and reads
// the file as the element does (`fetchTimelineJson`); `?stage=check` then checks it as well
// (`parseTimelineInSlices`). Neither draws the timeline: drawn is one line of text, as on the
// floor page. Built from the sources into bench/.cache/stages/ by bench/stages.mjs.
import { DEFAULT_LOAD_TIMEOUT_MS, DEFAULT_MAX_BYTES, fetchTimelineJson } from '../../src/load.ts';
import { parseTimelineInSlices } from '../../src/model/parse.ts';
import { bench, markDrawn, markFailed, size } from './common.js';

const stage = new URLSearchParams(location.search).get('stage');
const root = document.getElementById('root');
bench.plot = () => root;
try {
  const options = { signal: new AbortController().signal, timeoutMs: DEFAULT_LOAD_TIMEOUT_MS, maxBytes: DEFAULT_MAX_BYTES };
  const loaded = await fetchTimelineJson(`/bench/.cache/data-${size}.json`, options);
  if (!loaded.ok) throw new Error(loaded.message);
  if (stage === 'check') {
    const checked = await parseTimelineInSlices(loaded.value, { baseUrl: loaded.url });
    if (!checked.ok) throw new Error(checked.errors[0].message);
    root.textContent = `${checked.model.events.length} events checked`;
  } else {
    root.textContent = `${loaded.value.events.length} events read`;
  }
  markDrawn();
} catch (error) {
  markFailed(error?.stack || error);
}
