// What TypeScript tells a partner from the package's published types alone. The packaging test
// compiles this file with tsconfig.json: each @ts-expect-error marks a mistake that must stay one.
import type {CpiIndex} from 'creator-program-index';
import {CpiSectionCard} from 'creator-program-index/react';
import type {GlobalComponents} from 'vue';

// The DOM knows the tags and the events.
export const index: CpiIndex | null = document.querySelector('cpi-index');
index?.addEventListener('cpi-register-click', (event) => event.placement satisfies string);
// @ts-expect-error: the register click has no `url` (it has `href`).
index?.addEventListener('cpi-register-click', (event) => event.url);

// React 19: the tags, their attributes and properties, and their `on<event name>` listeners.
export const react19 = (
  <cpi-index partner="acme" heading-level={2} oncpi-register-click={(event) => event.href} />
);
// @ts-expect-error: not an attribute of cpi-index.
export const misspelled = <cpi-index partnr="acme" />;
// @ts-expect-error: heading-level is a number.
export const wrongType = <cpi-section-card section="foundation" heading-level="two" />;
// @ts-expect-error: the register click has no `url`.
export const wrongEvent = <cpi-index oncpi-register-click={(event) => event.url} />;
// @ts-expect-error: React 19 would listen to an event named `CpiRegisterClick`, which never comes.
export const camelCased = <cpi-index onCpiRegisterClick={() => undefined} />;

// React 18: the wrappers' props and typed `on…` props.
export const react18 = <CpiSectionCard section="foundation" onRegisterClick={(e) => e.sectionId} />;
// @ts-expect-error: the register click has no `url`.
export const wrongWrapped = <CpiSectionCard onRegisterClick={(e) => e.url} />;

// Vue: what a template may pass to <cpi-section-card>.
type CardProps = InstanceType<GlobalComponents['cpi-section-card']>['$props'];
export const vue: CardProps = {section: 'x', headingLevel: 2, onCpiRegisterClick: (e) => e.href};
// @ts-expect-error: headingLevel is a number.
export const wrongVue: CardProps = {headingLevel: 'two'};
