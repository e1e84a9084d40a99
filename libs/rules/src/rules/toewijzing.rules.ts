import type { Rule } from '../rule';
import { TR019 } from './tr019.rule';
import { TR063 } from './tr063.rule';
import { TR071 } from './tr071.rule';
import { TR074 } from './tr074.rule';
import { TR326 } from './tr326.rule';
import { TR332 } from './tr332.rule';
import { TR347 } from './tr347.rule';
import { TR349 } from './tr349.rule';
import { TR350 } from './tr350.rule';
import { TR351 } from './tr351.rule';
import { TR355 } from './tr355.rule';
import { TR357 } from './tr357.rule';
import { TR359 } from './tr359.rule';
import { TR360 } from './tr360.rule';
import { TR361 } from './tr361.rule';
import { TR365 } from './tr365.rule';
import { TR373 } from './tr373.rule';
import { TR374 } from './tr374.rule';
import { TR375 } from './tr375.rule';
import { TR379 } from './tr379.rule';
import { TR382 } from './tr382.rule';
import { TR385 } from './tr385.rule';
import { TR411 } from './tr411.rule';
import { TR412 } from './tr412.rule';
import { TR413 } from './tr413.rule';
import { TR414 } from './tr414.rule';
import { TR415 } from './tr415.rule';

/** Cross-message rules of toewijzingen, start/stop, verzoeken and antwoorden. */
export const TOEWIJZING_RULES: readonly Rule[] = [
  // toewijzing (301)
  TR332, TR379, TR385,
  // start and stop (305, 307)
  TR019, TR063, TR071, TR074, TR326, TR382, TR413, TR414, TR415,
  // verzoek om toewijzing and om wijziging (315, 317)
  TR347, TR349, TR350, TR351, TR357, TR361, TR373, TR374, TR375, TR411, TR412,
  // antwoordbericht (319)
  TR355, TR359, TR360, TR365,
];
