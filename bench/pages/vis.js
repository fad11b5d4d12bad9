// vis-timeline (standalone UMD build): items, groups and the initial window from the converted
// JSON. Drawn: its first 'changed' event (emitted at the end of each redraw), then one frame is painted.
import { bench, fetchJson, markDrawn, markFailed, size } from './common.js';

const root = document.getElementById('root');
bench.plot = () => root.querySelector('.vis-panel.vis-center');
try {
  const query = new URLSearchParams(location.search);
  // ?data=full: the items carry the summary, place, date note and sources, and the annotations come too.
  const isFull = query.get('data') === 'full';
  const { items, groups, window: range, annotations = [] } = await fetchJson(`/bench/.cache/vis${isFull ? '-full' : ''}-${size}.json`);
  const { Timeline, DataSet } = window.vis;
  // ?window=extent (default): the data's extent; week: its first week; auto: vis-timeline's own
  // default (no start or end given).
  const windowKind = query.get('window') ?? 'extent';
  const options = { height: '700px', zoomMin: 60 * 60 * 1000 };
  if (windowKind !== 'auto') {
    options.start = range.start;
    options.end = windowKind === 'week' ? new Date(new Date(range.start).getTime() + 7 * 24 * 3600 * 1000).toISOString() : range.end;
  }
  const dataset = new DataSet(items);
  const timeline = new Timeline(root, dataset, new DataSet(groups), options);
  timeline.on('changed', () => markDrawn());
  // What a page would do with the details: show the selected item's data and its annotations.
  const notesByEvent = new Map();
  for (const annotation of annotations) {
    for (const id of annotation.events) notesByEvent.set(id, [...(notesByEvent.get(id) ?? []), annotation]);
  }
  timeline.on('select', ({ items: ids }) => {
    bench.selected = ids.map((id) => ({ item: dataset.get(id), notes: notesByEvent.get(id) ?? [] }));
  });
} catch (error) {
  markFailed(error?.stack || error);
}
