import { describe, expect, it } from 'vitest';
import { actionForKey, describeKeys, keysOf, TIMELINE_KEYMAP } from './keymap.js';
import { ARABIC_STRINGS } from '../strings-ar.js';
import { ENGLISH_STRINGS } from '../strings.js';

describe('actionForKey', () => {
  it('moves along time with Left and Right in the horizontal layout', () => {
    expect(actionForKey('ArrowLeft', {}, 'horizontal')).toBe('previous');
    expect(actionForKey('ArrowRight', {}, 'horizontal')).toBe('next');
    expect(actionForKey('ArrowDown', {}, 'horizontal')).toBe('intoNotes');
  });

  it('moves along time with Up and Down in the vertical layout', () => {
    expect(actionForKey('ArrowUp', {}, 'vertical')).toBe('previous');
    expect(actionForKey('ArrowDown', {}, 'vertical')).toBe('next');
    expect(actionForKey('ArrowRight', {}, 'vertical')).toBe('intoNotes');
  });

  it('reads zoom keys from the character typed, so = and + both zoom in on any keyboard layout', () => {
    expect(actionForKey('+', {}, 'horizontal')).toBe('zoomIn');
    expect(actionForKey('=', {}, 'horizontal')).toBe('zoomIn');
    expect(actionForKey('-', {}, 'horizontal')).toBe('zoomOut');
    expect(actionForKey('0', {}, 'horizontal')).toBe('reset');
  });

  it('leaves keys with Ctrl, Alt or Meta, and Tab, to the browser', () => {
    expect(actionForKey('+', { ctrlKey: true }, 'horizontal')).toBeUndefined();
    expect(actionForKey('ArrowLeft', { altKey: true }, 'horizontal')).toBeUndefined();
    expect(actionForKey('Tab', {}, 'horizontal')).toBeUndefined();
  });

  it('binds no key to two actions in one orientation', () => {
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const keys = TIMELINE_KEYMAP.flatMap((binding) => keysOf(binding, orientation));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('describes every binding in the instructions, in the language of the strings', () => {
    for (const strings of [ENGLISH_STRINGS, ARABIC_STRINGS]) {
      const text = describeKeys('horizontal', strings.keyActions);
      for (const binding of TIMELINE_KEYMAP) expect(text).toContain(`${binding.label} ${strings.keyActions[binding.action]}`);
    }
    expect(describeKeys('vertical', ARABIC_STRINGS.keyActions)).toContain('↓ الحدث التالي');
  });
});
