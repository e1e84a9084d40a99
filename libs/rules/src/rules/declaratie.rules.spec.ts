import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { STANDARD_RULES } from '../catalogue/standard-rules';
import { h4ContractRegister } from '../testing/h4-contracts';
import { runRules } from '../rule-engine';
import { prestatieAt } from '../state/declaratie-state';
import { declaratieContext, declaratieState, FakeDeclaratieState, prestatieState, toegewezenProduct } from '../testing/fake-declaratie-state';
import { DECLARATIE_RULES } from './declaratie.rules';
import { inEnglish } from './support/restricties.testing';

const fixture = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;
const contracts = h4ContractRegister();
const year2026 = { ingangsdatum: '2026-01-01', einddatum: '2026-12-31' };
const output = (volume = '1', eenheid = '82') => ({ volume, eenheid, frequentie: '4' });

/** What the gateway knows when each fixture 323 arrives: its toewijzingen and the aanbieder's earlier declaraties. */
const delft = () =>
  declaratieContext({
    contracts,
    toewijzingen: [
      toegewezenProduct({ toewijzingNummer: '260101', ...year2026 }),
      toegewezenProduct({ toewijzingNummer: '260102', productCategorie: '02', productCode: '02A02', omvang: output('61200', '83'), ...year2026 }),
      toegewezenProduct({ toewijzingNummer: '260201', bsn: '999990172', productCategorie: '02', productCode: '02A01', ...year2026 }),
    ],
    declaraties: new FakeDeclaratieState().addDeclaratie(declaratieState()),
  });
const rijswijk = () =>
  declaratieContext({
    contracts,
    toewijzingen: [toegewezenProduct({ gemeente: '0603', aanbieder: '87654321', bsn: '999990032', toewijzingNummer: '603101', productCategorie: '02', productCode: '02A04', ingangsdatum: '2026-03-16', einddatum: null })],
  });
const westland = () =>
  declaratieContext({
    contracts,
    toewijzingen: [
      toegewezenProduct({ gemeente: '1783', aanbieder: '87654321', bsn: '999990056', toewijzingNummer: '178301', productCategorie: '02', productCode: '02A01', ...year2026 }),
      toegewezenProduct({ gemeente: '1783', aanbieder: '87654321', bsn: '999990056', toewijzingNummer: '178305', ...year2026 }),
    ],
    declaraties: new FakeDeclaratieState()
      .addDeclaratie(declaratieState({ gemeente: '1783', aanbieder: '87654321', declaratieNummer: 'THW2608WL01', declaratiePeriode: { begindatum: '2026-08-01', einddatum: '2026-08-31' } }))
      .add(
        prestatieState({
          gemeente: '1783', aanbieder: '87654321', bsn: '999990056', declaratieNummer: 'THW2604WL01', referentieNummer: 'THW-WL-26040001', toewijzingNummer: '178301',
          productCategorie: '02', productCode: '02A01', productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' }, productTarief: 39800, bedrag: 39800,
        }),
      ),
  });

describe('declaratie rules on the fixtures', () => {
  it('accept the Delft and Rijswijk declaraties', () => {
    expect(runRules(DECLARATIE_RULES, fixture('WMO323', 'declaratie-delft-maart.xml'), delft())).toEqual([]);
    expect(runRules(DECLARATIE_RULES, fixture('WMO323', 'declaratie-rijswijk-halve-maand-default-ns.xml'), rijswijk())).toEqual([]);
  });

  it('accept the Westland tarief correction (credit at the old tarief, debet at the raised one) and reject only the ORH prestatie at a wrong tarief', () => {
    expect(inEnglish(runRules(DECLARATIE_RULES, fixture('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml'), westland()))).toEqual([
      {
        rule: 'TR418',
        retourcode: '0611',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[4]',
        message: expect.stringMatching(/THW-WL-26090004 .*ProductTarief €254.00 is not the contracted tarief of ProductCode 01A02 in gemeente 1783 for September 2026, which is €245.00/),
      },
    ]);
  });

  it('accept a Westland declaratie-antwoord on the prestaties the gateway let through, once the 323 is on file', () => {
    const declaratie = fixture('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml');
    const ctx = westland();
    const findings = runRules(DECLARATIE_RULES, declaratie, ctx);
    (ctx.state.declaraties as FakeDeclaratieState).apply(declaratie, findings);
    const xml = readFileSync(join(__dirname, '../../../../test/fixtures/wmo325/ok/declaratie-antwoord-westland-deels-afgewezen-default-ns.xml'), 'utf8');
    const onTheRest = parse(Buffer.from(xml.replace(/<Clienten>[\s\S]*<\/Clienten>/, ''))) as ParsedMessageOf<'WMO325'>;
    expect(runRules(DECLARATIE_RULES, onTheRest, ctx)).toEqual([]);
    expect(runRules(DECLARATIE_RULES, onTheRest, westland())).toEqual([expect.objectContaining({ rule: 'TR337', retourcode: 'n.v.t.' })]);
  });

  it('refuse a declaratie-antwoord that judges again the prestatie the gateway already rejected (its own 325 answered it)', () => {
    const declaratie = fixture('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml');
    const ctx = westland();
    (ctx.state.declaraties as FakeDeclaratieState).apply(declaratie, runRules(DECLARATIE_RULES, declaratie, ctx));
    const antwoord = fixture('WMO325', 'declaratie-antwoord-westland-deels-afgewezen-default-ns.xml');
    expect(inEnglish(runRules(DECLARATIE_RULES, antwoord, ctx))).toEqual([
      {
        rule: 'PRESTATIE-BEOORDEELD',
        retourcode: 'n.v.t.',
        path: '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/THW-WL-26090004 .*already rejected it on arrival \(retourcode 0611\)/),
      },
    ]);
  });

  it('put prestatie findings on a prestatie (1-based positions) and declaratie findings on the declaratie', () => {
    const message = fixture('WMO323', 'declaratie-delft-maart.xml');
    // nothing known: every prestatie lacks its toewijzing; the previous declaratie was for March already
    const ctx = declaratieContext({ contracts, toewijzingen: [], declaraties: new FakeDeclaratieState().addDeclaratie(declaratieState({ declaratieNummer: 'ZD202603D01', declaratiePeriode: { begindatum: '2026-03-01', einddatum: '2026-03-31' } })) });
    const findings = runRules(DECLARATIE_RULES, message, ctx);
    expect(findings.filter((f) => f.rule === 'TR338').map((f) => prestatieAt(f.path))).toEqual([
      { client: 1, prestatie: 1 },
      { client: 1, prestatie: 2 },
      { client: 2, prestatie: 1 },
    ]);
    expect(findings.filter((f) => f.path === '/Bericht/Declaratie').map((f) => f.rule).sort()).toEqual(['TR318', 'TR333']);
  });

  it('are the standard rules of the 323 and 325, with their retourcodes, plus the gateway\'s one-judgement check', () => {
    const standard = new Map(STANDARD_RULES.map((r) => [r.code, r]));
    expect(DECLARATIE_RULES.filter((r) => !standard.has(r.code)).map((r) => [r.code, r.level])).toEqual([['PRESTATIE-BEOORDEELD', 'uitwisseling']]);
    for (const rule of DECLARATIE_RULES.filter((r) => standard.has(r.code))) {
      expect([rule.code, rule.retourcode, rule.definition]).toEqual([rule.code, standard.get(rule.code)!.retourcode, standard.get(rule.code)!.definition]);
      expect(rule.appliesTo.every((m) => standard.get(rule.code)!.messages.includes(m))).toBe(true);
    }
  });
});
