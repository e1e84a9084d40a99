/** The sections one by one (the catalogue spec checks that no key is in two of them). */
export { api } from './api';
export { cli } from './cli';
export { dashboard } from './dashboard';
export { exchange } from './exchange';
export { funding } from './funding';
export { rulesAcross } from './rules-across';
export { rulesDeclaratie } from './rules-declaratie';
export { rulesWithin } from './rules-within';
export { xml } from './xml';
