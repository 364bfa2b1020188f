import {css} from 'lit';

/**
 * The design tokens and the host reset every element starts from. Each value reads a public
 * `--cpi-*` custom property first and falls back to the built-in light/dark value, so an element
 * looks right with no theme loaded. Inherited text properties that host pages like to change are
 * reset on the inner `.base`, because page rules on the host element itself beat `:host`.
 */
export const tokens = css`
  :host {
    display: block;
    /* Fill the line even as a flex item or in a shrink-to-fit box: the index's size container
       would otherwise collapse to nothing there. */
    inline-size: -webkit-fill-available;
    inline-size: stretch;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    --_bg: var(--cpi-color-background, light-dark(#ffffff, #15181b));
    --_surface: var(--cpi-color-surface, light-dark(#ffffff, #1d2125));
    --_soft: var(--cpi-color-soft, light-dark(#eef1f3, #2a3036));
    --_text: var(--cpi-color-text, light-dark(#16191d, #eef0f2));
    --_muted: var(--cpi-color-muted, light-dark(#4d5561, #b4bcc5));
    --_border: var(--cpi-color-border, light-dark(#d9dde2, #3a4149));
    --_accent: var(--cpi-color-accent, light-dark(#0b6b4f, #5cd6a8));
    --_on-accent: var(--cpi-color-on-accent, light-dark(#ffffff, #062a1c));
    --_focus: var(--cpi-color-focus, light-dark(#1a56db, #9bbcff));
    --_radius: var(--cpi-radius, 12px);
    --_space: var(--cpi-space, 16px);

    color-scheme: light;
    display: block;
    position: relative;
    box-sizing: border-box;
    font-family: var(--cpi-font-family, inherit);
    font-size: var(--cpi-font-size, 16px);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-feature-settings: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    visibility: visible;
    color: var(--_text);
    -webkit-text-size-adjust: 100%;
  }
  .base[data-scheme='dark'] {
    color-scheme: dark;
  }
  /* Nothing on the page decides: the reader's system setting does, with or without script. */
  .base[data-scheme='auto'] {
    color-scheme: light dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  li {
    margin: 0;
    padding: 0;
    font: inherit;
  }
  ul {
    list-style: none;
  }
  a {
    color: inherit;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .arrow {
    display: inline-block;
  }
  :host(:dir(rtl)) .arrow {
    transform: scaleX(-1);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
