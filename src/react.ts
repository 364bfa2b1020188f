/**
 * React components for the elements, for React 18 and earlier, which set every prop as an
 * attribute and cannot listen to custom events (React 19 does both on the elements themselves).
 * Importing this module defines the elements.
 *
 * ```jsx
 * import {CpiIndex} from 'creator-program-index/react';
 * <CpiIndex partner="acme" feed={feed} onRegisterClick={(e) => console.log(e.href)} />
 * ```
 */
import {createComponent, type EventName} from '@lit/react';
import * as React from 'react';
import {CpiIndex as CpiIndexElement} from './components/index/cpi-index.js';
import {CpiRegisterCta as CpiRegisterCtaElement} from './components/register-cta/cpi-register-cta.js';
import {CpiSectionCard as CpiSectionCardElement} from './components/section-card/cpi-section-card.js';
import {CpiStatusBadge as CpiStatusBadgeElement} from './components/status-badge/cpi-status-badge.js';
import type {CpiFeedErrorEvent} from './events/cpi-feed-error-event.js';
import type {CpiFeedLoadEvent} from './events/cpi-feed-load-event.js';
import type {CpiImpressionEvent} from './events/cpi-impression-event.js';
import type {CpiRegisterClickEvent} from './events/cpi-register-click-event.js';
import type {CpiSectionClickEvent} from './events/cpi-section-click-event.js';

const feedEvents = {
  onFeedLoad: 'cpi-feed-load' as EventName<CpiFeedLoadEvent>,
  onFeedError: 'cpi-feed-error' as EventName<CpiFeedErrorEvent>,
  onRegisterClick: 'cpi-register-click' as EventName<CpiRegisterClickEvent>,
  onImpression: 'cpi-impression' as EventName<CpiImpressionEvent>,
};

/** `<cpi-index>`: the whole index. */
export const CpiIndex = createComponent({
  react: React,
  tagName: 'cpi-index',
  elementClass: CpiIndexElement,
  events: {...feedEvents, onSectionClick: 'cpi-section-click' as EventName<CpiSectionClickEvent>},
  displayName: 'CpiIndex',
});

/** `<cpi-section-card>`: one section's card. */
export const CpiSectionCard = createComponent({
  react: React,
  tagName: 'cpi-section-card',
  elementClass: CpiSectionCardElement,
  events: {...feedEvents, onSectionClick: 'cpi-section-click' as EventName<CpiSectionClickEvent>},
  displayName: 'CpiSectionCard',
});

/** `<cpi-register-cta>`: the register block. */
export const CpiRegisterCta = createComponent({
  react: React,
  tagName: 'cpi-register-cta',
  elementClass: CpiRegisterCtaElement,
  events: feedEvents,
  displayName: 'CpiRegisterCta',
});

/** `<cpi-status-badge>`: one status badge. */
export const CpiStatusBadge = createComponent({
  react: React,
  tagName: 'cpi-status-badge',
  elementClass: CpiStatusBadgeElement,
  displayName: 'CpiStatusBadge',
});
