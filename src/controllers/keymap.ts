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

/** In a right-to-left timeline the drawing is mirrored: Left and Right (and their labels) swap. */
const MIRRORED: Readonly<Record<string, string>> = {
  ArrowLeft: 'ArrowRight',
  ArrowRight: 'ArrowLeft',
  '←': '→',
  '→': '←',
};

/** Where a timeline's keys apply: its orientation, and whether its drawing is mirrored (right to left). */
export interface TimelineKeyFrame {
  orientation: 'horizontal' | 'vertical';
  isMirrored: boolean;
}

/** A key or label of the horizontal, left-to-right table as it reads in a frame. */
function turn(keyOrLabel: string, { orientation, isMirrored }: TimelineKeyFrame): string {
  const turned = orientation === 'vertical' ? (VERTICAL[keyOrLabel] ?? keyOrLabel) : keyOrLabel;
  return isMirrored ? (MIRRORED[turned] ?? turned) : turned;
}

/** How the instructions name a binding's keys in a frame. */
export function labelOf(binding: TimelineKeyBinding, frame: TimelineKeyFrame): string {
  return turn(binding.label, frame);
}

/** The keys of a binding in a frame. */
export function keysOf(binding: TimelineKeyBinding, frame: TimelineKeyFrame): string[] {
  return binding.keys.map((key) => turn(key, frame));
}

/**
 * The action a key asks for, or undefined for keys the timeline leaves alone (Tab, and any key
 * with Ctrl, Alt or Meta, which belong to the browser and assistive technology).
 */
export function actionForKey(
  key: string,
  modifiers: { ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean },
  frame: TimelineKeyFrame,
): TimelineAction | undefined {
  if (modifiers.ctrlKey || modifiers.altKey || modifiers.metaKey) return undefined;
  return TIMELINE_KEYMAP.find((binding) => keysOf(binding, frame).includes(key))?.action;
}

/** The instructions line, "← previous event, → next event, …", built from the table in the strings' language. */
export function describeKeys(frame: TimelineKeyFrame, actions: Readonly<Record<TimelineAction, string>>): string {
  return TIMELINE_KEYMAP.map((binding) => `${labelOf(binding, frame)} ${actions[binding.action]}`).join(', ');
}
