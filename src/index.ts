export {CpiIndex} from './components/index/cpi-index.js';
export {CpiSectionCard} from './components/section-card/cpi-section-card.js';
export {CpiRegisterCta} from './components/register-cta/cpi-register-cta.js';
export {CpiStatusBadge} from './components/status-badge/cpi-status-badge.js';
export * from './events/index.js';
export * from './feed/index.js';
export {defaultFeedUrl} from './default-feed.js';
export type {Theme} from './base/page-context.js';
export {catalog, pickLang, type Lang, type Messages} from './i18n/messages.js';
export {
  formatConversations,
  formatUpdated,
  formatAge,
  sectionFacts,
} from './i18n/format.js';
