// vis-timeline (standalone UMD build): items, groups and the initial window from the converted
// JSON. Drawn: its first 'changed' event (emitted at the end of each redraw), then one frame is painted.
import { bench, fetchJson, markDrawn, markFailed, size } from './common.js';

const root = document.getElementById('root');
bench.plot = () => root.querySelector('.vis-panel.vis-center');
try {
  const { items, groups, window: range } = await fetchJson(`/bench/.cache/vis-${size}.json`);
  const { Timeline, DataSet } = window.vis;
  // ?window=week starts on the data's first week instead of its whole extent (see run.mjs).
  const isWeek = new URLSearchParams(location.search).get('window') === 'week';
  const end = isWeek ? new Date(new Date(range.start).getTime() + 7 * 24 * 3600 * 1000).toISOString() : range.end;
  const timeline = new Timeline(root, new DataSet(items), new DataSet(groups), {
    height: '700px',
    start: range.start,
    end,
    zoomMin: 60 * 60 * 1000,
  });
  timeline.on('changed', () => markDrawn());
} catch (error) {
  markFailed(error?.stack || error);
}
