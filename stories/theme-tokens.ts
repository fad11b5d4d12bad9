/**
 * Two themes written the way a page would: public `--timeline-*` custom properties only, set on
 * an ancestor of the element. Shared by the theme stories and the Theming docs page.
 */

/** A serif, newsprint look: Georgia for everything, italic quotes, square corners, dashed connectors. */
export const NEWSPAPER_THEME: Record<string, string> = {
  '--timeline-font-family': "Georgia, 'Times New Roman', Times, serif",
  '--timeline-font-family-quote': "Georgia, 'Times New Roman', Times, serif",
  '--timeline-quote-style': 'italic',
  '--timeline-radius': '0px',
  '--timeline-connector-dash': '4 3',
  '--timeline-color-background': '#f7f3ea',
  '--timeline-color-text': '#1a1a1a',
  '--timeline-color-muted': '#4f4a42',
  '--timeline-color-axis': '#4f4a42',
  '--timeline-color-grid': '#ddd5c4',
  '--timeline-color-lane': '#efe9dc',
  '--timeline-color-accent': '#8b1a1a',
  '--timeline-color-group-0': '#8b1a1a',
  '--timeline-color-group-1': '#1f3a5f',
  '--timeline-color-group-2': '#3d5a1e',
  '--timeline-color-note-background': '#fffdf8',
  '--timeline-color-note-border': '#b7ad99',
  '--timeline-color-note-accent': '#1a1a1a',
  '--timeline-color-context-background': '#efe9dc',
  '--timeline-color-connector': '#7a7265',
  '--timeline-color-focus': '#8b1a1a',
  '--timeline-color-selected': '#1a1a1a',
  '--timeline-color-link': '#7a1515',
  '--timeline-color-error': '#8b1a1a',
  '--timeline-color-error-background': '#fbeaea',
};

/** White on black with saturated marks: every text pair well above 7:1, every line white. */
export const HIGH_CONTRAST_THEME: Record<string, string> = {
  '--timeline-color-background': '#000000',
  '--timeline-color-text': '#ffffff',
  '--timeline-color-muted': '#f0f0f0',
  '--timeline-color-axis': '#ffffff',
  '--timeline-color-grid': '#5c5c5c',
  '--timeline-color-lane': '#141414',
  '--timeline-color-accent': '#ffd60a',
  '--timeline-color-group-0': '#ffd60a',
  '--timeline-color-group-1': '#5ce1ff',
  '--timeline-color-group-2': '#7dff7a',
  '--timeline-color-group-3': '#ff9cf5',
  '--timeline-color-group-4': '#ffffff',
  '--timeline-color-group-5': '#ffa24d',
  '--timeline-color-note-background': '#000000',
  '--timeline-color-note-border': '#ffffff',
  '--timeline-color-note-accent': '#ffd60a',
  '--timeline-color-context-background': '#1a1a1a',
  '--timeline-color-connector': '#ffffff',
  '--timeline-color-focus': '#5ce1ff',
  '--timeline-color-selected': '#ffffff',
  '--timeline-color-link': '#8cc8ff',
  '--timeline-color-error': '#ff8080',
  '--timeline-color-error-background': '#000000',
  '--timeline-radius': '2px',
};

/** Every public colour property of the element, in the order of its documentation. */
export const TIMELINE_COLOR_PROPERTIES = [
  '--timeline-color-background',
  '--timeline-color-text',
  '--timeline-color-muted',
  '--timeline-color-axis',
  '--timeline-color-grid',
  '--timeline-color-lane',
  '--timeline-color-accent',
  '--timeline-color-group-0',
  '--timeline-color-note-background',
  '--timeline-color-note-border',
  '--timeline-color-note-accent',
  '--timeline-color-context-background',
  '--timeline-color-connector',
  '--timeline-color-focus',
  '--timeline-color-selected',
  '--timeline-color-error',
  '--timeline-color-error-background',
  '--timeline-color-link',
] as const;

/** A theme as a CSS rule, for the docs to show exactly what the stories apply. */
export function themeAsCss(selector: string, theme: Record<string, string>): string {
  const lines = Object.entries(theme).map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}`;
}
