import {css} from 'lit';

/**
 * The design tokens and the host reset every element starts from (docs/design.md names them).
 * Each colour reads a public `--cpi-*` custom property first and falls back to the built-in
 * light/dark value, so an element looks right with no theme loaded.
 *
 * The reset sits on the inner `.base`, because page rules on the host element itself beat
 * `:host`. `all: initial` there ends every inherited property a page may set (gradient headings'
 * `-webkit-text-fill-color`, `word-break`, `writing-mode`, `text-emphasis`, …) except three the
 * page must keep deciding: `direction` (which `all` leaves alone), and `visibility` and
 * `pointer-events`, so that a closed tab or a modal's backdrop hides and disables the widget
 * with the rest of its content. `.base` is an atomic inline box (an inline-block as wide as the
 * host) so that a page's underline, drawn through a link around the widget, stops at its edge.
 *
 * Sizes start from `font-size: medium`, the reader's default size (a host's `html { font-size }`
 * does not change it), and every other size is in `em` from there.
 */
export const tokens = css`
  :host {
    display: block;
    /* The host's own line holds only the inline-block .base: no strut of the page's
       line-height or font-size around it. */
    line-height: 0;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    writing-mode: horizontal-tb;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    all: initial;
    visibility: inherit;
    pointer-events: inherit;
    cursor: inherit;

    --_bg: var(--cpi-color-background, light-dark(#ffffff, #15181b));
    --_surface: var(--cpi-color-surface, light-dark(#ffffff, #1d2125));
    --_soft: var(--cpi-color-soft, light-dark(#f0f2f2, #2a3036));
    --_text: var(--cpi-color-text, light-dark(#16191d, #eef0f2));
    --_muted: var(--cpi-color-muted, light-dark(#4b535d, #b4bcc5));
    --_quiet: var(--cpi-color-quiet, var(--cpi-color-muted, light-dark(#59616b, #a2abb5)));
    --_border: var(--cpi-color-border, light-dark(#d9dde1, #3a4149));
    --_accent: var(--cpi-color-accent, light-dark(#0b6b4f, #5cd6a8));
    --_on-accent: var(--cpi-color-on-accent, light-dark(#ffffff, #062a1c));
    --_focus: var(--cpi-color-focus, light-dark(#1a56db, #9bbcff));
    /* The accent, faint, over the surface: the live card and the register block. Mixed from
       the accent, so that a brand colour set by the page tints them too. */
    --_tint: var(
      --cpi-color-tint,
      light-dark(
        color-mix(in srgb, var(--_accent) 7%, var(--_surface)),
        color-mix(in srgb, var(--_accent) 11%, var(--_surface))
      )
    );
    --_radius: var(--cpi-radius, 12px);
    --_space: var(--cpi-space, 1em);

    color-scheme: light;
    display: inline-block;
    inline-size: 100%;
    vertical-align: top;
    position: relative;
    box-sizing: border-box;
    font-family: var(--cpi-font-family, inherit);
    font-size: var(--cpi-font-size, medium);
    font-weight: 400;
    line-height: 1.5;
    text-align: start;
    overflow-wrap: anywhere;
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
  /* Paper is light: a dark system theme, or a dark page, still prints dark text on it. */
  @media print {
    .base[data-scheme] {
      color-scheme: light;
    }
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
  /* The feed's text reads in its own direction (dir="auto"; headings, whose markup stays plain,
     by unicode-bidi) and keeps the alignment of the widget around it: an English title on a
     right-to-left page still lines up with its badge. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    unicode-bidi: plaintext;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  [dir='auto'] {
    text-align: match-parent;
    text-align: -webkit-match-parent;
  }
  /* An arrow points the way the page reads (forward), at the end of its link in the page's
     direction: the label, which may be the feed's words in another direction, is isolated
     beside it (dir="auto" on the label, not on the link). */
  .arrow {
    display: inline-block;
  }
  :host(:dir(rtl)) .arrow {
    transform: scaleX(-1);
  }
`;
