import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGE_CODES, parse } from '@lib/iwmo';
import { STANDARD_RULES } from '../catalogue/standard-rules';
import { runRules } from '../rule-engine';
import { context } from '../testing/fake-state';
import { CONDITIE_CONSTRAINT_RULES } from './within-message.rules';

const FIXTURES = join(__dirname, '../../../../test/fixtures');

/** Every ok fixture of the project, as [message dir/file, path]. */
const okFixtures: Array<[string, string]> = readdirSync(FIXTURES)
  .filter((dir) => /^wmo\d{3}$/.test(dir))
  .flatMap((dir) =>
    readdirSync(join(FIXTURES, dir, 'ok'))
      .filter((file) => file.endsWith('.xml'))
      .map((file): [string, string] => [`${dir}/${file}`, join(FIXTURES, dir, 'ok', file)]),
  );

describe('CONDITIE_CONSTRAINT_RULES', () => {
  const standard = STANDARD_RULES.filter((r) => /^C[DS]\d{3}$/.test(r.code));

  it('implements every conditie and constraint of the standard once', () => {
    expect(standard).toHaveLength(41);
    expect(CONDITIE_CONSTRAINT_RULES.map((r) => r.code)).toEqual(standard.map((r) => r.code));
  });

  it.each(standard.map((s) => [s.code, s] as const))('%s has the definition, retourcode and messages of the standard', (code, s) => {
    const rule = CONDITIE_CONSTRAINT_RULES.find((r) => r.code === code)!;
    expect(rule).toMatchObject({ level: 'cd-cs-rs', retourcode: '0001', definition: s.definition });
    expect([...rule.appliesTo].sort()).toEqual([...s.messages].sort());
  });
});

describe('the ok fixtures pass every conditie and constraint', () => {
  it('covers all 14 message types', () => {
    expect(new Set(okFixtures.map(([name]) => name.slice(0, 6).toUpperCase()))).toEqual(new Set(MESSAGE_CODES));
  });

  it.each(okFixtures)('%s has no findings', (_name, path) => {
    const message = parse(readFileSync(path));
    expect(runRules(CONDITIE_CONSTRAINT_RULES, message, context())).toEqual([]);
    // A rule asked about a message it does not apply to (the retourberichten) answers nothing either.
    expect(CONDITIE_CONSTRAINT_RULES.flatMap((rule) => rule.check(message, context()))).toEqual([]);
  });
});
