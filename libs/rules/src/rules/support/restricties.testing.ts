/**
 * Test helpers for the restrictie and xslt rule specs: the project's ok fixtures
 * (test/fixtures/wmo3NN/ok) parsed, and a way to derive a changed copy of one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGE_CODES, parse, type MessageBodies, type MessageCode, type ParsedMessage, type ParsedMessageOf } from '@lib/iwmo';

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
