import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
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

/**
 * What a reader can do about a failure, in their words: check the connection (the network did
 * not answer) or come back later (the feed's server answered, wrongly). The failure itself, with
 * its URL and status, is for developers: it is the `cpi-feed-error` event's message.
 */
function advice(error: FeedError, messages: Messages): string {
  return error.kind === 'network' || error.kind === 'timeout'
    ? messages.checkConnection
    : messages.tryLater;
}

/**
 * The words of a problem box: what happened, in one short sentence, and at most one more on what
 * to do, then the Retry button when trying again can help.
 */
function renderProblemBody(
  title: string,
  detail: string | undefined,
  retry?: {label: string; busy: boolean; run: () => void},
) {
  return html`<p class="problem-title">${title}</p>
    ${detail ? html`<p class="problem-detail">${detail}</p>` : nothing}
    ${
      retry
        ? html`<button
            part="retry-button"
            class="retry"
            type="button"
            aria-disabled=${retry.busy ? 'true' : 'false'}
            @click=${retry.run}
            >${retry.label}</button
          >`
        : nothing
    }`;
}

/**
 * A problem that is the content itself (a section the feed does not have, a feed without a
 * register block): what the reader sees instead, in the reader's words. `before` goes above the
 * words (the source line of a standalone card).
 */
export function renderProblem(title: string, before: unknown = nothing, after: unknown = nothing) {
  return html`<div part="error" class="problem"
    >${before}${renderProblemBody(title, undefined)}${after}</div
  >`;
}

/**
 * The controllers whose Retry the reader pressed, with the copy shown when they did: until that
 * load ends, the button they pressed stays where it is (busy), so that focus stays on it.
 */
const retrying = new WeakMap<FeedController, FeedEntry | undefined>();

/** The note over a kept copy after a failed refresh (or while it is retried): its age, and Retry. */
function renderStaleNotice(
  entry: FeedEntry,
  error: FeedError | undefined,
  busy: boolean,
  lang: Lang,
  messages: Messages,
  retry: () => void,
) {
  const shown = Boolean(error) || busy;
  const age = shown ? formatAge(entry.fetchedAt, Date.now(), lang) : '';
  // Always there, empty until a refresh fails: a live region that exists before its words change
  // is one that screen readers announce.
  return html`<div
    part=${ifDefined(shown ? 'notice' : undefined)}
    class="notice"
    role="status"
    ?data-shown=${shown}
    >${
      shown
        ? html`<span>${busy ? messages.loading : fill(messages.staleNote, {age})}</span
            ><button
              part="retry-button"
              class="retry"
              type="button"
              aria-disabled=${busy ? 'true' : 'false'}
              @click=${retry}
              >${messages.retry}</button
            >`
        : nothing
    }</div
  >`;
}

/**
 * An element's whole shadow content through every state of its feed: the content (with a note
 * when it is a kept copy after a failed refresh), else the skeleton with, over it, what went wrong
 * and Retry. The loading announcement and the error share one live region, present from the
 * first render, so that the error is announced when it replaces "Loading…".
 */
export function renderFeedView(
  feed: FeedController,
  page: PageContext,
  content: (entry: FeedEntry) => unknown,
  skeleton: () => unknown,
) {
  const {messages, lang} = page;
  const {entry, error} = feed;
  if (error || (entry && retrying.has(feed) && retrying.get(feed) !== entry)) {
    retrying.delete(feed);
  }
  const busy = !error && retrying.has(feed);
  const retry = () => {
    if (retrying.has(feed)) return;
    retrying.set(feed, entry);
    feed.reload();
  };
  const failed = Boolean(error) || busy;
  return html`<div
    part="base"
    class="base"
    data-scheme=${page.scheme}
    data-lang=${lang}
    aria-busy=${entry || error ? 'false' : 'true'}
  >
    ${
      entry
        ? [renderStaleNotice(entry, error, busy, lang, messages, retry), content(entry)]
        : // A failed first load keeps the skeleton's size, the message over it: the page does
          // not collapse.
          // The live region is the same box, in the same place, from the first render: unseen
          // while it says "Loading…", so that showing the failure moves nothing (a box that moved
          // into view would count as a layout shift).
          html`<div class="pending" ?data-failed=${failed}>
            ${skeleton()}<div
              part=${ifDefined(failed ? 'error' : undefined)}
              class=${failed ? 'problem' : 'problem unseen'}
              role="status"
              >${
                failed
                  ? renderProblemBody(
                      busy ? messages.loading : messages.loadFailed,
                      error ? advice(error, messages) : undefined,
                      {label: messages.retry, busy, run: retry},
                    )
                  : messages.loading
              }</div
            >
          </div>`
    }
  </div>`;
}
