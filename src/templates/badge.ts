import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {statusDefinition, statusLabel} from '../feed/statuses.js';

/**
 * A status badge: text first, colour second. Its words and colours come from the status table
 * (`feed/statuses.ts`); a status the table does not know shows its own text on a neutral badge.
 * `label` replaces the words. With `mark`, the badge is marked with the language of its words
 * (the widget's, where it differs from the text around it); a label is the page's own.
 */
export function renderBadge(status: string, lang: string, label?: string, mark = !label) {
  return html`<span
    part="badge"
    class="badge"
    data-status=${status}
    ?data-dot=${statusDefinition(status)?.dot}
    lang=${ifDefined(mark ? lang : undefined)}
    >${label || statusLabel(status, lang)}</span
  >`;
}
