import {css} from 'lit';
import {sourceStyles} from '../../templates/source.styles.js';

/** The standalone block: no frame of its own around it. */
export const styles = [
  sourceStyles,
  css`
    :host {
      /* Fill the line even as a flex item or in a shrink-to-fit box. */
      inline-size: -webkit-fill-available;
      inline-size: stretch;
    }
    .base {
      background: none;
    }
  `,
];
