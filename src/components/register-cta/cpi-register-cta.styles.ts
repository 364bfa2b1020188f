import {standaloneStyles} from '../../templates/source.styles.js';

/** The standalone block: no frame of its own around it. */
export const styles = standaloneStyles;
