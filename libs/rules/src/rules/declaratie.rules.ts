import type { Rule } from '../rule';
import { TR304 } from './tr304.rule';
import { TR307 } from './tr307.rule';
import { TR308 } from './tr308.rule';
import { TR314 } from './tr314.rule';
import { TR318 } from './tr318.rule';
import { TR319 } from './tr319.rule';
import { TR321 } from './tr321.rule';
import { TR322 } from './tr322.rule';
import { TR323 } from './tr323.rule';
import { TR333 } from './tr333.rule';
import { TR338 } from './tr338.rule';
import { TR339 } from './tr339.rule';
import { TR340 } from './tr340.rule';
import { TR341 } from './tr341.rule';
import { TR346 } from './tr346.rule';
import { PRESTATIE_BEOORDEELD } from './prestatie-beoordeeld.rule';
import { TR337 } from './tr337.rule';
import { TR366 } from './tr366.rule';
import { TR367 } from './tr367.rule';
import { TR369 } from './tr369.rule';
import { TR371 } from './tr371.rule';
import { TR376 } from './tr376.rule';
import { TR381 } from './tr381.rule';
import { TR384 } from './tr384.rule';
import { TR387 } from './tr387.rule';
import { TR388 } from './tr388.rule';
import { TR389 } from './tr389.rule';
import { TR390 } from './tr390.rule';
import { TR418 } from './tr418.rule';

/**
 * Cross-message and external rules of declaraties and declaratie-antwoorden. On a 323 the
 * declaratie-level rules (TR318, TR333) reject the whole declaratie; the others reject only
 * the prestatie they name.
 */
export const DECLARATIE_RULES: readonly Rule[] = [
  // the declaratie as a whole
  TR318, TR333,
  // each prestatie against earlier prestaties
  TR314, TR319, TR323, TR389, TR390,
  // each prestatie against its toewijzing
  TR338, TR304, TR384, TR307, TR308, TR387, TR388, TR339, TR340, TR341, TR321, TR322, TR369,
  // each prestatie against the contract register
  TR381, TR418, TR346,
  // declaratie-antwoorden against the declaratie they answer
  TR337, TR371, TR376, TR366, TR367, PRESTATIE_BEOORDEELD,
];
