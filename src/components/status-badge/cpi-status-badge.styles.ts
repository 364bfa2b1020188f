import {css} from 'lit';

/**
 * The standalone badge sits in a line of text: as wide as its badge, on the baseline of the words
 * around it, at their size (it is part of the sentence, so the sentence's size is the reader's).
 */
export const styles = css`
  :host {
    display: inline-block;
    inline-size: auto;
    vertical-align: baseline;
    /* The sentence's own line: its baseline is the badge's. */
    font-size: inherit;
    line-height: inherit;
  }
  .base {
    display: inline;
    inline-size: auto;
    font-size: inherit;
  }
`;
