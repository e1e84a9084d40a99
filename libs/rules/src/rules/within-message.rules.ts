import type { Rule } from '../rule';
import { CD005 } from './cd005.rule';
import { CD007 } from './cd007.rule';
import { CD009 } from './cd009.rule';
import { CD025 } from './cd025.rule';
import { CD034 } from './cd034.rule';
import { CD041 } from './cd041.rule';
import { CD043 } from './cd043.rule';
import { CD060 } from './cd060.rule';
import { CD066 } from './cd066.rule';
import { CD067 } from './cd067.rule';
import { CD068 } from './cd068.rule';
import { CD075 } from './cd075.rule';
import { CD076 } from './cd076.rule';
import { CD077 } from './cd077.rule';
import { CD078 } from './cd078.rule';
import { CD079 } from './cd079.rule';
import { CD080 } from './cd080.rule';
import { CD085 } from './cd085.rule';
import { CD086 } from './cd086.rule';
import { CD087 } from './cd087.rule';
import { CD095 } from './cd095.rule';
import { CD096 } from './cd096.rule';
import { CS002 } from './cs002.rule';
import { CS003 } from './cs003.rule';
import { CS015 } from './cs015.rule';
import { CS025 } from './cs025.rule';
import { CS050 } from './cs050.rule';
import { CS058 } from './cs058.rule';
import { CS089 } from './cs089.rule';
import { CS100 } from './cs100.rule';
import { CS139 } from './cs139.rule';
import { CS318 } from './cs318.rule';
import { CS319 } from './cs319.rule';
import { CS325 } from './cs325.rule';
import { CS335 } from './cs335.rule';
import { CS336 } from './cs336.rule';
import { CS337 } from './cs337.rule';
import { CS338 } from './cs338.rule';
import { CS339 } from './cs339.rule';
import { CS340 } from './cs340.rule';
import { CS343 } from './cs343.rule';

/**
 * Condities (CD) and constraints (CS): checks within one message (retourcode 0001 on the class
 * concerned). Every CD and CS the standard applies to the iWmo messages, in code order.
 */
export const CONDITIE_CONSTRAINT_RULES: readonly Rule[] = [
  CD005, CD007, CD009, CD025, CD034, CD041, CD043, CD060, CD066, CD067, CD068,
  CD075, CD076, CD077, CD078, CD079, CD080, CD085, CD086, CD087, CD095, CD096,
  CS002, CS003, CS015, CS025, CS050, CS058, CS089, CS100, CS139, CS318, CS319,
  CS325, CS335, CS336, CS337, CS338, CS339, CS340, CS343,
];
