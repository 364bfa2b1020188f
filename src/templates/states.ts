import {html, nothing} from 'lit';
import type {FeedEntry} from '../feed/feed-store.js';
import type {FeedError} from '../feed/feed-error.js';
import {formatAge} from '../i18n/format.js';
import {fill, type Lang, type Messages} from '../i18n/messages.js';
import type {FeedController} from '../base/feed-controller.js';
import type {PageContext} from '../base/page-context.js';

/** A placeholder card with the size of a real one. */
export function renderCardSkeleton() {
  return html`<div part="card skeleton" class="card card-skeleton" aria-hidden="true">
    <span class="bone bone-title"></span><span class="bone bone-badge"></span
    ><span class="bone bone-line"></span><span class="bone bone-line"></span
    ><span class="bone bone-line short"></span><span class="bone bone-footer"></span>
  </div>`;
}

/** The polite announcement that goes with every skeleton. */
function renderLoadingStatus(messages: Messages) {
  return html`<span class="visually-hidden" role="status">${messages.loading}</span>`;
}

/** What a reader sees when nothing can be shown: what happened, in plain words, and Retry. */
export function renderProblem(
  title: string,
  detail: string | undefined,
  messages: Messages,
  retry?: () => void,
) {
  return html`<div part="error" class="problem" role="status">
    <p class="problem-title">${title}</p>
    ${detail ? html`<p class="problem-detail">${detail}</p>` : nothing}
    ${retry ? html`<button part="retry-button" class="retry" type="button" @click=${retry}>${messages.retry}</button>` : nothing}
  </div>`;
}

/** The note over a kept copy after a failed refresh: how old it is, and Retry. */
export function renderStaleNotice(
  entry: FeedEntry,
  error: FeedError | undefined,
  lang: Lang,
  messages: Messages,
  retry: () => void,
) {
  if (!error) return nothing;
  const age = formatAge(entry.fetchedAt, Date.now(), lang);
  return html`<p part="notice" class="notice" role="status" title=${error.message}>
    <span>${fill(messages.staleNote, {age})}</span>
    <button part="retry-button" class="retry" type="button" @click=${retry}>
      ${messages.retry}
    </button>
  </p>`;
}

/**
 * An element's whole shadow content through every state of its feed: the content (with a note
 * when it is a kept copy after a failed refresh), else the error with Retry, else the skeleton.
 */
export function renderFeedView(
  feed: FeedController,
  page: PageContext,
  content: (entry: FeedEntry) => unknown,
  skeleton: () => unknown,
) {
  const {messages, lang} = page;
  const {entry, error} = feed;
  const retry = () => feed.reload();
  return html`<div
    part="base"
    class="base"
    data-scheme=${page.scheme}
    data-lang=${lang}
    aria-busy=${entry || error ? 'false' : 'true'}
  >
    ${
      entry
        ? [renderStaleNotice(entry, error, lang, messages, retry), content(entry)]
        : error
          ? // The message sits over the skeleton, which keeps its size: the page does not collapse.
            html`<div class="failed">
              ${skeleton()}${renderProblem(messages.loadFailed, error.message, messages, retry)}
            </div>`
          : [skeleton(), renderLoadingStatus(messages)]
    }
  </div>`;
}
