import {css} from 'lit';

/** The standalone block: no frame of its own around it. */
export const styles = css`
  .base {
    background: none;
  }
`;
