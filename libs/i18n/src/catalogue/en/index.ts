import type { nl } from '../nl';
import { api } from './api';
import { cli } from './cli';
import { dashboard } from './dashboard';
import { exchange } from './exchange';
import { funding } from './funding';
import { rulesAcross } from './rules-across';
import { rulesDeclaratie } from './rules-declaratie';
import { rulesWithin } from './rules-within';
import { xml } from './xml';

/** Every English text of the gateway. Each section lives in its own file; keys are unique across sections. */
export const en: typeof nl = { ...api, ...xml, ...rulesWithin, ...rulesAcross, ...rulesDeclaratie, ...cli, ...dashboard, ...exchange, ...funding };
