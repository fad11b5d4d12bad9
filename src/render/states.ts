import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineIssue } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';

/** The loading message, announced politely. */
export function renderLoading(strings: TimelineStrings): TemplateResult {
  return html`<p part="loading" class="status" role="status">${strings.loading}</p>`;
}

/** The empty state: the author's `empty` slot, or a sentence. */
export function renderEmpty(strings: TimelineStrings): TemplateResult {
  return html`<div part="empty" class="status"><slot name="empty">${strings.empty}</slot></div>`;
}

/**
 * The error box: a plain sentence, and every problem with its path in a disclosure, the
 * warnings (which alone never stop a render) in another; a note that the last good timeline
 * is still shown when one is. Announced as an alert.
 */
export function renderError(
  message: string,
  errors: readonly TimelineIssue[],
  warnings: readonly TimelineIssue[],
  hasPrevious: boolean,
  strings: TimelineStrings,
): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p><strong>${strings.errorHeading}</strong> ${message}</p>
    ${hasPrevious ? html`<p>${strings.errorKeptPrevious}</p>` : nothing}
    ${renderIssues(errors, strings.errorDetails)} ${renderIssues(warnings, strings.warningDetails)}
  </div>`;
}

/** A disclosure that lists problems, each with its path. */
function renderIssues(issues: readonly TimelineIssue[], label: (count: number) => string): TemplateResult | typeof nothing {
  if (!issues.length) return nothing;
  return html`<details>
    <summary>${label(issues.length)}</summary>
    <ul>
      ${issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
    </ul>
  </details>`;
}
