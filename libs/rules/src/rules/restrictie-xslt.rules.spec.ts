import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGE_CODES } from '@lib/iwmo';
import { STANDARD_RULES } from '../catalogue/standard-rules';
import { runRules } from '../rule-engine';
import { context } from '../testing/fake-state';
import { RESTRICTIE_XSLT_RULES } from './restrictie-xslt.rules';
import { allElements, RETOUR_MESSAGES } from './support/restricties';
import { allOkFixtures, FIXTURES_DIR } from './support/restricties.testing';

const XSLT_CODES = [
  'TR002', 'TR006', 'TR018', 'TR061', 'TR101', 'TR134', 'TR137', 'TR302', 'TR315', 'TR316',
  'TR335', 'TR342', 'TR352', 'TR353', 'TR358', 'TR380', 'TR383', 'TR386', 'TR410', 'TR416',
];

describe('RESTRICTIE_XSLT_RULES', () => {
  const registered = new Map(RESTRICTIE_XSLT_RULES.map((r) => [r.code, r]));

  it('registers every restrictie of the standard and the 20 xslt technical rules, each once', () => {
    const restricties = STANDARD_RULES.filter((r) => r.code.startsWith('RS')).map((r) => r.code);
    expect(restricties).toHaveLength(36);
    expect([...registered.keys()].sort()).toEqual([...restricties, ...XSLT_CODES].sort());
    expect(registered.size).toBe(RESTRICTIE_XSLT_RULES.length);
  });

  it.each(RESTRICTIE_XSLT_RULES.map((r) => [r.code, r] as const))('%s has the catalogue retourcode, level and messages', (code, rule) => {
    const standard = STANDARD_RULES.find((s) => s.code === code)!;
    expect(rule.retourcode).toBe('0001');
    expect(rule.level).toBe(code.startsWith('RS') ? 'cd-cs-rs' : 'xslt');
    expect(rule.definition).toBe(standard.definition);
    const expected = new Set<string>(standard.messages.flatMap((m): readonly string[] => (m === 'retour' ? RETOUR_MESSAGES : [m])));
    expect([...rule.appliesTo].sort()).toEqual([...expected].sort());
    // a MessageCode list in registry order, without repeats
    expect(new Set(rule.appliesTo).size).toBe(rule.appliesTo.length);
    expect(rule.appliesTo.every((m) => (MESSAGE_CODES as readonly string[]).includes(m))).toBe(true);
  });

  it.each(allOkFixtures())('%s breaks none of the restricties and xslt rules', (_name, message) => {
    expect(runRules(RESTRICTIE_XSLT_RULES, message, context())).toEqual([]);
  });

  it.each(allOkFixtures())('%s: the walker sees every value element of the XML', (name, message) => {
    const xml = readFileSync(join(FIXTURES_DIR, name), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const valueElements = xml.match(/<[^/!?][^>]*>[^<]*<\//g) ?? [];
    expect(allElements(message).filter((e) => e.leaf)).toHaveLength(valueElements.length);
  });

  it('covers ok fixtures of all 14 message types', () => {
    expect(new Set(allOkFixtures().map(([, m]) => m.code)).size).toBe(14);
  });
});
