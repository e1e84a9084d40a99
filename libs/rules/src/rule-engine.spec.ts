import { STANDARD_RULES } from './catalogue/standard-rules';
import { ALL_RULES, ruleCatalogue } from './rule-engine';

describe('rule catalogue', () => {
  it('lists every rule of the standard once, with its retourcode', () => {
    const codes = STANDARD_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(ruleCatalogue().find((r) => r.code === 'TR056')).toMatchObject({ retourcode: '9056', implemented: true });
    expect(ruleCatalogue().find((r) => r.code === 'TR382')).toMatchObject({ retourcode: '9069' });
  });

  it('implements only rules the standard has, each with the retourcode the standard gives it', () => {
    const standard = new Map(STANDARD_RULES.map((r) => [r.code, r]));
    for (const rule of ALL_RULES) {
      expect(standard.has(rule.code)).toBe(true);
      const expected = standard.get(rule.code)!.retourcode;
      expect([rule.code, rule.retourcode]).toEqual([rule.code, expected === 'n.v.t.' ? '0001' : expected]);
    }
  });

  it('registers each rule once', () => {
    const codes = ALL_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
