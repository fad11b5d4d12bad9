// The floor under every tool: no library, only the page, the fetch of the same JSON file our
// element loads, JSON.parse (response.json()) and one line of text. Drawn: that line, then one
// frame is painted. No tool that fetches and reads this file can be drawn sooner.
import { bench, fetchJson, markDrawn, markFailed, size } from './common.js';

const root = document.getElementById('root');
bench.plot = () => root;
try {
  const data = await fetchJson(`/bench/.cache/data-${size}.json`);
  root.textContent = `${data.events.length} events`;
  markDrawn();
} catch (error) {
  markFailed(error?.stack || error);
}
