import type { MessageCode, ParsedMessage } from '@lib/iwmo';
import type { ContractRegister } from './config/contract-register';
import type { StateView } from './state/state-view';

/** Where the standard places a rule (the folders of its rule texts). */
export type RuleLevel = 'xslt' | 'cd-cs-rs' | 'berichtoverstijgend' | 'externe-bron' | 'uitwisseling';

/**
 * The retourcode of a rule the standard gives none ('n.v.t.'): rules on a retourbericht, which is
 * not answered with another retourbericht. Such a finding refuses the message with the rule's code.
 */
export const NO_RETOURCODE = 'n.v.t.';

import type { Finding } from './finding';

export { findingMessage, type Finding } from './finding';

/**
 * What rules may know beyond the message itself: today's date and a read-only
 * view of earlier accepted messages. The engine prepares the view in bulk, so
 * a rule never queries per class.
 */
export interface RuleContext {
  /** today in the Netherlands, YYYY-MM-DD */
  today: string;
  state: StateView;
  config: RulesConfig;
}

/**
 * Configuration rules on external sources read (product codes per gemeente for TR381,
 * contracted tarieven for TR418). Documented in docs/contracts.md with H4 illustrative
 * defaults in config/h4-contracts.json.
 */
export interface RulesConfig {
  contracts: ContractRegister;
}

export interface Rule {
  code: string;
  retourcode: string;
  level: RuleLevel;
  /** the standard's definition, in its own words */
  definition: string;
  appliesTo: readonly MessageCode[];
  check(message: ParsedMessage, context: RuleContext): Finding[];
}

export const HEADER = '/Bericht/Header';

/** The heenberichten that header rules such as TR056, TR135 and TR378 apply to. */
export const HEEN_AND_325: readonly MessageCode[] = ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319', 'WMO323', 'WMO325'];

/** The header of any message: every iWmo header starts with the same elements. */
export function headerOf(message: ParsedMessage): {
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: { Identificatie: string; Dagtekening: string };
} {
  return message.bericht.Header;
}

export { dutchToday } from './calendar';
