import {html} from 'lit';
import {withPartner} from '../feed/urls.js';
import type {RenderContext} from './heading.js';

/**
 * The index's name above a standalone card or at the foot of the register block, so that a
 * reader who meets it on someone else's page knows where it comes from. The name is drawn by CSS
 * from `data-text`: it is visible, and the link's `aria-label` says the same words, and it is not a
 * line of the page's text (the card and the block read line by line as the index page does). The
 * feed has no URL of the index itself: the name links to its register page when there is one.
 */
export function renderSource(
  title: string,
  language: string,
  href: string | undefined,
  ctx: Pick<RenderContext, 'partner'>,
) {
  return href
    ? html`<a
        part="source"
        class="source"
        href=${withPartner(href, ctx.partner)}
        rel="noopener noreferrer"
        data-link="register"
        data-text=${title}
        aria-label=${title}
        lang=${language}
        dir="auto"
      ></a>`
    : html`<p part="source" class="source" data-text=${title} lang=${language} dir="auto"></p>`;
}
