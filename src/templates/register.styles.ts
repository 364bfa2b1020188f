import {css} from 'lit';

/**
 * The register block's look, shared by `cpi-register-cta` and `cpi-index`: a tinted panel that
 * lays itself out by its own width. Narrow, it stacks and the button spans it; from 30em the
 * button takes its own width under the words; from 48em it stands beside them, centred.
 */
export const registerStyles = css`
  .cta {
    container: cpi-cta / inline-size;
    border: 1px solid color-mix(in srgb, var(--_accent) 28%, var(--_border));
    border-radius: var(--_radius);
    background: var(--cpi-cta-background, var(--_tint));
    color: var(--_text);
  }
  .cta-layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    justify-items: start;
    align-items: center;
    gap: 0.5em;
    padding: 1.5em 1.25em;
  }
  .eyebrow {
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.02em;
    color: var(--_accent);
  }
  .cta-heading {
    max-width: 24em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
    text-wrap: balance;
  }
  .cta-body {
    max-width: 36em;
    color: var(--_muted);
  }
  .cta-action {
    justify-self: stretch;
    margin-block-start: 0.5em;
  }
  .cta > .cta-layout > .source {
    margin-block-start: 0.75em;
  }
  .button {
    display: block;
    padding: calc(0.75em - 2px) calc(1.5em - 2px);
    /* Transparent, until forced colours draw it: the button keeps its outline there. */
    border: 2px solid transparent;
    border-radius: 10px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    transition: filter 0.15s;
  }
  .button:hover {
    filter: brightness(1.1);
  }
  @media (prefers-reduced-motion: reduce) {
    .button {
      transition: none;
    }
  }
  /* Room for a button of its own width, under the words. */
  @container cpi-cta (min-width: 30em) {
    .cta-layout {
      padding: 2em 2.25em;
    }
    .cta-heading {
      font-size: 1.5em;
    }
    .cta-action {
      justify-self: start;
    }
    .button {
      display: inline-block;
      white-space: nowrap;
    }
  }
  /* Room for the button beside the words, centred on them. */
  @container cpi-cta (min-width: 48em) {
    .cta-layout {
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: 3em;
    }
    .cta-layout > * {
      grid-column: 1;
    }
    .cta-layout > .cta-action {
      grid-column: 2;
      grid-row: 1 / span 3;
      justify-self: end;
      margin: 0;
    }
    .cta-heading {
      font-size: 1.75em;
    }
  }
  .cta-skeleton {
    min-height: 15em;
  }
  .cta-skeleton .bone {
    height: 1em;
    width: 70%;
  }
  .cta-skeleton .bone-button {
    width: 10.5em;
    height: 2.875em;
    border-radius: 10px;
  }
`;
