import { describe, expect, it } from 'vitest';
import { planKey, type TimelineKeyState } from './key-plan.js';

const at = (overrides: Partial<TimelineKeyState> = {}): TimelineKeyState => ({
  focusIndex: 2,
  eventCount: 5,
  notes: [7, 9],
  focusAnnotation: -1,
  isDetailsOpen: false,
  canZoom: true,
  ...overrides,
});

describe('planKey', () => {
  it('moves to the previous and next event, stopping at the ends', () => {
    expect(planKey('previous', at())).toEqual({ kind: 'focusEvent', index: 1 });
    expect(planKey('next', at())).toEqual({ kind: 'focusEvent', index: 3 });
    expect(planKey('previous', at({ focusIndex: 0 }))).toEqual({ kind: 'focusEvent', index: 0 });
    expect(planKey('next', at({ focusIndex: 4 }))).toEqual({ kind: 'focusEvent', index: 4 });
  });

  it('jumps to the first and last event with Home and End', () => {
    expect(planKey('first', at())).toEqual({ kind: 'focusEvent', index: 0 });
    expect(planKey('last', at())).toEqual({ kind: 'focusEvent', index: 4 });
  });

  it('goes down into the event\'s notes one by one and back up to the event', () => {
    expect(planKey('intoNotes', at())).toEqual({ kind: 'focusNote', annotationIndex: 7 });
    expect(planKey('intoNotes', at({ focusAnnotation: 7 }))).toEqual({ kind: 'focusNote', annotationIndex: 9 });
    expect(planKey('intoNotes', at({ focusAnnotation: 9 }))).toEqual({ kind: 'focusNote', annotationIndex: 9 });
    expect(planKey('outOfNotes', at({ focusAnnotation: 9 }))).toEqual({ kind: 'focusNote', annotationIndex: 7 });
    expect(planKey('outOfNotes', at({ focusAnnotation: 7 }))).toEqual({ kind: 'focusEvent', index: 2 });
  });

  it('does nothing for Down on an event without notes, or Up on an event', () => {
    expect(planKey('intoNotes', at({ notes: [] }))).toEqual({ kind: 'none' });
    expect(planKey('outOfNotes', at())).toEqual({ kind: 'none' });
  });

  it('zooms by two either way and resets, unless zoom is off', () => {
    expect(planKey('zoomIn', at())).toEqual({ kind: 'zoom', factor: 2 });
    expect(planKey('zoomOut', at())).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(planKey('reset', at())).toEqual({ kind: 'reset' });
    expect(planKey('zoomIn', at({ canZoom: false }))).toEqual({ kind: 'none' });
  });

  it('closes open details with Escape first, then leaves a note for its event', () => {
    expect(planKey('close', at({ isDetailsOpen: true, focusAnnotation: 7 }))).toEqual({ kind: 'closeDetails' });
    expect(planKey('close', at({ focusAnnotation: 7 }))).toEqual({ kind: 'focusEvent', index: 2 });
    expect(planKey('close', at())).toEqual({ kind: 'none' });
  });

  it('pages by one screen either way', () => {
    expect(planKey('pageBack', at())).toEqual({ kind: 'page', direction: -1 });
    expect(planKey('pageForward', at())).toEqual({ kind: 'page', direction: 1 });
  });
});
