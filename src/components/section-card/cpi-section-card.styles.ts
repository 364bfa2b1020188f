import {css} from 'lit';
import {standaloneStyles} from '../../templates/source.styles.js';

/** The standalone card: no frame of its own around the card. */
export const styles = [
  standaloneStyles,
  css`
    .problem {
      min-height: 7.5em;
    }
  `,
];
