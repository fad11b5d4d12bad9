// TimelineJS 3: slides from the converted JSON (annotations inside the slide text). Drawn: its
// 'loaded' event (fired once the time navigation and the story slider are both built), then one
// frame is painted. Scripts, language and styles come from bench/node_modules; no web fonts.
import { bench, fetchJson, markDrawn, markFailed, size } from './common.js';

const root = document.getElementById('root');
bench.plot = () => root.querySelector('.tl-timenav');
try {
  const data = await fetchJson(`/bench/.cache/timelinejs-${size}.json`);
  const timeline = new window.TL.Timeline(root, data, {
    script_path: '/bench/node_modules/@knight-lab/timelinejs/dist/js/',
    font: null,
    hash_bookmark: false,
    language: 'en',
  });
  timeline.on('loaded', () => markDrawn());
} catch (error) {
  markFailed(error?.stack || error);
}
