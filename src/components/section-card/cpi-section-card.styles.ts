import {css} from 'lit';

/** The standalone card: no frame of its own around the card. */
export const styles = css`
  .base {
    background: none;
  }
  .problem {
    min-height: 120px;
  }
`;
