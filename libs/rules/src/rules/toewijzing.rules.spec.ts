import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type ParsedMessage } from '@lib/iwmo';
import { STANDARD_RULES } from '../catalogue/standard-rules';
import { findingMessage } from '../rule';
import { runRules } from '../rule-engine';
import { InMemoryToewijzingState } from '../state/toewijzing-state';
import { context, fakeState } from '../testing/fake-state';
import { wmo301, wmo305 } from '../testing/fake-toewijzing-state';
import { TOEWIJZING_RULES } from './toewijzing.rules';

const fixture = (path: string): ParsedMessage => parse(readFileSync(join(__dirname, '../../../../test/fixtures', path)));

/**
 * The ok fixtures follow each other per gemeente (test/fixtures/README.md). Accepted in the order of
 * their Dagtekening, with the earlier messages the fixtures leave out given first, none of them breaks
 * a cross-message rule of the toewijzing area.
 */
describe('the fixtures as one history pass every toewijzing rule', () => {
  const westland = { gemeente: '1783', aanbieder: '87654321', bsn: '999990056' };
  const middenDelfland = { gemeente: '1842', aanbieder: '12345678', bsn: '999990081' };
  const history: Array<[string, ParsedMessage]> = [
    // Given: Westland's original toewijzingen and starts, Midden-Delfland's toewijzing and start.
    ['westland 301 (given)', wmo301([
      { ToewijzingNummer: '178301', Product: { Categorie: '02', Code: '02A01' }, Toewijzingsdatum: '2025-12-18', Toewijzingstijd: '09:00:00', Ingangsdatum: '2026-01-01', Einddatum: '2026-12-31' },
      { ToewijzingNummer: '178302', Product: { Categorie: '01', Code: '01A01' }, Toewijzingsdatum: '2025-12-18', Toewijzingstijd: '09:00:00', Ingangsdatum: '2026-01-01', Einddatum: '2026-12-31' },
    ], { ...westland, dagtekening: '2025-12-18' })],
    ['westland 305 (given)', wmo305([{ ToewijzingNummer: '178302', Product: { Categorie: '01', Code: '01A01' }, ToewijzingIngangsdatum: '2026-01-01', Begindatum: '2026-01-06' }], { ...westland, dagtekening: '2026-01-07' })],
    ['midden-delfland 301 (given)', wmo301([{ ToewijzingNummer: '184201', Product: { Categorie: '02', Code: '02A03' }, Toewijzingsdatum: '2025-12-15', Ingangsdatum: '2026-01-01', Einddatum: '2026-12-31' }], { ...middenDelfland, dagtekening: '2025-12-15' })],
    ['midden-delfland 305 (given)', wmo305([{ ToewijzingNummer: '184201', Product: { Categorie: '02', Code: '02A03' }, ToewijzingIngangsdatum: '2026-01-01', Begindatum: '2026-01-05' }], { ...middenDelfland, dagtekening: '2026-01-06' })],
    ['wmo301/ok/toewijzing-delft-orh-en-begeleiding.xml', fixture('wmo301/ok/toewijzing-delft-orh-en-begeleiding.xml')],
    ['wmo305/ok/start-delft-twee-producten.xml', fixture('wmo305/ok/start-delft-twee-producten.xml')],
    ['wmo315/ok/vot-rijswijk-financien.xml', fixture('wmo315/ok/vot-rijswijk-financien.xml')],
    ['wmo319/ok/antwoord-rijswijk-in-onderzoek.xml', fixture('wmo319/ok/antwoord-rijswijk-in-onderzoek.xml')],
    ['wmo301/ok/toewijzing-rijswijk-na-verzoek-default-ns.xml', fixture('wmo301/ok/toewijzing-rijswijk-na-verzoek-default-ns.xml')],
    ['wmo305/ok/start-rijswijk-default-ns.xml', fixture('wmo305/ok/start-rijswijk-default-ns.xml')],
    ['wmo315/ok/vot-delft-stapeling-default-ns.xml', fixture('wmo315/ok/vot-delft-stapeling-default-ns.xml')],
    ['wmo317/ok/vow-westland-ongewijzigd-tewijzigen-nieuw.xml', fixture('wmo317/ok/vow-westland-ongewijzigd-tewijzigen-nieuw.xml')],
    ['wmo301/ok/toewijzing-westland-na-vow-verwisselde-prefixen.xml', fixture('wmo301/ok/toewijzing-westland-na-vow-verwisselde-prefixen.xml')],
    ['wmo307/ok/stop-westland-na-vow-default-ns.xml', fixture('wmo307/ok/stop-westland-na-vow-default-ns.xml')],
    // Given: the start of 178305 with the wrong Begindatum that the next fixture removes.
    ['westland 305 (given)', wmo305([{ ToewijzingNummer: '178305', Product: { Categorie: '01', Code: '01A02' }, ToewijzingIngangsdatum: '2026-06-01', Begindatum: '2026-06-02' }], { ...westland, dagtekening: '2026-06-03' })],
    ['wmo305/ok/start-westland-verwijderen-ongewone-prefixen.xml', fixture('wmo305/ok/start-westland-verwijderen-ongewone-prefixen.xml')],
    ['wmo317/ok/vow-rijswijk-nieuw-product-ongewone-prefixen.xml', fixture('wmo317/ok/vow-rijswijk-nieuw-product-ongewone-prefixen.xml')],
    ['wmo315/ok/vot-midden-delfland-onderaannemer-ongewone-prefixen.xml', fixture('wmo315/ok/vot-midden-delfland-onderaannemer-ongewone-prefixen.xml')],
    ['wmo319/ok/antwoord-midden-delfland-geen-contract-ongewone-prefixen.xml', fixture('wmo319/ok/antwoord-midden-delfland-geen-contract-ongewone-prefixen.xml')],
    ['wmo307/ok/stop-midden-delfland-overstap.xml', fixture('wmo307/ok/stop-midden-delfland-overstap.xml')],
    ['wmo307/ok/stop-delft-tijdelijk-ongewone-prefixen.xml', fixture('wmo307/ok/stop-delft-tijdelijk-ongewone-prefixen.xml')],
    ['wmo317/ok/vow-delft-omvang-default-ns.xml', fixture('wmo317/ok/vow-delft-omvang-default-ns.xml')],
    ['wmo319/ok/antwoord-delft-afgewezen-default-ns.xml', fixture('wmo319/ok/antwoord-delft-afgewezen-default-ns.xml')],
  ];

  it('accepts each message in turn', () => {
    const toewijzingen = new InMemoryToewijzingState();
    const verdicts = history.map(([name, message], i) => {
      const findings = runRules(TOEWIJZING_RULES, message, context({ state: fakeState({ toewijzingen }) }));
      toewijzingen.apply(message, { messageId: `m${i}` });
      return [name, findings.map((f) => `${f.rule} ${f.path}: ${findingMessage(f, 'en')}`)];
    });
    expect(verdicts).toEqual(history.map(([name]) => [name, []]));
  });

  it('and rejects what would repeat or contradict that history', () => {
    const toewijzingen = new InMemoryToewijzingState();
    history.forEach(([, message], i) => toewijzingen.apply(message, { messageId: `m${i}` }));
    const codes = (path: string) => runRules(TOEWIJZING_RULES, fixture(path), context({ state: fakeState({ toewijzingen }) })).map((f) => f.retourcode);
    // Both starts were stopped temporarily, so a start is allowed (no TR326), but not with the same key.
    expect(codes('wmo305/ok/start-delft-twee-producten.xml')).toEqual(['9074', '9074']);
    expect(codes('wmo307/ok/stop-delft-tijdelijk-ongewone-prefixen.xml')).toEqual(['9074', '9074', '9413', '9413']);
    expect(codes('wmo315/ok/vot-rijswijk-financien.xml')).toEqual(['9347', '9374']);
    expect(codes('wmo319/ok/antwoord-delft-afgewezen-default-ns.xml')).toEqual(['9365']);
  });
});

describe('TOEWIJZING_RULES against the catalogue', () => {
  const standard = new Map(STANDARD_RULES.map((r) => [r.code, r]));

  it('registers berichtoverstijgend rules with the definition and messages of the standard', () => {
    for (const rule of TOEWIJZING_RULES) {
      const s = standard.get(rule.code)!;
      expect([rule.code, rule.level, rule.retourcode, rule.definition]).toEqual([s.code, 'berichtoverstijgend', s.retourcode, s.definition]);
      // TR019's rule text and WJ001 also list WMO307 (the TR file spells it "W<P307"); the catalogue has WMO305 only.
      const messages = rule.code === 'TR019' ? [...s.messages, 'WMO307'] : s.messages;
      expect([rule.code, [...rule.appliesTo].sort()]).toEqual([rule.code, [...new Set(messages)].sort()]);
    }
  });
});
