import type { ParsedMessage } from '@lib/iwmo';
import type { Finding, Rule, RuleContext } from './rule';
import { TR056 } from './rules/tr056.rule';
import { TR135 } from './rules/tr135.rule';
import { TR378 } from './rules/tr378.rule';

/** The header rules the gateway applies to every heenbericht before accepting it. */
export const HEADER_RULES: readonly Rule[] = [TR056, TR135, TR378];

/** Runs the rules that apply to the message's type and collects their findings. */
export function runRules(rules: readonly Rule[], message: ParsedMessage, context: RuleContext): Finding[] {
  return rules.filter((r) => r.appliesTo.includes(message.code)).flatMap((r) => r.check(message, context));
}
