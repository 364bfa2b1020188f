import {html, nothing} from 'lit';
import type {FeedRegister} from '../feed/feed.types.js';
import {withPartner} from '../feed/urls.js';
import type {RegisterPlacement} from '../events/cpi-register-click-event.js';
import {heading as headingOf, type RenderContext} from './heading.js';

/** The register block: eyebrow, heading, body and the button to register. */
export function renderRegister(
  register: FeedRegister,
  ctx: RenderContext,
  placement: RegisterPlacement,
) {
  const {eyebrow, heading, body, label, url} = register;
  if (!eyebrow && !heading && !body && !url) return nothing;
  return html`<section part="cta" class="cta">
    ${eyebrow ? html`<p part="cta-eyebrow" class="eyebrow">${eyebrow}</p>` : nothing}
    ${heading ? headingOf(ctx.level, 'cta-heading', heading) : nothing}
    ${body ? html`<p part="cta-body" class="cta-body">${body}</p>` : nothing}
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
              >${label ?? ctx.messages.registerLabel}&nbsp;<span class="arrow" aria-hidden="true"
                >→</span
              ></a
            >
          </p>`
        : nothing
    }
  </section>`;
}

/** A placeholder register block with the size of a real one. */
export function renderCtaSkeleton() {
  return html`<div part="skeleton" class="cta cta-skeleton" aria-hidden="true">
    <span class="bone"></span><span class="bone"></span><span class="bone"></span
    ><span class="bone bone-button"></span>
  </div>`;
}
