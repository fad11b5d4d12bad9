import { describe, expect, it } from 'vitest';
import { ARABIC_STRINGS } from '../strings-ar.js';
import { ENGLISH_STRINGS } from '../strings.js';
import { actionForKey, describeKeys, keysOf, TIMELINE_KEYMAP, type TimelineKeyFrame } from './keymap.js';

const horizontal: TimelineKeyFrame = { orientation: 'horizontal', isMirrored: false };
const vertical: TimelineKeyFrame = { orientation: 'vertical', isMirrored: false };
const horizontalRtl: TimelineKeyFrame = { orientation: 'horizontal', isMirrored: true };
const verticalRtl: TimelineKeyFrame = { orientation: 'vertical', isMirrored: true };

describe('actionForKey', () => {
  it('moves along time with Left and Right in the horizontal layout', () => {
    expect(actionForKey('ArrowLeft', {}, horizontal)).toBe('previous');
    expect(actionForKey('ArrowRight', {}, horizontal)).toBe('next');
    expect(actionForKey('ArrowDown', {}, horizontal)).toBe('intoNotes');
  });

  it('moves along time with Up and Down in the vertical layout', () => {
    expect(actionForKey('ArrowUp', {}, vertical)).toBe('previous');
    expect(actionForKey('ArrowDown', {}, vertical)).toBe('next');
    expect(actionForKey('ArrowRight', {}, vertical)).toBe('intoNotes');
  });

  it('swaps Left and Right when the drawing is mirrored, in both layouts', () => {
    expect(actionForKey('ArrowLeft', {}, horizontalRtl)).toBe('next');
    expect(actionForKey('ArrowRight', {}, horizontalRtl)).toBe('previous');
    expect(actionForKey('ArrowDown', {}, horizontalRtl)).toBe('intoNotes');
    // Vertical and mirrored: time still runs down, and the notes hang to the left of the rail.
    expect(actionForKey('ArrowDown', {}, verticalRtl)).toBe('next');
    expect(actionForKey('ArrowLeft', {}, verticalRtl)).toBe('intoNotes');
    expect(actionForKey('ArrowRight', {}, verticalRtl)).toBe('outOfNotes');
  });

  it('reads zoom keys from the character typed, so = and + both zoom in on any keyboard layout', () => {
    expect(actionForKey('+', {}, horizontal)).toBe('zoomIn');
    expect(actionForKey('=', {}, horizontal)).toBe('zoomIn');
    expect(actionForKey('-', {}, horizontal)).toBe('zoomOut');
    expect(actionForKey('0', {}, horizontal)).toBe('reset');
  });

  it('leaves keys with Ctrl, Alt or Meta, and Tab, to the browser', () => {
    expect(actionForKey('+', { ctrlKey: true }, horizontal)).toBeUndefined();
    expect(actionForKey('ArrowLeft', { altKey: true }, horizontal)).toBeUndefined();
    expect(actionForKey('Tab', {}, horizontal)).toBeUndefined();
  });

  it('binds no key to two actions in one frame', () => {
    for (const frame of [horizontal, vertical, horizontalRtl, verticalRtl]) {
      const keys = TIMELINE_KEYMAP.flatMap((binding) => keysOf(binding, frame));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('describes every binding in the instructions, in the language of the strings', () => {
    for (const strings of [ENGLISH_STRINGS, ARABIC_STRINGS]) {
      const text = describeKeys(horizontal, strings.keyActions);
      for (const binding of TIMELINE_KEYMAP) expect(text).toContain(`${binding.label} ${strings.keyActions[binding.action]}`);
    }
    expect(describeKeys(vertical, ARABIC_STRINGS.keyActions)).toContain('↓ الحدث التالي');
  });
});
