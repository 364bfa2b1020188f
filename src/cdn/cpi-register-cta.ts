// The single-file bundle of the register block alone, for a marketing page: defines cpi-register-cta.
export {CpiRegisterCta} from '../components/register-cta/cpi-register-cta.js';
