import {html} from 'lit';
import type {Messages} from '../../i18n/messages.js';

/** The words a badge shows: the language's own for a known status, else the status as given. */
export function badgeLabel(status: string, messages: Messages): string {
  if (status === 'live') return messages.statusLive;
  if (status === 'coming-soon') return messages.statusComingSoon;
  return status;
}

/** A status badge: text first, colour second (Live stands out, Coming soon stays quiet). */
export function renderBadge(status: string, label: string) {
  return html`<span part="badge" class="badge" data-status=${status} .textContent=${label}></span>`;
}
