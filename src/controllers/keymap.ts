/**
 * The keyboard bindings as data: one table feeds the dispatcher, the visible instructions and
 * the tests. Keys are compared as `KeyboardEvent.key` values, so they work on any layout.
 */

/** What a key press asks the timeline to do. */
export type TimelineAction =
  | 'previous'
  | 'next'
  | 'first'
  | 'last'
  | 'pageBack'
  | 'pageForward'
  | 'intoNotes'
  | 'outOfNotes'
  | 'zoomIn'
  | 'zoomOut'
  | 'reset'
  | 'close';

/** One binding: the keys, in each orientation, and the words that describe it. */
export interface TimelineKeyBinding {
  action: TimelineAction;
  horizontal: readonly string[];
  vertical: readonly string[];
  /** How the instructions name the keys, e.g. "← →". */
  keysLabel: { horizontal: string; vertical: string };
  description: string;
}

/** Every binding, in the order the instructions list them. */
export const TIMELINE_KEYMAP: readonly TimelineKeyBinding[] = [
  { action: 'previous', horizontal: ['ArrowLeft'], vertical: ['ArrowUp'], keysLabel: { horizontal: '←', vertical: '↑' }, description: 'previous event' },
  { action: 'next', horizontal: ['ArrowRight'], vertical: ['ArrowDown'], keysLabel: { horizontal: '→', vertical: '↓' }, description: 'next event' },
  { action: 'intoNotes', horizontal: ['ArrowDown'], vertical: ['ArrowRight'], keysLabel: { horizontal: '↓', vertical: '→' }, description: "the event's notes" },
  { action: 'outOfNotes', horizontal: ['ArrowUp'], vertical: ['ArrowLeft'], keysLabel: { horizontal: '↑', vertical: '←' }, description: 'back to the event' },
  { action: 'first', horizontal: ['Home'], vertical: ['Home'], keysLabel: { horizontal: 'Home', vertical: 'Home' }, description: 'first event' },
  { action: 'last', horizontal: ['End'], vertical: ['End'], keysLabel: { horizontal: 'End', vertical: 'End' }, description: 'last event' },
  { action: 'pageBack', horizontal: ['PageUp'], vertical: ['PageUp'], keysLabel: { horizontal: 'Page Up', vertical: 'Page Up' }, description: 'one screen earlier' },
  { action: 'pageForward', horizontal: ['PageDown'], vertical: ['PageDown'], keysLabel: { horizontal: 'Page Down', vertical: 'Page Down' }, description: 'one screen later' },
  { action: 'zoomIn', horizontal: ['+', '='], vertical: ['+', '='], keysLabel: { horizontal: '+', vertical: '+' }, description: 'zoom in' },
  { action: 'zoomOut', horizontal: ['-', '_'], vertical: ['-', '_'], keysLabel: { horizontal: '−', vertical: '−' }, description: 'zoom out' },
  { action: 'reset', horizontal: ['0'], vertical: ['0'], keysLabel: { horizontal: '0', vertical: '0' }, description: 'show everything' },
  { action: 'close', horizontal: ['Escape'], vertical: ['Escape'], keysLabel: { horizontal: 'Esc', vertical: 'Esc' }, description: 'close details' },
];

/**
 * The action a key asks for, or undefined for keys the timeline leaves alone (Tab, and any key
 * with Ctrl, Alt or Meta, which belong to the browser and assistive technology).
 */
export function actionForKey(
  key: string,
  modifiers: { ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean },
  orientation: 'horizontal' | 'vertical',
): TimelineAction | undefined {
  if (modifiers.ctrlKey || modifiers.altKey || modifiers.metaKey) return undefined;
  return TIMELINE_KEYMAP.find((binding) => binding[orientation].includes(key))?.action;
}

/** The instructions line: "← → previous/next event, …" built from the table. */
export function describeKeys(orientation: 'horizontal' | 'vertical'): string {
  return TIMELINE_KEYMAP.map((binding) => `${binding.keysLabel[orientation]} ${binding.description}`).join(', ');
}
