import { parse } from '@lib/iwmo';
import { sampleWmo301 } from '@lib/iwmo/testing/sample-messages';
import { STANDARD_RULES } from './catalogue/standard-rules';
import { ALL_RULES, judge, judgeInTurns, ruleCatalogue } from './rule-engine';
import { context } from './testing/fake-state';

describe('rule catalogue', () => {
  it('lists every rule of the standard once, with its retourcode', () => {
    const codes = STANDARD_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(ruleCatalogue().find((r) => r.code === 'TR056')).toMatchObject({ retourcode: '9056', implemented: true });
    expect(ruleCatalogue().find((r) => r.code === 'TR382')).toMatchObject({ retourcode: '9069' });
  });

  it('implements only rules the standard has, each with the retourcode the standard gives it', () => {
    const standard = new Map(STANDARD_RULES.map((r) => [r.code, r]));
    for (const rule of ALL_RULES.filter((r) => r.level !== 'uitwisseling')) {
      expect(standard.has(rule.code)).toBe(true);
      expect([rule.code, rule.retourcode]).toEqual([rule.code, standard.get(rule.code)!.retourcode]);
    }
  });

  it('implements every rule of the standard, and lists the exchange checks after them', () => {
    const catalogue = ruleCatalogue();
    expect(catalogue.filter((r) => r.level !== 'uitwisseling' && !r.implemented)).toEqual([]);
    expect(catalogue.filter((r) => r.level !== 'uitwisseling')).toHaveLength(STANDARD_RULES.length);
    expect(catalogue.filter((r) => r.level === 'uitwisseling').map((r) => r.code)).toEqual(['RETOUR-HEENBERICHT', 'CC11', 'PRESTATIE-BEOORDEELD']);
  });

  it('registers each rule once', () => {
    const codes = ALL_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('judgeInTurns', () => {
  // a toewijzing with an Einddatum before its Ingangsdatum and a Dagtekening in the future: findings to compare
  const message = parse(sampleWmo301({ einddatum: '2020-01-01', dagtekening: '2027-01-01' }));

  it('finds what judge finds, in the same order', async () => {
    const expected = judge(message, context());
    expect(expected.length).toBeGreaterThan(0);
    await expect(judgeInTurns(message, context())).resolves.toEqual(expected);
  });

  it('lets other work run between rules once the rules have held the event loop for a while', async () => {
    let clock = 0;
    const now = jest.spyOn(performance, 'now').mockImplementation(() => (clock += 25));
    let turns = 0;
    const other = setInterval(() => turns++, 0);
    try {
      await judgeInTurns(message, context());
    } finally {
      clearInterval(other);
      now.mockRestore();
    }
    expect(turns).toBeGreaterThan(0);
  });

  it('does not give up its turn for a message whose rules finish quickly', async () => {
    const now = jest.spyOn(performance, 'now').mockReturnValue(0);
    let turns = 0;
    const immediate = setImmediate(() => turns++);
    try {
      await judgeInTurns(message, context());
      expect(turns).toBe(0);
    } finally {
      clearImmediate(immediate);
      now.mockRestore();
    }
  });
});
