/**
 * Test helpers for the rule specs: the project's ok fixtures (test/fixtures/wmo3NN/ok)
 * parsed, a way to derive a changed copy of one, and findings in the words a spec reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGE_CODES, parse, type MessageBodies, type MessageCode, type ParsedMessage, type ParsedMessageOf } from '@lib/iwmo';
import { findingMessage, type Finding } from '../../rule';

export const FIXTURES_DIR = join(__dirname, '../../../../../test/fixtures');

/** The names of the ok fixtures of a message type, sorted. */
export function okFixtureNames(code: MessageCode): string[] {
  return readdirSync(join(FIXTURES_DIR, code.toLowerCase(), 'ok'))
    .filter((f) => f.endsWith('.xml'))
    .sort();
}

/** An ok fixture of a message type, parsed: the named one, or the first in name order. */
export function okFixture<C extends MessageCode>(code: C, name?: string): ParsedMessageOf<C> {
  const file = name ?? okFixtureNames(code)[0]!;
  return parse(readFileSync(join(FIXTURES_DIR, code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;
}

/** Every ok fixture of all 14 message types, parsed, as [name, message]. */
export function allOkFixtures(): Array<[string, ParsedMessage]> {
  return MESSAGE_CODES.flatMap((code) => okFixtureNames(code).map((name): [string, ParsedMessage] => [`${code.toLowerCase()}/ok/${name}`, okFixture(code, name) as ParsedMessage]));
}

/** A deep copy of the message with `edit` applied to its body; the original stays as it was. */
export function changed<C extends MessageCode>(message: ParsedMessageOf<C>, edit: (bericht: MessageBodies[C]) => void): ParsedMessageOf<C> {
  const copy = structuredClone(message);
  edit(copy.bericht);
  return copy;
}

/**
 * Findings with their English words as `message` in place of their catalogue text, so a spec
 * reads the sentence a rule says (the Dutch words are checked in within-message.texts.spec.ts).
 */
export function inEnglish(findings: readonly Finding[]): Array<{ rule: string; retourcode: string; path: string; message: string }> {
  return findings.map((f) => ({ rule: f.rule, retourcode: f.retourcode, path: f.path, message: findingMessage(f, 'en') }));
}
