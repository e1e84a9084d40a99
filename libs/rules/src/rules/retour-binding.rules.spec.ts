import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type ParsedMessageOf } from '@lib/iwmo';
import { FakeHeaderState, context, fakeState } from '../testing/fake-state';
import { afgewezen, declaratieAntwoord, declaratieContext, declaratieState, FakeDeclaratieState, prestatie, prestatieState } from '../testing/fake-declaratie-state';
import { CC11 } from './cc11.rule';
import { inEnglish } from './support/restricties.testing';
import { PRESTATIE_BEOORDEELD } from './prestatie-beoordeeld.rule';
import { RETOUR_HEENBERICHT } from './retour-heenbericht.rule';
import { TR337 } from './tr337.rule';
import { TR342 } from './tr342.rule';
import { TR371 } from './tr371.rule';
import { TR376 } from './tr376.rule';

/** Delft's 301 DLF26-000117 of 2026-01-22 to Demo Thuiszorg, answered by the 302 fixture. */
const retour = () =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures/wmo302/ok/toewijzing-retour-delft-akkoord.xml'))) as ParsedMessageOf<'WMO302'>;
const heen = { code: 'WMO301' as const, afzender: '0503', identificatie: 'DLF26-000117', dagtekening: '2026-01-22' };
const withHeen = (ontvanger: string, answered = false) => context({ state: fakeState({ header: new FakeHeaderState().addHeenbericht(heen, ontvanger, answered) }) });

/** Demo Thuiszorg's declaratie DECL-2603 of 2026-04-03 (D2603) to Delft, not answered yet, with one ingediend and one gateway-rejected prestatie. */
const declared = () =>
  new FakeDeclaratieState()
    .addDeclaratie(declaratieState({ declaratieNummer: 'D2603', identificatie: 'DECL-2603', dagtekening: '2026-04-03', status: 'ingediend', xsdVersie: { basisschema: '1.0.0', bericht: '1.0.0' } }))
    .add(
      prestatieState({ declaratieNummer: 'D2603', referentieNummer: 'R2603-0001', status: 'ingediend' }),
      prestatieState({ declaratieNummer: 'D2603', referentieNummer: 'R2603-0002', status: 'afgewezen', retourcodes: ['0611'] }),
    );

describe('RETOUR-HEENBERICHT a retourbericht answers a heenbericht delivered to its sender', () => {
  it('passes the 302 of the party the 301 was routed to', () => {
    expect(RETOUR_HEENBERICHT.check(retour(), withHeen('12345678'))).toEqual([]);
  });

  it('refuses a 302 for a 301 the gateway does not hold, naming the heenbericht looked for', () => {
    expect(inEnglish(RETOUR_HEENBERICHT.check(retour(), context()))).toEqual([
      {
        rule: 'RETOUR-HEENBERICHT',
        retourcode: 'n.v.t.',
        path: '/Bericht/Header',
        message: expect.stringMatching(/WMO302 answers the WMO301 with Identificatie DLF26-000117 of 2026-01-22 from 0503 to 12345678, but the gateway delivered no such message to 12345678/),
      },
    ]);
  });

  it('refuses a 302 by another aanbieder on a 301 that was sent to someone else (a forged answer)', () => {
    expect(inEnglish(RETOUR_HEENBERICHT.check(retour(), withHeen('11223344')))).toEqual([expect.objectContaining({ rule: 'RETOUR-HEENBERICHT' })]);
  });
});

describe('CC11 a heenbericht is answered once', () => {
  it('passes the first answer and refuses the second', () => {
    expect(CC11.check(retour(), withHeen('12345678'))).toEqual([]);
    expect(inEnglish(CC11.check(retour(), withHeen('12345678', true)))).toEqual([
      expect.objectContaining({ rule: 'CC11', retourcode: 'n.v.t.', message: expect.stringMatching(/WMO301 with Identificatie DLF26-000117 .*was answered already/) }),
    ]);
  });

  it('refuses a second 325 on a declaratie that has its answer', () => {
    const answered = new FakeDeclaratieState().addDeclaratie(declaratieState({ declaratieNummer: 'D2603', identificatie: 'DECL-2603', dagtekening: '2026-04-03', status: 'beantwoord' }));
    expect(inEnglish(CC11.check(declaratieAntwoord(), declaratieContext({ declaraties: answered })))).toEqual([expect.objectContaining({ rule: 'CC11', message: expect.stringMatching(/WMO323 with Identificatie DECL-2603/) })]);
    expect(CC11.check(declaratieAntwoord(), declaratieContext({ declaraties: declared() }))).toEqual([]);
  });
});

describe('TR337 the 325 answers a declaratie the gemeente received from this aanbieder', () => {
  it('passes the answer on the declaratie on file', () => {
    expect(TR337.check(declaratieAntwoord(), declaratieContext({ declaraties: declared() }))).toEqual([]);
  });

  it('refuses a DeclaratieIdentificatie that names no declaratie (NOSUCH000001), or one of another aanbieder', () => {
    expect(inEnglish(TR337.check(declaratieAntwoord({ declaratieIdentificatie: 'NOSUCH000001' }), declaratieContext({ declaraties: declared() })))).toEqual([
      {
        rule: 'TR337',
        retourcode: 'n.v.t.',
        path: '/Bericht/Header/DeclaratieIdentificatie',
        message: expect.stringMatching(/names the WMO323 with Identificatie NOSUCH000001 of 2026-04-03 from 12345678, but gemeente 0503 received no such declaratie/),
      },
    ]);
    expect(inEnglish(TR337.check(declaratieAntwoord({ aanbieder: '11223344' }), declaratieContext({ declaraties: declared() })))).toEqual([expect.objectContaining({ rule: 'TR337' })]);
  });
});

describe('TR371 XsdVersieDeclaratie is the XsdVersie of the declaratie answered', () => {
  it('passes the same versions and refuses others', () => {
    const ctx = declaratieContext({ declaraties: declared() });
    expect(TR371.check(declaratieAntwoord(), ctx)).toEqual([]);
    const message = declaratieAntwoord();
    message.bericht.Header.XsdVersieDeclaratie.BerichtXsdVersie = '1.1.0';
    expect(inEnglish(TR371.check(message, ctx))).toEqual([
      expect.objectContaining({ rule: 'TR371', path: '/Bericht/Header/XsdVersieDeclaratie', message: expect.stringMatching(/1\.0\.0\/1\.1\.0 .*has XsdVersie 1\.0\.0\/1\.0\.0/) }),
    ]);
  });
});

describe('TR376 DeclaratieNummer is the number of the declaratie answered', () => {
  it('passes D2603 and refuses another number', () => {
    const ctx = declaratieContext({ declaraties: declared() });
    expect(TR376.check(declaratieAntwoord(), ctx)).toEqual([]);
    expect(inEnglish(TR376.check(declaratieAntwoord({ declaratieNummer: 'D9999' }), ctx))).toEqual([
      expect.objectContaining({ rule: 'TR376', path: '/Bericht/DeclaratieAntwoord/DeclaratieNummer', message: expect.stringMatching(/D9999 is not the number of the declaratie answered \(D2603\)/) }),
    ]);
  });
});

describe('PRESTATIE-BEOORDEELD a prestatie is judged once', () => {
  const ctx = () => declaratieContext({ declaraties: declared() });
  it('passes a 325 rejecting a prestatie the gateway let through', () => {
    expect(PRESTATIE_BEOORDEELD.check(declaratieAntwoord({ clienten: [{ prestaties: [afgewezen(prestatie({ ref: 'R2603-0001' }), '0611')] }] }), ctx())).toEqual([]);
  });

  it('refuses a 325 that judges again what the gateway rejected, or lists a prestatie twice', () => {
    const again = declaratieAntwoord({ clienten: [{ prestaties: [afgewezen(prestatie({ ref: 'R2603-0002' }), '0611')] }] });
    expect(inEnglish(PRESTATIE_BEOORDEELD.check(again, ctx()))).toEqual([
      expect.objectContaining({ rule: 'PRESTATIE-BEOORDEELD', path: '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]', message: expect.stringMatching(/R2603-0002 .*already rejected it on arrival \(retourcode 0611\)/) }),
    ]);
    const twice = declaratieAntwoord({ clienten: [{ prestaties: [afgewezen(prestatie({ ref: 'R2603-0001' }), '0611'), afgewezen(prestatie({ ref: 'R2603-0001' }), '0611')] }] });
    expect(inEnglish(PRESTATIE_BEOORDEELD.check(twice, ctx()))).toEqual([
      expect.objectContaining({ path: '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[2]', message: expect.stringMatching(/listed twice/) }),
    ]);
  });
});

describe('TR342 counts the prestaties the gateway already rejected', () => {
  const ctx = () => declaratieContext({ declaraties: declared() });
  it('passes a 325 on the rest whose difference is what the gateway rejected on arrival', () => {
    expect(TR342.check(declaratieAntwoord({ ingediend: 49000, toegekend: 24500 }), ctx())).toEqual([]);
  });

  it('gives 0001 when the 325 awards what the gateway rejected, and says so', () => {
    expect(inEnglish(TR342.check(declaratieAntwoord({ ingediend: 49000, toegekend: 49000 }), ctx()))).toEqual([
      expect.objectContaining({ rule: 'TR342', message: expect.stringContaining('add up to €0.00 plus €245.00 of the prestaties the gateway already rejected on arrival') }),
    ]);
  });

  it('counts nothing extra once the declaratie is answered, or offline', () => {
    const answered = new FakeDeclaratieState()
      .addDeclaratie(declaratieState({ declaratieNummer: 'D2603', identificatie: 'DECL-2603', dagtekening: '2026-04-03', status: 'beantwoord' }))
      .add(prestatieState({ declaratieNummer: 'D2603', referentieNummer: 'R2603-0002', status: 'afgewezen', retourcodes: ['0611'] }));
    expect(TR342.check(declaratieAntwoord({ ingediend: 49000, toegekend: 24500 }), declaratieContext({ declaraties: answered }))).toHaveLength(1);
    expect(TR342.check(declaratieAntwoord({ ingediend: 49000, toegekend: 24500 }), context())).toHaveLength(1);
  });
});
