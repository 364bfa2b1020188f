// The single-file bundle of the section card alone, for a blog post: defines cpi-section-card.
export {CpiSectionCard} from '../components/section-card/cpi-section-card.js';
