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

/** One binding: the keys and how the instructions name them, in the horizontal layout, and what it does. */
export interface TimelineKeyBinding {
  action: TimelineAction;
  /** `KeyboardEvent.key` values in the horizontal layout; the vertical layout turns arrows a quarter. */
  keys: readonly string[];
  /** How the instructions name the keys, e.g. "←"; what the key does comes from `TimelineStrings.keyActions`. */
  label: string;
}

/** Every binding, in the order the instructions list them. */
export const TIMELINE_KEYMAP: readonly TimelineKeyBinding[] = [
  { action: 'previous', keys: ['ArrowLeft'], label: '←' },
  { action: 'next', keys: ['ArrowRight'], label: '→' },
  { action: 'intoNotes', keys: ['ArrowDown'], label: '↓' },
  { action: 'outOfNotes', keys: ['ArrowUp'], label: '↑' },
  { action: 'first', keys: ['Home'], label: 'Home' },
  { action: 'last', keys: ['End'], label: 'End' },
  { action: 'pageBack', keys: ['PageUp'], label: 'Page Up' },
  { action: 'pageForward', keys: ['PageDown'], label: 'Page Down' },
  { action: 'zoomIn', keys: ['+', '='], label: '+' },
  { action: 'zoomOut', keys: ['-', '_'], label: '−' },
  { action: 'reset', keys: ['0'], label: '0' },
  { action: 'close', keys: ['Escape'], label: 'Esc' },
];

/** In the vertical layout time runs down: each arrow key (and its label) turns a quarter. */
const VERTICAL: Readonly<Record<string, string>> = {
  ArrowLeft: 'ArrowUp',
  ArrowRight: 'ArrowDown',
  ArrowDown: 'ArrowRight',
  ArrowUp: 'ArrowLeft',
  '←': '↑',
  '→': '↓',
  '↓': '→',
  '↑': '←',
};

/** How the instructions name a binding's keys in an orientation. */
export function labelOf(binding: TimelineKeyBinding, orientation: 'horizontal' | 'vertical'): string {
  return orientation === 'vertical' ? (VERTICAL[binding.label] ?? binding.label) : binding.label;
}

/** The keys of a binding in an orientation. */
export function keysOf(binding: TimelineKeyBinding, orientation: 'horizontal' | 'vertical'): string[] {
  return binding.keys.map((key) => (orientation === 'vertical' ? (VERTICAL[key] ?? key) : key));
}

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
  return TIMELINE_KEYMAP.find((binding) => keysOf(binding, orientation).includes(key))?.action;
}

/** The instructions line, "← previous event, → next event, …", built from the table in the strings' language. */
export function describeKeys(orientation: 'horizontal' | 'vertical', actions: Readonly<Record<TimelineAction, string>>): string {
  return TIMELINE_KEYMAP.map((binding) => `${labelOf(binding, orientation)} ${actions[binding.action]}`).join(', ');
}
