/**
 * The package's entry: importing it defines the four elements. It exports the element classes,
 * the event classes, the feed's types, `parseFeed` and `FeedError`, and the feed-loading
 * settings; nothing else (a new export is a decision: tests/unit/exports.test.ts lists them).
 */
export {CpiIndex} from './components/index/cpi-index.js';
export {CpiSectionCard} from './components/section-card/cpi-section-card.js';
export {CpiRegisterCta} from './components/register-cta/cpi-register-cta.js';
export {CpiStatusBadge} from './components/status-badge/cpi-status-badge.js';
export * from './events/index.js';
export * from './feed/index.js';
export type {Theme} from './base/page-context.js';
