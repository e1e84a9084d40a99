import { readFileSync } from 'node:fs';
import { render } from '@lib/i18n';
import { ContractRegister } from '@lib/rules';
import { DEFAULT_CONTRACTS_FILE } from '@lib/config';
import type { ToegewezenProductState } from '@lib/rules/state/toewijzing-state';
import { buildDeclaratie, differencesPerClient, totalsOf, type BuildInput, type EarlierPrestatie } from './declaratie-build';
import { BuildRefused } from './errors';

const AANBIEDER = '12345678';
const DELFT = '0503'; // proratie kalenderdagen
const MIDDEN_DELFLAND = '1842'; // proratie volle-maand
const BSN = '999990019';

type Register = { producten: Array<{ productCode: string; tarieven: Array<{ vanaf: string; tariefPerMaand: number; gemeenten?: string[] }> }> } & Record<string, unknown>;
const json = (): Register => JSON.parse(readFileSync(DEFAULT_CONTRACTS_FILE, 'utf8')) as Register;
const REGISTER = ContractRegister.fromJson(json());
/** The H4 register with a retroactive raise of 01A02 (ORH trede 2) from 2026-03-01: 24500 -> 25000. */
function raised(): ContractRegister {
  const r = json();
  r.producten.find((p) => p.productCode === '01A02')!.tarieven.push({ vanaf: '2026-03-01', tariefPerMaand: 25000 });
  return ContractRegister.fromJson(r);
}

function toewijzing(nummer: string, code: string, over: Partial<ToegewezenProductState> = {}): ToegewezenProductState {
  return {
    gemeente: DELFT, aanbieder: AANBIEDER, bsn: BSN, toewijzingNummer: nummer, productCategorie: code.slice(0, 2), productCode: code,
    ingangsdatum: '2026-03-01', einddatum: '2026-12-31', redenWijziging: null, omvang: { volume: '1', eenheid: '82', frequentie: '4' },
    budget: null, toewijzingsdatum: '2026-02-20', toewijzingstijd: '09:30:00', referentieAanbieder: null, ...over,
  };
}

function input(over: Partial<BuildInput>): BuildInput {
  return {
    aanbieder: AANBIEDER, gemeente: DELFT, periode: '2026-03', toewijzingen: [], starts: [], stops: [], prestaties: [],
    register: REGISTER, delegated: new Map(), declared: null, ...over,
  };
}

let ref = 0;
function earlier(over: Partial<EarlierPrestatie>): EarlierPrestatie {
  return {
    referentieNummer: `R${++ref}`, vorigReferentieNummer: null, bsn: BSN, toewijzingNummer: '100002', productCategorie: '01', productCode: '01A02',
    periodeBegin: '2026-03-01', periodeEind: '2026-03-31', geleverdVolume: 1, eenheid: '82', productTarief: 24500, bedrag: 24500, debetCredit: 'D',
    status: 'toegekend', retourcodes: [], onderaannemer: null, dagenGeleverd: 31, ...over,
  };
}

describe('buildDeclaratie', () => {
  it('declares a whole month in Eenheid 82, volume 1, at the contracted tarief, for each product of a client (stapeling)', () => {
    const r = buildDeclaratie(input({
      toewijzingen: [toewijzing('100001', '02A03'), toewijzing('100002', '01A02')],
      starts: [{ toewijzingNummer: '100001', begindatum: '2026-03-01' }, { toewijzingNummer: '100002', begindatum: '2026-03-03' }],
    }));
    expect(r.lines.map((l) => [l.soort, l.toewijzingNummer, l.eenheid, l.geleverdVolume, l.productTarief, l.bedrag, l.periodeBegin, l.periodeEind])).toEqual([
      ['nieuw', '100001', '82', 1, 33100, 33100, '2026-03-01', '2026-03-31'],
      // started on the 3rd, but a toewijzing in stuks (Omvang 82) is one stuk a month (TR341, TR346)
      ['nieuw', '100002', '82', 1, 24500, 24500, '2026-03-01', '2026-03-31'],
    ]);
    expect(totalsOf(r.lines).totaal).toEqual({ bedrag: 57600, debetCredit: 'D' });
    expect(differencesPerClient(r.lines)).toEqual([{ bsn: BSN, nieuw: 57600, herindiening: 0, credit: 0, debet: 0, verschil: 57600 }]);
  });

  it('prorates a partial month by calendar days in Eenheid 83 (euro\'s) under kalenderdagen, for a toewijzing without Omvang or in euro\'s', () => {
    const r = buildDeclaratie(input({
      toewijzingen: [toewijzing('100001', '02A03', { omvang: null }), toewijzing('100002', '01A02', { omvang: { volume: '30000', eenheid: '83', frequentie: '4' } })],
      starts: [{ toewijzingNummer: '100001', begindatum: '2026-03-11' }, { toewijzingNummer: '100002', begindatum: '2026-03-01' }],
      stops: [{ toewijzingNummer: '100002', einddatum: '2026-03-15' }],
    }));
    // 21 of 31 days of 33100; 15 of 31 days of 24500 (rounded to the cent)
    expect(r.lines.map((l) => [l.eenheid, l.geleverdVolume, l.productTarief, l.bedrag, l.periodeBegin, l.periodeEind, l.dagenGeleverd])).toEqual([
      ['83', 22423, null, 22423, '2026-03-01', '2026-03-31', 21],
      ['83', 11855, null, 11855, '2026-03-01', '2026-03-31', 15],
    ]);
  });

  it('declares the whole month under volle-maand, and a month a stuks-toewijzing covers in part as one stuk', () => {
    const mdl = buildDeclaratie(input({
      gemeente: MIDDEN_DELFLAND,
      toewijzingen: [toewijzing('184201', '02A03', { gemeente: MIDDEN_DELFLAND, omvang: null })],
      starts: [{ toewijzingNummer: '184201', begindatum: '2026-03-20' }],
    }));
    expect(mdl.lines.map((l) => [l.eenheid, l.geleverdVolume, l.productTarief, l.bedrag])).toEqual([['82', 1, 33100, 33100]]);
  });

  it('clips the ProductPeriode to the toewijzing (TR387/TR388) and prorates over the days of the month', () => {
    const r = buildDeclaratie(input({
      periode: '2026-04',
      toewijzingen: [toewijzing('100001', '02A03', { ingangsdatum: '2026-04-16', einddatum: '2026-04-25', omvang: null })],
      starts: [{ toewijzingNummer: '100001', begindatum: '2026-04-16' }],
    }));
    // 10 of 30 days of 34300 (the tarief from 2026-04-01)
    expect(r.lines.map((l) => [l.periodeBegin, l.periodeEind, l.eenheid, l.bedrag])).toEqual([['2026-04-16', '2026-04-25', '83', 11433]]);
  });

  it('leaves out toewijzingen without a start in the month, stopped before it, withdrawn, or without a contract; and says why', () => {
    const r = buildDeclaratie(input({
      periode: '2026-04',
      toewijzingen: [
        toewijzing('1', '02A03'),
        toewijzing('2', '02A03'),
        toewijzing('3', '02A03', { redenWijziging: '13', ingangsdatum: '2026-03-01', einddatum: '2026-03-01' }),
        toewijzing('4', '02B01'), // FIN: 12345678 has no contract for it
        toewijzing('5', '02A03'),
      ],
      starts: [{ toewijzingNummer: '2', begindatum: '2026-03-01' }, { toewijzingNummer: '4', begindatum: '2026-03-01' }, { toewijzingNummer: '5', begindatum: '2026-05-01' }],
      stops: [{ toewijzingNummer: '2', einddatum: '2026-03-31' }],
    }));
    expect(r.lines).toEqual([]);
    expect(r.skipped.map((s) => [s.toewijzingNummer, s.reason])).toEqual([['4', 'no-contract']]);
  });

  it('credits an accepted prestatie after a retroactive tarief change and debets the new amount, in the next month\'s declaratie', () => {
    const old = earlier({});
    const r = buildDeclaratie(input({
      periode: '2026-04', register: raised(), declared: { first: '2026-03-01', latest: '2026-03-01' },
      toewijzingen: [toewijzing('100002', '01A02')], starts: [{ toewijzingNummer: '100002', begindatum: '2026-03-01' }], prestaties: [old],
    }));
    expect(r.lines.map((l) => [l.soort, l.periodeBegin, l.bedrag, l.debetCredit, l.vorigReferentieNummer, l.productTarief])).toEqual([
      ['credit', '2026-03-01', 24500, 'C', old.referentieNummer, 24500],
      ['debet', '2026-03-01', 25000, 'D', null, 25000],
      ['nieuw', '2026-04-01', 25000, 'D', null, 25000],
    ]);
    expect(differencesPerClient(r.lines)[0]).toMatchObject({ credit: 24500, debet: 25000, nieuw: 25000, verschil: 25500 });
    expect(totalsOf(r.lines).totaal).toEqual({ bedrag: 25500, debetCredit: 'D' });
  });

  it('changes nothing for a month that is declared and approved as it should be', () => {
    const r = buildDeclaratie(input({
      periode: '2026-04', declared: { first: '2026-03-01', latest: '2026-03-01' },
      toewijzingen: [toewijzing('100002', '01A02')], starts: [{ toewijzingNummer: '100002', begindatum: '2026-03-01' }], prestaties: [earlier({})],
    }));
    expect(r.lines.map((l) => [l.soort, l.periodeBegin])).toEqual([['nieuw', '2026-04-01']]);
  });

  it('credits the months after a toewijzing was ended, and replaces the month it now ends in', () => {
    const march = earlier({});
    const april = earlier({ periodeBegin: '2026-04-01', periodeEind: '2026-04-30' });
    const r = buildDeclaratie(input({
      periode: '2026-05', declared: { first: '2026-03-01', latest: '2026-04-01' },
      toewijzingen: [toewijzing('100002', '01A02', { einddatum: '2026-03-15', omvang: null })],
      starts: [{ toewijzingNummer: '100002', begindatum: '2026-03-01' }], prestaties: [march, april],
    }));
    expect(r.lines.map((l) => [l.soort, l.periodeBegin, l.periodeEind, l.eenheid, l.bedrag, l.vorigReferentieNummer])).toEqual([
      ['credit', '2026-03-01', '2026-03-31', '82', 24500, march.referentieNummer],
      // 15 of 31 days
      ['debet', '2026-03-01', '2026-03-15', '83', 11855, null],
      ['credit', '2026-04-01', '2026-04-30', '82', 24500, april.referentieNummer],
    ]);
  });

  it('does not credit prestaties on a withdrawn toewijzing (TR384 rejects any prestatie on it) and says so', () => {
    const march = earlier({});
    const r = buildDeclaratie(input({
      periode: '2026-04', declared: { first: '2026-03-01', latest: '2026-03-01' },
      toewijzingen: [toewijzing('100002', '01A02', { redenWijziging: '13', ingangsdatum: '2026-03-01', einddatum: '2026-03-01' })],
      starts: [{ toewijzingNummer: '100002', begindatum: '2026-03-01' }], prestaties: [march],
    }));
    expect(r.lines).toEqual([]);
    expect(r.skipped).toEqual([expect.objectContaining({ toewijzingNummer: '100002', maand: '2026-03-01', reason: 'withdrawn-not-credited' })]);
    expect(render(r.skipped[0]!.detail)).toBe(
      `toewijzing 100002 is ingetrokken (RedenWijziging 13); prestatie ${march.referentieNummer} (€\u00a0245,00) kan niet in een declaratie worden gecrediteerd (TR384): verreken deze met de gemeente.`,
    );
    expect(render(r.skipped[0]!.detail, 'en')).toBe(
      `toewijzing 100002 was withdrawn (RedenWijziging 13); prestatie ${march.referentieNummer} (€245.00) cannot be credited in a declaratie (TR384): settle it with gemeente.`,
    );
  });

  it('declares a rejected prestatie again, recomputed (herindiening), once; and reports it', () => {
    const rejected = earlier({ status: 'afgewezen', retourcodes: ['0611'], productTarief: 20000, bedrag: 20000 });
    const base = input({
      periode: '2026-04', declared: { first: '2026-03-01', latest: '2026-03-01' },
      toewijzingen: [toewijzing('100002', '01A02')], starts: [{ toewijzingNummer: '100002', begindatum: '2026-03-01' }],
    });
    const r = buildDeclaratie({ ...base, prestaties: [rejected] });
    expect(r.lines.map((l) => [l.soort, l.periodeBegin, l.bedrag])).toEqual([['herindiening', '2026-03-01', 24500], ['nieuw', '2026-04-01', 24500]]);
    expect(r.rejected).toEqual([expect.objectContaining({ referentieNummer: rejected.referentieNummer, retourcodes: ['0611'], outcome: 'herindiening' })]);

    // once declared again (and awaiting or approved), it is not declared a third time
    const again = buildDeclaratie({ ...base, periode: '2026-05', declared: { first: '2026-03-01', latest: '2026-04-01' }, prestaties: [rejected, earlier({ status: 'toegekend' })] });
    expect(again.lines.filter((l) => l.periodeBegin === '2026-03-01')).toEqual([]);
    expect(again.rejected).toEqual([expect.objectContaining({ outcome: 'declared' })]);
  });

  it('leaves a month alone while its debet awaits the declaratie-antwoord (TR323 credits only an approved debet)', () => {
    const r = buildDeclaratie(input({
      periode: '2026-04', register: raised(), declared: { first: '2026-03-01', latest: '2026-03-01' },
      toewijzingen: [toewijzing('100002', '01A02')], starts: [{ toewijzingNummer: '100002', begindatum: '2026-03-01' }], prestaties: [earlier({ status: 'ingediend' })],
    }));
    expect(r.lines.map((l) => [l.soort, l.periodeBegin])).toEqual([['nieuw', '2026-04-01']]);
    expect(r.skipped.map((s) => s.reason)).toEqual(['awaiting-antwoord']);
  });

  it('declares a delegated product only when its onderaannemer\'s prestatie is gereed, over that period, and lists the others as waiting', () => {
    const r = buildDeclaratie(input({
      toewijzingen: [toewijzing('100001', '02A03', { omvang: null }), toewijzing('100002', '01A02')],
      starts: [{ toewijzingNummer: '100001', begindatum: '2026-03-01' }, { toewijzingNummer: '100002', begindatum: '2026-03-01' }],
      delegated: new Map([
        ['100001', { onderaannemer: '11223344', gereed: { prestatieId: '7', begindatum: '2026-03-01', einddatum: '2026-03-15' } }],
        ['100002', { onderaannemer: '11223344', gereed: null }],
      ]),
    }));
    expect(r.lines.map((l) => [l.toewijzingNummer, l.onderaannemer, l.onderaannemerPrestatieId, l.bedrag, l.dagenGeleverd])).toEqual([['100001', '11223344', '7', 16016, 15]]);
    expect(r.waiting).toEqual([{ bsn: BSN, toewijzingNummer: '100002', productCode: '01A02', onderaannemer: '11223344' }]);
  });

  it('carries the onderaannemer onto the credit and debet of a delegated month, recomputed on the days it was built on', () => {
    const march = earlier({ toewijzingNummer: '100001', productCategorie: '02', productCode: '02A03', eenheid: '83', geleverdVolume: 16016, productTarief: null, bedrag: 16016, onderaannemer: '11223344', dagenGeleverd: 15 });
    const r = ContractRegister.fromJson((() => {
      const j = json();
      j.producten.find((p) => p.productCode === '02A03')!.tarieven.push({ vanaf: '2026-03-01', tariefPerMaand: 34000 });
      return j;
    })());
    const out = buildDeclaratie(input({
      periode: '2026-04', register: r, declared: { first: '2026-03-01', latest: '2026-03-01' },
      toewijzingen: [toewijzing('100001', '02A03', { omvang: null })], prestaties: [march],
      delegated: new Map([['100001', { onderaannemer: '11223344', gereed: null }]]),
    }));
    expect(out.lines.map((l) => [l.soort, l.onderaannemer, l.bedrag])).toEqual([['credit', '11223344', 16016], ['debet', '11223344', Math.round((34000 * 15) / 31)]]);
  });

  it('refuses a month that was already declared, and a month after a gap with care in it (TR318)', () => {
    const base = input({ toewijzingen: [toewijzing('100002', '01A02')], starts: [{ toewijzingNummer: '100002', begindatum: '2026-03-01' }] });
    const refusal = (build: () => unknown): BuildRefused => {
      try {
        build();
      } catch (error) {
        if (error instanceof BuildRefused) return error;
        throw error;
      }
      throw new Error('expected the build to be refused');
    };
    const again = refusal(() => buildDeclaratie({ ...base, declared: { first: '2026-03-01', latest: '2026-03-01' } }));
    expect(again).toMatchObject({ code: 'ALREADY_DECLARED', message: expect.stringMatching(/al gedeclareerd .*Stel 2026-04 op: die declaratie bevat ook de correcties van 2026-03/) });
    expect(render(again.text, 'en')).toMatch(/already declared 2026-03 .*Build 2026-04: its declaratie also carries the corrections of 2026-03/);
    // a month before the latest one is named as itself, not as the latest month
    const before = refusal(() => buildDeclaratie({ ...base, periode: '2026-02', declared: { first: '2026-02-01', latest: '2026-03-01' } }));
    expect(before).toMatchObject({ code: 'ALREADY_DECLARED', message: expect.stringMatching(/^2026-02 ligt vóór 2026-03, de laatste maand .*Stel 2026-04 op: die declaratie bevat de correcties van 2026-02/) });
    expect(render(before.text, 'en')).toMatch(/^2026-02 lies before 2026-03, the latest month .*Build 2026-04: its declaratie carries the corrections of 2026-02/);
    expect(refusal(() => buildDeclaratie({ ...base, periode: '2026-05', declared: { first: '2026-03-01', latest: '2026-03-01' } }))).toMatchObject({
      code: 'MONTH_SKIPPED', message: expect.stringContaining('stel eerst de declaratie voor 2026-04 op (TR318: elke maand volgt op de vorige)'),
    });
    expect(() => buildDeclaratie({ ...base, periode: '2026-5' })).toThrow(/JJJJ-MM/);
  });

  it('catches up a month the aanbieder could not declare yet (a late toewijzing) after its first declaratie', () => {
    const r = buildDeclaratie(input({
      periode: '2026-05', declared: { first: '2026-03-01', latest: '2026-04-01' },
      toewijzingen: [toewijzing('100002', '01A02', { ingangsdatum: '2026-04-01' })], starts: [{ toewijzingNummer: '100002', begindatum: '2026-04-01' }],
    }));
    expect(r.lines.map((l) => [l.soort, l.periodeBegin])).toEqual([['nieuw', '2026-04-01'], ['nieuw', '2026-05-01']]);
  });
});
