import type { TimelineAction } from './keymap.js';

/** Where focus is and what is open, as the keyboard sees it. */
export interface TimelineKeyState {
  /** The event holding focus (or whose note holds it), by time order. */
  focusIndex: number;
  eventCount: number;
  /** The focused event's annotations, in data order. */
  notes: readonly number[];
  /** The annotation holding focus, or -1 when an event does. */
  focusAnnotation: number;
  isDetailsOpen: boolean;
  canZoom: boolean;
}

/** What a key press does, for the element to carry out. */
export type TimelineKeyEffect =
  | { kind: 'focusEvent'; index: number }
  | { kind: 'focusNote'; annotationIndex: number }
  | { kind: 'page'; direction: -1 | 1 }
  | { kind: 'zoom'; factor: number }
  | { kind: 'reset' }
  | { kind: 'closeDetails' }
  | { kind: 'none' };

/**
 * Decides what an action does from where focus is: a pure function, so that every key's
 * behaviour is tested in Node. Moves stop at the ends rather than wrap, so a reader always
 * knows where the first and last events are.
 */
export function planKey(action: TimelineAction, state: TimelineKeyState): TimelineKeyEffect {
  const { focusIndex, eventCount, notes, focusAnnotation } = state;
  const clamp = (index: number) => Math.min(Math.max(index, 0), eventCount - 1);
  const position = notes.indexOf(focusAnnotation);
  switch (action) {
    case 'previous':
      return { kind: 'focusEvent', index: clamp(focusIndex - 1) };
    case 'next':
      return { kind: 'focusEvent', index: clamp(focusIndex + 1) };
    case 'first':
      return { kind: 'focusEvent', index: 0 };
    case 'last':
      return { kind: 'focusEvent', index: clamp(eventCount - 1) };
    case 'pageBack':
      return { kind: 'page', direction: -1 };
    case 'pageForward':
      return { kind: 'page', direction: 1 };
    case 'intoNotes':
      return notes.length ? { kind: 'focusNote', annotationIndex: notes[Math.min(position + 1, notes.length - 1)] } : { kind: 'none' };
    case 'outOfNotes':
      if (focusAnnotation < 0) return { kind: 'none' };
      return position > 0 ? { kind: 'focusNote', annotationIndex: notes[position - 1] } : { kind: 'focusEvent', index: focusIndex };
    case 'zoomIn':
    case 'zoomOut':
      return state.canZoom ? { kind: 'zoom', factor: action === 'zoomIn' ? 2 : 0.5 } : { kind: 'none' };
    case 'reset':
      return state.canZoom ? { kind: 'reset' } : { kind: 'none' };
    case 'close':
      if (state.isDetailsOpen) return { kind: 'closeDetails' };
      return focusAnnotation >= 0 ? { kind: 'focusEvent', index: focusIndex } : { kind: 'none' };
  }
}
