import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineStrings } from '../strings.js';

/** The toolbar's commands, in order. */
export type TimelineCommand = 'zoomIn' | 'zoomOut' | 'reset' | 'earlier' | 'later' | 'list';

/** What the toolbar shows and where its tab stop is. */
export interface TimelineToolbarState {
  strings: TimelineStrings;
  isListView: boolean;
  isZoomDisabled: boolean;
  /** In a right-to-left timeline earlier times are to the right, and the arrows say so. */
  isRtl: boolean;
  /** Which button holds the toolbar's single tab stop. */
  activeCommand: TimelineCommand;
  onCommand: (command: TimelineCommand) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

const ICONS: Record<TimelineCommand, string> = { zoomIn: '+', zoomOut: '−', reset: '⤢', earlier: '←', later: '→', list: '☰' };
const RTL_ICONS: Partial<Record<TimelineCommand, string>> = { earlier: '→', later: '←' };

/**
 * The toolbar (the APG pattern: one tab stop, arrow keys move between buttons): zoom in and
 * out, show all, earlier and later (the non-dragging way to pan), and the list view switch.
 * In the list view only the switch remains.
 */
export function renderToolbar(state: TimelineToolbarState): TemplateResult {
  const { strings } = state;
  const labels: Record<TimelineCommand, string> = {
    zoomIn: strings.zoomIn,
    zoomOut: strings.zoomOut,
    reset: strings.resetZoom,
    earlier: strings.earlier,
    later: strings.later,
    list: strings.listView,
  };
  const commands: TimelineCommand[] = state.isZoomDisabled || state.isListView ? ['list'] : ['zoomIn', 'zoomOut', 'reset', 'earlier', 'later', 'list'];
  return html`<div part="controls" class="toolbar" role="toolbar" aria-label=${strings.controls} @keydown=${state.onKeydown}>
    ${commands.map(
      (command) => html`<button
        part=${command === 'list' && state.isListView ? 'control control--pressed' : 'control'}
        class="control"
        data-command=${command}
        tabindex=${command === state.activeCommand ? 0 : -1}
        aria-pressed=${command === 'list' ? String(state.isListView) : nothing}
        @click=${() => state.onCommand(command)}
      ><span aria-hidden="true">${(state.isRtl && RTL_ICONS[command]) || ICONS[command]}</span> <span class="control-label">${labels[command]}</span></button>`,
    )}
  </div>`;
}
