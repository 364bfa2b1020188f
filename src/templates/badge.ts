import {html} from 'lit';
import {statusDefinition, statusLabel} from '../feed/statuses.js';

/**
 * A status badge: text first, colour second. Its words and colours come from the status table
 * (`feed/statuses.ts`); a status the table does not know shows its own text on a neutral badge.
 * `label` replaces the words.
 */
export function renderBadge(status: string, lang: string, label?: string) {
  return html`<span
    part="badge"
    class="badge"
    data-status=${status}
    ?data-dot=${statusDefinition(status)?.dot}
    >${label || statusLabel(status, lang)}</span
  >`;
}
