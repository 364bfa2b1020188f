export {CpiFeedLoadEvent} from './cpi-feed-load-event.js';
export {CpiFeedErrorEvent} from './cpi-feed-error-event.js';
export {CpiRegisterClickEvent, type RegisterPlacement} from './cpi-register-click-event.js';
export {CpiSectionClickEvent} from './cpi-section-click-event.js';
export {CpiImpressionEvent} from './cpi-impression-event.js';
