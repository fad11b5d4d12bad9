import { css } from 'lit';

/** The dark palette, used by `theme="dark"` and by `theme="auto"` when the reader prefers dark. */
const darkTokens = css`
  --_background: var(--timeline-color-background, #0d1117);
  --_text: var(--timeline-color-text, #e6edf3);
  --_muted: var(--timeline-color-muted, #9da7b3);
  --_axis: var(--timeline-color-axis, #8b949e);
  --_grid: var(--timeline-color-grid, #262c36);
  --_lane: var(--timeline-color-lane, #161b22);
  --_note-background: var(--timeline-color-note-background, #161b22);
  --_note-border: var(--timeline-color-note-border, #6e7681);
  --_note-accent: var(--timeline-color-note-accent, #58a6ff);
  --_context-background: var(--timeline-color-context-background, #1c2128);
  --_connector: var(--timeline-color-connector, #8b949e);
  --_focus: var(--timeline-color-focus, #79c0ff);
  --_selected: var(--timeline-color-selected, #f0f6fc);
  --_error: var(--timeline-color-error, #ff7b72);
  --_error-background: var(--timeline-color-error-background, #2d1214);
  --_link: var(--timeline-color-link, #79c0ff);
  --_accent: var(--timeline-color-accent, #58a6ff);
  --_group-0: var(--timeline-color-group-0, var(--_accent));
  --_group-1: var(--timeline-color-group-1, #f0883e);
  --_group-2: var(--timeline-color-group-2, #3fb950);
  --_group-3: var(--timeline-color-group-3, #d2a8ff);
  --_group-4: var(--timeline-color-group-4, #e3b341);
  --_group-5: var(--timeline-color-group-5, #ff7eb6);
`;

/**
 * The element's styles. Public `--timeline-*` custom properties are read into private `--_*`
 * ones on `:host`, never declared under their public names, so a page's values win.
 */
export const timelineStyles = css`
  :host {
    --_background: var(--timeline-color-background, #ffffff);
    --_text: var(--timeline-color-text, #1b1f24);
    --_muted: var(--timeline-color-muted, #57606a);
    --_axis: var(--timeline-color-axis, #6e7781);
    --_grid: var(--timeline-color-grid, #e4e7eb);
    --_lane: var(--timeline-color-lane, #f6f8fa);
    --_accent: var(--timeline-color-accent, #0b6bcb);
    --_note-background: var(--timeline-color-note-background, #ffffff);
    --_note-border: var(--timeline-color-note-border, #8c959f);
    --_note-accent: var(--timeline-color-note-accent, #0b6bcb);
    --_context-background: var(--timeline-color-context-background, #f6f8fa);
    --_connector: var(--timeline-color-connector, #6e7781);
    --_focus: var(--timeline-color-focus, #0550ae);
    --_selected: var(--timeline-color-selected, #1b1f24);
    --_error: var(--timeline-color-error, #b42318);
    --_error-background: var(--timeline-color-error-background, #fef3f2);
    --_link: var(--timeline-color-link, #0550ae);
    --_group-0: var(--timeline-color-group-0, var(--_accent));
    --_group-1: var(--timeline-color-group-1, #c2410c);
    --_group-2: var(--timeline-color-group-2, #0f7b5f);
    --_group-3: var(--timeline-color-group-3, #8e44ad);
    --_group-4: var(--timeline-color-group-4, #9a6700);
    --_group-5: var(--timeline-color-group-5, #be185d);
    --_font: var(--timeline-font-family, inherit);
    --_quote-font: var(--timeline-font-family-quote, var(--_font));
    --_quote-style: var(--timeline-quote-style, normal);
    --_radius: var(--timeline-radius, 6px);
    --_connector-dash: var(--timeline-connector-dash, none);

    display: block;
    position: relative;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    container-type: inline-size;
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    padding: 0.75rem 0;
  }

  .header {
    padding: 0 12px 0.5rem;
  }

  .title {
    margin: 0 0 0.25rem;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }

  .description,
  .summary {
    margin: 0 0 0.25rem;
    max-width: 70ch;
    line-height: 1.45;
  }

  .summary {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .status {
    margin: 0.5rem 12px;
    color: var(--_muted);
  }

  .error {
    margin: 0.5rem 12px;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_error-background);
    color: var(--_text);
    overflow-wrap: anywhere;
  }

  .error strong {
    color: var(--_error);
  }

  .error p {
    margin: 0 0 0.25rem;
  }

  .error summary {
    min-height: 24px;
    padding-block: 3px;
    cursor: pointer;
  }

  .error ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
    font-size: 0.875em;
  }

  .error code {
    font-family: ui-monospace, monospace;
  }

  .plot {
    position: relative;
    overflow: hidden;
  }

  svg {
    position: absolute;
    inset: 0;
    display: block;
    overflow: visible;
  }

  .lane-background {
    fill: var(--_lane);
  }

  .lane-label {
    fill: var(--_muted);
    font-size: 12px;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
  }

  .axis-line {
    stroke: var(--_axis);
    stroke-width: 1;
  }

  .tick-line {
    stroke: var(--_axis);
  }

  .tick-label {
    fill: var(--_muted);
    font-size: 12px;
  }

  .tick-label.major {
    fill: var(--_text);
    font-weight: 600;
  }

  .g0 { --_c: var(--_group-0); }
  .g1 { --_c: var(--_group-1); }
  .g2 { --_c: var(--_group-2); }
  .g3 { --_c: var(--_group-3); }
  .g4 { --_c: var(--_group-4); }
  .g5 { --_c: var(--_group-5); }

  .mark {
    fill: color-mix(in srgb, var(--_c, var(--_accent)) 16%, var(--_background));
    stroke: var(--_c, var(--_accent));
    stroke-width: 2;
  }

  .mark.related {
    stroke-width: 3;
  }

  .mark.coarse {
    stroke-dasharray: 5 3;
  }

  .mark.selected {
    stroke: var(--_selected);
    stroke-width: 3;
  }

  .bin {
    fill: var(--_c, var(--_accent));
  }

  .connector {
    stroke: var(--_connector);
    stroke-width: 1.5;
    stroke-dasharray: var(--_connector-dash);
    fill: none;
  }

  .connector.related {
    stroke: var(--_focus);
    stroke-width: 2.5;
  }

  .layer {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .event-button,
  .bin-button {
    position: absolute;
    display: flex;
    align-items: center;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: var(--_label-px);
    text-align: start;
    cursor: pointer;
  }

  .event-button {
    white-space: nowrap;
  }

  .event-label {
    position: absolute;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .event-button.vertical {
    align-items: flex-start;
    white-space: normal;
  }

  .block-label {
    display: block;
    width: 100%;
    padding-block: 4px;
    line-height: var(--_label-line);
  }

  .block-note,
  .block-date {
    display: block;
    color: var(--_muted);
    font-size: var(--_meta-px);
    line-height: var(--_meta-line);
  }

  .event-button[aria-pressed='true'] [part='event-label'],
  .event-button[aria-pressed='true'] .event-label {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 3px;
  }

  .bin-button {
    padding: 0 8px;
    cursor: zoom-in;
  }

  .period-label {
    padding-inline-start: 24px;
  }

  .bin-button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .event-button:focus-visible,
  .marker:focus-visible,
  .note a:focus-visible,
  .details button:focus-visible,
  .details a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 3px;
  }

  .note.related {
    border-color: var(--_focus);
    box-shadow: 0 0 0 1px var(--_focus);
  }

  .note:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .note {
    position: absolute;
    margin: 0;
    padding: var(--_note-pad);
    border: 1px solid var(--_note-border);
    border-inline-start: 4px solid var(--_note-accent);
    border-radius: var(--_radius);
    background: var(--_note-background);
    box-shadow: 0 1px 2px rgb(0 0 0 / 8%);
  }

  .note.kind-context {
    border-inline-start-style: double;
    background: var(--_context-background);
  }

  .note.kind-reported .quote {
    font-style: normal;
  }

  .note-heading {
    margin: 0 0 4px;
    font-weight: 700;
    font-size: var(--_meta-px);
    line-height: var(--_meta-line);
  }

  .quote {
    margin: 0 0 4px;
    font-family: var(--_quote-font);
    font-style: var(--_quote-style);
    font-size: var(--_quote-px);
    line-height: var(--_quote-line);
  }

  .line {
    display: block;
    white-space: nowrap;
  }

  .attribution {
    display: flex;
    align-items: center;
    gap: 6px;
    white-space: nowrap;
    color: var(--_muted);
    font-size: var(--_meta-px);
    line-height: var(--_meta-line);
  }

  a {
    color: var(--_link);
  }

  .attribution .source {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .more {
    flex: none;
    min-height: 24px;
    margin: 0;
    padding: 0 6px;
    border: 1px solid var(--_note-border);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_link);
    font: inherit;
    cursor: pointer;
  }

  .marker {
    position: absolute;
    display: grid;
    place-items: center;
    padding: 0;
    border: 2px solid var(--_note-accent);
    border-radius: 50%;
    background: var(--_note-background);
    color: var(--_text);
    font: inherit;
    font-size: 12px;
    font-weight: 700;
    cursor: pointer;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0 12px 0.5rem;
  }

  .control {
    min-width: 44px;
    min-height: 44px;
    padding: 0 12px;
    border: 1px solid var(--_note-border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }

  .control[aria-pressed='true'] {
    border-width: 2px;
    border-color: var(--_text);
    font-weight: 700;
  }

  .control:focus-visible,
  .aggregate:focus-visible,
  .keys summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @container (max-width: 480px) {
    .control-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  .keys {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .keys summary {
    cursor: pointer;
    min-height: 24px;
  }

  .keys p {
    margin: 0.25rem 0 0;
    max-width: 70ch;
  }

  .plot {
    touch-action: pan-y;
    user-select: none;
  }

  .plot .note {
    user-select: text;
  }

  .aggregate {
    position: absolute;
    padding: 0;
    border: 0;
    background: transparent;
    cursor: zoom-in;
  }

  .list {
    margin: 0 12px;
  }

  .event-list {
    margin: 0;
    padding-inline-start: 1.5rem;
  }

  .list-event {
    margin: 0 0 1.25rem;
    overflow-wrap: anywhere;
  }

  .list-event p,
  .details p {
    margin: 0 0 0.5rem;
    line-height: 1.5;
  }

  .content-title {
    font-weight: 700;
    font-size: 1.0625em;
  }

  .content-annotation {
    margin: 0 0 0.75rem;
  }

  .content-annotation blockquote {
    margin: 0 0 0.25rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_note-accent);
  }

  .content-annotation figcaption,
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }

  .details {
    margin: 0.75rem 12px 0;
    padding: 1rem;
    border: 1px solid var(--_note-border);
    border-radius: var(--_radius);
    background: var(--_note-background);
    overflow-wrap: anywhere;
  }

  .sources {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }

  .details-close {
    float: inline-end;
    min-width: 44px;
    min-height: 44px;
    margin: -0.5rem -0.5rem 0 0.5rem;
    border: 1px solid var(--_note-border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .tooltip {
    position: absolute;
    z-index: 2;
    display: grid;
    gap: 2px;
    padding: 6px 10px;
    border: 1px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_note-background);
    color: var(--_text);
    font-size: var(--_meta-px);
    line-height: var(--_meta-line);
    box-shadow: 0 2px 6px rgb(0 0 0 / 18%);
  }

  .tip-heading {
    font-weight: 700;
  }

  .event-label.has-date-note bdi {
    text-decoration: underline dotted;
    text-underline-offset: 3px;
  }

  .print-only {
    display: none;
  }

  @media print {
    .print-only {
      display: block;
    }
    .plot,
    .toolbar,
    .keys,
    .details-close {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .mark,
    .connector,
    .axis-line,
    .tick-line {
      stroke: CanvasText;
    }
    .mark {
      fill: Canvas;
    }
    .bin {
      fill: CanvasText;
    }
    .tick-label,
    .lane-label {
      fill: CanvasText;
    }
    .mark.selected,
    .connector.related {
      stroke: Highlight;
    }
  }
`;
