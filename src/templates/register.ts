import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {FeedRegister} from '../feed/feed.types.js';
import {withPartner} from '../feed/urls.js';
import type {RegisterPlacement} from '../events/cpi-register-click-event.js';
import {renderSource} from './source.js';
import {heading as headingOf, type RenderContext} from './heading.js';

/** Options of {@link renderRegister}. */
export interface RegisterOptions {
  /** The feed's language, which its texts are marked with. */
  language: string;
  /** The index's name, shown at the foot of a standalone block. */
  source?: string;
}

/**
 * The register block: eyebrow, heading, body and the button to register (and, standalone, the
 * index's name at its foot). The feed's words are marked with its language and read in their own
 * direction; the button's words are the widget's when the feed gives none.
 */
export function renderRegister(
  register: FeedRegister,
  ctx: RenderContext,
  placement: RegisterPlacement,
  {language, source}: RegisterOptions,
) {
  const {eyebrow, heading, body, label, url} = register;
  if (!eyebrow && !heading && !body && !url) return nothing;
  return html`<section part="cta" class="cta" lang=${language}>
    <div class="cta-layout">
      ${eyebrow ? html`<p part="cta-eyebrow" class="eyebrow" dir="auto">${eyebrow}</p>` : nothing}
      ${heading ? headingOf(ctx.level, 'cta-heading', heading) : nothing}
      ${body ? html`<p part="cta-body" class="cta-body" dir="auto">${body}</p>` : nothing}
      ${
        url
          ? html`<p class="cta-action">
              <a
                part="button"
                class="button"
                href=${withPartner(url, ctx.partner)}
                rel="noopener noreferrer"
                data-link="register"
                data-placement=${placement}
                lang=${ifDefined(label ? undefined : ctx.lang)}
                ><span dir="auto">${label ?? ctx.messages.registerLabel}</span>&nbsp;<span
                  class="arrow"
                  aria-hidden="true"
                  >→</span
                ></a
              >
            </p>`
          : nothing
      }
      ${source ? renderSource(source, language, undefined, ctx) : nothing}
    </div>
  </section>`;
}

/** A placeholder register block with the size of a real one. */
export function renderCtaSkeleton() {
  return html`<div part="skeleton" class="cta cta-skeleton" aria-hidden="true">
    <div class="cta-layout">
      <span class="bone"></span><span class="bone"></span><span class="bone"></span
      ><span class="bone bone-button"></span>
    </div>
  </div>`;
}
