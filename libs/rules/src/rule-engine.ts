import type { ParsedMessage } from '@lib/iwmo';
import { STANDARD_RULES } from './catalogue/standard-rules';
import type { Finding, Rule, RuleContext, RuleLevel } from './rule';
import { DECLARATIE_RULES } from './rules/declaratie.rules';
import { TOEWIJZING_RULES } from './rules/toewijzing.rules';
import { CC11 } from './rules/cc11.rule';
import { RETOUR_HEENBERICHT } from './rules/retour-heenbericht.rule';
import { TR056 } from './rules/tr056.rule';
import { TR135 } from './rules/tr135.rule';
import { TR378 } from './rules/tr378.rule';
import { RESTRICTIE_XSLT_RULES } from './rules/restrictie-xslt.rules';
import { CONDITIE_CONSTRAINT_RULES } from './rules/within-message.rules';

/** The header rules the gateway applies to every heenbericht before accepting it. */
export const HEADER_RULES: readonly Rule[] = [TR056, TR135, TR378];

/** The rules within one message (layer 3): need no state, so `iwmo validate` applies them too. */
export const WITHIN_MESSAGE_RULES: readonly Rule[] = [...CONDITIE_CONSTRAINT_RULES, ...RESTRICTIE_XSLT_RULES];

/**
 * The exchange's checks on retourberichten (not rules of the standard): a retourbericht answers a
 * heenbericht routed to its sender, once.
 */
export const RETOUR_RULES: readonly Rule[] = [RETOUR_HEENBERICHT, CC11];

/** Every rule the engine implements. */
export const ALL_RULES: readonly Rule[] = [
  ...HEADER_RULES,
  ...RETOUR_RULES,
  ...CONDITIE_CONSTRAINT_RULES,
  ...RESTRICTIE_XSLT_RULES,
  ...TOEWIJZING_RULES,
  ...DECLARATIE_RULES,
];

/** Runs the rules that apply to the message's type and collects their findings. */
export function runRules(rules: readonly Rule[], message: ParsedMessage, context: RuleContext): Finding[] {
  return rules.filter((r) => r.appliesTo.includes(message.code)).flatMap((r) => r.check(message, context));
}

/** Layers 3-5 of the standard on a message that passed its XSD: every implemented rule that applies. */
export function judge(message: ParsedMessage, context: RuleContext): Finding[] {
  return runRules(ALL_RULES, message, context);
}

/** The longest the rules hold the event loop before `judgeInTurns` gives other work a turn. */
const TURN_MS = 20;

/**
 * As `judge`, but gives the event loop a turn between rules once they have run for TURN_MS, so the
 * rules on a 25 MB declaratie (seconds in all) hold up other requests for one rule at a time at
 * most, not for the whole run. Small messages finish within one turn and never wait.
 */
export async function judgeInTurns(message: ParsedMessage, context: RuleContext): Promise<Finding[]> {
  const findings: Finding[] = [];
  let turnStarted = performance.now();
  for (const rule of ALL_RULES) {
    if (!rule.appliesTo.includes(message.code)) continue;
    findings.push(...rule.check(message, context));
    if (performance.now() - turnStarted >= TURN_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      turnStarted = performance.now();
    }
  }
  return findings;
}

export interface CatalogueEntry {
  code: string;
  level: RuleLevel;
  retourcode: string;
  definition: string;
  messages: readonly string[];
  implemented: boolean;
}

/** The standard's rules with whether the engine implements each (CLI `iwmo rules`, GET /v1/rules). */
export function ruleCatalogue(): CatalogueEntry[] {
  const implemented = new Map(ALL_RULES.map((r) => [r.code, r]));
  const standard = STANDARD_RULES.map((s) => ({ ...s, implemented: implemented.has(s.code) }));
  // The gateway's own checks of the exchange follow the standard's rules.
  const exchange = ALL_RULES.filter((r) => r.level === 'uitwisseling').map((r) => ({
    code: r.code, level: r.level, retourcode: r.retourcode, definition: r.definition, messages: r.appliesTo, implemented: true,
  }));
  return [...standard, ...exchange];
}
