/**
 * In-memory declaratie state for rule tests, with the same semantics as the store's
 * loaded view (libs/persistence DeclaratieStateRepository), and builders for declaraties
 * (323), declaratie-antwoorden (325), earlier prestaties and toegewezen products.
 * Rows added here are taken as accepted and not rejected as a whole.
 */
import type { ParsedMessageOf, Wmo323Prestatie, Wmo325Prestatie } from '@lib/iwmo';
import {
  antwoordOutcome,
  NO_REMARK,
  rejectedPrestaties,
  type AnsweredDeclaratie,
  DebetKey,
  DeclaratieState,
  DeclaratieStateView,
  DeclaredTotals,
  Periode,
  PrestatieState,
} from '../state/declaratie-state';
import type { ToegewezenProductState } from '../state/toewijzing-state';
import type { HeaderStateView } from '../state/state-view';
import { ContractRegister } from '../config/contract-register';
import type { Finding, RuleContext } from '../rule';
import { partiesOf, prestatiesOf } from '../rules/declaratie.support';
import { FakeToewijzingState } from './fake-toewijzing-state';

export class FakeDeclaratieState implements DeclaratieStateView {
  readonly prestatieRows: PrestatieState[] = [];
  readonly declaratieRows: DeclaratieState[] = [];

  /** Earlier prestaties (defaults: prestatieState). */
  add(...prestaties: Array<Partial<PrestatieState>>): this {
    this.prestatieRows.push(...prestaties.map(prestatieState));
    return this;
  }

  /** Earlier declaraties (defaults: declaratieState). */
  addDeclaratie(...declaraties: Array<Partial<DeclaratieState>>): this {
    this.declaratieRows.push(...declaraties.map(declaratieState));
    return this;
  }

  /**
   * Records an accepted message as the store does: a 323's prestaties ingediend (those with a
   * prestatie-level finding afgewezen); a 325 marks the prestaties it lists afgewezen and the
   * rest toegekend, or drops the whole declaratie when it rejects it as a whole.
   */
  apply(message: ParsedMessageOf<'WMO323'> | ParsedMessageOf<'WMO325'>, findings: readonly Finding[] = []): this {
    const { gemeente, aanbieder } = partiesOf(message);
    if (message.code === 'WMO323') {
      const d = message.bericht.Declaratie;
      const rejected = rejectedPrestaties(findings);
      this.declaratieRows.push({
        gemeente,
        aanbieder,
        declaratieNummer: d.DeclaratieNummer.trim(),
        declaratiePeriode: { begindatum: d.DeclaratiePeriode.Begindatum.trim(), einddatum: d.DeclaratiePeriode.Einddatum.trim() },
        identificatie: message.bericht.Header.BerichtIdentificatie.Identificatie.trim(),
        dagtekening: message.bericht.Header.BerichtIdentificatie.Dagtekening.trim(),
        status: 'ingediend',
      });
      for (const p of prestatiesOf(message)) {
        const codes = rejected.get(p.path);
        this.prestatieRows.push({
          gemeente,
          aanbieder,
          declaratieNummer: d.DeclaratieNummer.trim(),
          bsn: p.bsn,
          referentieNummer: p.referentieNummer,
          vorigReferentieNummer: p.vorigReferentieNummer,
          toewijzingNummer: p.toewijzingNummer,
          productCategorie: p.prestatie.ProductCategorie.trim(),
          productCode: p.prestatie.ProductCode.trim(),
          productPeriode: p.periode,
          geleverdVolume: Number(p.prestatie.GeleverdVolume),
          eenheid: p.prestatie.Eenheid.trim(),
          productTarief: p.prestatie.ProductTarief === undefined ? null : Number(p.prestatie.ProductTarief),
          bedrag: Number(p.prestatie.IngediendBedrag.Bedrag),
          debetCredit: p.debet ? 'D' : 'C',
          status: codes ? 'afgewezen' : 'ingediend',
          retourcodes: codes ?? [],
        });
      }
      return this;
    }
    const { Identificatie, Dagtekening } = message.bericht.Header.DeclaratieIdentificatie;
    const declaratie = this.declaratieRows.find((d) => d.gemeente === gemeente && d.aanbieder === aanbieder && d.identificatie === Identificatie.trim() && d.dagtekening === Dagtekening.trim());
    const outcome = antwoordOutcome(message);
    // a second answer to the same 323 changes nothing (IV087: one 325 per 323)
    if (!declaratie || declaratie.status !== 'ingediend' || outcome.kind === 'duplicate') return this;
    const mine = (p: PrestatieState) => p.gemeente === gemeente && p.aanbieder === aanbieder && p.declaratieNummer === declaratie.declaratieNummer;
    if (outcome.kind === 'whole') {
      // rejected as a whole: as if never sent (IV087)
      this.declaratieRows.splice(this.declaratieRows.indexOf(declaratie), 1);
      this.prestatieRows.splice(0, this.prestatieRows.length, ...this.prestatieRows.filter((p) => !mine(p)));
      return this;
    }
    declaratie.status = 'beantwoord';
    // a rejected client's codes go to the prestaties it lists (with 0233)
    const listed = new Map<string, string[]>();
    for (const client of message.bericht.DeclaratieAntwoord?.Clienten?.Client ?? []) {
      const clientCodes = client.RetourCodes.RetourCode.map((c) => c.trim()).filter((c) => !NO_REMARK.includes(c));
      for (const p of client.Prestaties.Prestatie) listed.set(p.ProductReferentie.ReferentieNummer.trim(), [...p.RetourCodes.RetourCode.map((c) => c.trim()), ...clientCodes]);
    }
    for (const p of this.prestatieRows.filter(mine)) {
      const codes = listed.get(p.referentieNummer);
      if (codes) Object.assign(p, { status: 'afgewezen', retourcodes: [...new Set([...p.retourcodes, ...codes])].sort() });
      else if (p.status === 'ingediend') p.status = 'toegekend';
    }
    return this;
  }

  prestaties(aanbieder: string, referentieNummer: string): readonly PrestatieState[] {
    return this.prestatieRows.filter((p) => p.aanbieder === aanbieder && p.referentieNummer === referentieNummer);
  }

  credits(aanbieder: string, referentieNummer: string): readonly PrestatieState[] {
    return this.prestatieRows.filter((p) => p.aanbieder === aanbieder && p.debetCredit === 'C' && p.vorigReferentieNummer === referentieNummer);
  }

  openDebets(gemeente: string, aanbieder: string, key: DebetKey): readonly PrestatieState[] {
    return this.prestatieRows.filter(
      (p) =>
        p.gemeente === gemeente &&
        p.aanbieder === aanbieder &&
        p.debetCredit === 'D' &&
        p.status !== 'afgewezen' &&
        p.toewijzingNummer === key.toewijzingNummer &&
        p.productCategorie === key.productCategorie &&
        p.productCode === key.productCode &&
        overlaps(p.productPeriode, key.productPeriode) &&
        !this.credits(aanbieder, p.referentieNummer).some((c) => c.status !== 'afgewezen'),
    );
  }

  declared(gemeente: string, aanbieder: string, toewijzingNummer: string): DeclaredTotals {
    const volumePerEenheid: Record<string, number> = {};
    let bedrag = 0;
    for (const p of this.prestatieRows) {
      if (p.gemeente !== gemeente || p.aanbieder !== aanbieder || p.toewijzingNummer !== toewijzingNummer || p.status === 'afgewezen') continue;
      const sign = p.debetCredit === 'D' ? 1 : -1;
      volumePerEenheid[p.eenheid] = (volumePerEenheid[p.eenheid] ?? 0) + sign * p.geleverdVolume;
      bedrag += sign * p.bedrag;
    }
    return { volumePerEenheid, bedrag };
  }

  declaratie(aanbieder: string, declaratieNummer: string): DeclaratieState | undefined {
    return this.declaratieRows.find((d) => d.aanbieder === aanbieder && d.declaratieNummer === declaratieNummer);
  }

  latestDeclaratiePeriode(gemeente: string, aanbieder: string): Periode | undefined {
    return this.declaratieRows
      .filter((d) => d.gemeente === gemeente && d.aanbieder === aanbieder)
      .map((d) => d.declaratiePeriode)
      .sort((a, b) => b.begindatum.localeCompare(a.begindatum))[0];
  }

  answered(gemeente: string, aanbieder: string, identificatie: string, dagtekening: string): AnsweredDeclaratie | undefined {
    const declaratie = this.declaratieRows.find((d) => d.gemeente === gemeente && d.aanbieder === aanbieder && d.identificatie === identificatie && d.dagtekening === dagtekening);
    if (!declaratie) return undefined;
    const rows = this.prestatieRows.filter((p) => p.gemeente === gemeente && p.aanbieder === aanbieder && p.declaratieNummer === declaratie.declaratieNummer);
    return { declaratie, prestatie: (ref) => rows.find((p) => p.referentieNummer === ref), afgewezen: rows.filter((p) => p.status === 'afgewezen') };
  }
}

const overlaps = (a: Periode, b: Periode): boolean => a.begindatum <= b.einddatum && b.begindatum <= a.einddatum;

// ------------------------------------------------------------------ builders

/** A rule context for declaratie rules: the toegewezen products (default: one), earlier declaraties, a contract register. */
export function declaratieContext(
  parts: { toewijzingen?: ToegewezenProductState[]; declaraties?: FakeDeclaratieState; contracts?: ContractRegister; today?: string } = {},
): RuleContext {
  return {
    today: parts.today ?? '2026-11-22',
    config: { contracts: parts.contracts ?? ContractRegister.empty() },
    state: {
      header: headerOfDeclaraties(parts.declaraties ?? new FakeDeclaratieState()),
      toewijzingen: new FakeToewijzingState().add(...(parts.toewijzingen ?? [toegewezenProduct()])),
      declaraties: parts.declaraties ?? new FakeDeclaratieState(),
    },
  };
}

/** Header state in which every declaratie of `declaraties` is a heenbericht routed to its gemeente, not answered yet. */
function headerOfDeclaraties(declaraties: FakeDeclaratieState): HeaderStateView {
  return {
    identificatieUsed: () => false,
    heenbericht: (key) => {
      if (key.code !== 'WMO323') return undefined;
      const d = declaraties.declaratieRows.find((r) => r.aanbieder === key.afzender && r.identificatie === key.identificatie && r.dagtekening === key.dagtekening);
      return d && { id: `declaratie-${d.declaratieNummer}`, ontvanger: d.gemeente, answered: d.status === 'beantwoord' };
    },
  };
}

/** The parties and client of the builders unless told otherwise: Delft, Demo Thuiszorg, a test BSN. */
export const GEMEENTE = '0503';
export const AANBIEDER = '12345678';
export const BSN = '999990019';

/** An earlier prestatie: a toegekend debet for February 2026 on toewijzing 260101 (ORH trede 2). */
export function prestatieState(overrides: Partial<PrestatieState> = {}): PrestatieState {
  return {
    gemeente: GEMEENTE,
    aanbieder: AANBIEDER,
    declaratieNummer: 'D2602',
    bsn: BSN,
    referentieNummer: 'R2602-0001',
    vorigReferentieNummer: null,
    toewijzingNummer: '260101',
    productCategorie: '01',
    productCode: '01A02',
    productPeriode: { begindatum: '2026-02-01', einddatum: '2026-02-28' },
    geleverdVolume: 1,
    eenheid: '82',
    productTarief: 24500,
    bedrag: 24500,
    debetCredit: 'D',
    status: 'toegekend',
    retourcodes: [],
    ...overrides,
  };
}

/** An earlier declaratie: February 2026, answered. */
export function declaratieState(overrides: Partial<DeclaratieState> = {}): DeclaratieState {
  return {
    gemeente: GEMEENTE,
    aanbieder: AANBIEDER,
    declaratieNummer: 'D2602',
    declaratiePeriode: { begindatum: '2026-02-01', einddatum: '2026-02-28' },
    identificatie: 'DECL-2602',
    dagtekening: '2026-03-03',
    status: 'beantwoord',
    ...overrides,
  };
}

/** A toegewezen product: ORH trede 2 (01A02), one stuk (output) per month in 2026. */
export function toegewezenProduct(overrides: Partial<ToegewezenProductState> = {}): ToegewezenProductState {
  return {
    gemeente: GEMEENTE,
    aanbieder: AANBIEDER,
    bsn: BSN,
    toewijzingNummer: '260101',
    productCategorie: '01',
    productCode: '01A02',
    ingangsdatum: '2026-01-01',
    einddatum: '2026-12-31',
    redenWijziging: null,
    omvang: { volume: '1', eenheid: '82', frequentie: '4' },
    budget: null,
    toewijzingsdatum: '2025-12-15',
    toewijzingstijd: '10:00:00',
    referentieAanbieder: null,
    ...overrides,
  };
}

/** A prestatie of a 323: March 2026 on toewijzing 260101, 1 x 24500 debet. */
export function prestatie(overrides: Partial<Omit<Wmo323Prestatie, 'ProductReferentie'>> & { ref?: string; vorig?: string } = {}): Wmo323Prestatie {
  const { ref = 'R2603-0001', vorig, ...rest } = overrides;
  return {
    ProductReferentie: vorig === undefined ? { ReferentieNummer: ref } : { ReferentieNummer: ref, VorigReferentieNummer: vorig },
    ToewijzingNummer: '260101',
    ProductCategorie: '01',
    ProductCode: '01A02',
    ProductPeriode: { Begindatum: '2026-03-01', Einddatum: '2026-03-31' },
    GeleverdVolume: '1',
    Eenheid: '82',
    ProductTarief: '24500',
    IngediendBedrag: { Bedrag: '24500', DebetCredit: 'D' },
    ...rest,
  };
}

export interface DeclaratieSpec {
  aanbieder?: string;
  gemeente?: string;
  identificatie?: string;
  dagtekening?: string;
  declaratieNummer?: string;
  /** YYYY-MM: the calendar month declared */
  periode?: string;
  clienten?: Array<{ bsn?: string; prestaties: Wmo323Prestatie[] }>;
}

const lastDay = (month: string): string => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
const signed = (p: { Bedrag: string; DebetCredit: string }) => (p.DebetCredit === 'D' ? 1 : -1) * Number(p.Bedrag);

/** A declaratie (323) for March 2026 with one prestatie unless told otherwise; the total follows the prestaties. */
export function declaratie(spec: DeclaratieSpec = {}): ParsedMessageOf<'WMO323'> {
  const month = spec.periode ?? '2026-03';
  const clienten = spec.clienten ?? [{ prestaties: [prestatie()] }];
  const total = clienten.flatMap((c) => c.prestaties).reduce((sum, p) => sum + signed(p.IngediendBedrag), 0);
  return {
    code: 'WMO323',
    bericht: {
      Header: {
        BerichtCode: '484',
        BerichtVersie: '3',
        BerichtSubversie: '2',
        Afzender: spec.aanbieder ?? AANBIEDER,
        Ontvanger: spec.gemeente ?? GEMEENTE,
        BerichtIdentificatie: { Identificatie: spec.identificatie ?? 'DECL-2603', Dagtekening: spec.dagtekening ?? '2026-04-03' },
        XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
      },
      Declaratie: {
        DeclaratieNummer: spec.declaratieNummer ?? 'D2603',
        DeclaratiePeriode: { Begindatum: `${month}-01`, Einddatum: lastDay(month) },
        DeclaratieDagtekening: spec.dagtekening ?? '2026-04-03',
        TotaalIngediendBedrag: { TotaalBedrag: String(Math.abs(total)), DebetCredit: total < 0 ? 'C' : 'D' },
        Clienten: { Client: clienten.map((c) => ({ Bsn: c.bsn ?? BSN, Prestaties: { Prestatie: c.prestaties } })) },
      },
    },
  };
}

/** A returned (rejected) prestatie of a 325: the 323 prestatie with its retourcodes. */
export function afgewezen(p: Wmo323Prestatie, ...retourcodes: string[]): Wmo325Prestatie {
  return { ...structuredClone(p), RetourCodes: { RetourCode: retourcodes as Wmo325Prestatie['RetourCodes']['RetourCode'] } };
}

export interface AntwoordSpec {
  aanbieder?: string;
  gemeente?: string;
  identificatie?: string;
  /** the answered 323's BerichtIdentificatie */
  declaratieIdentificatie?: string;
  declaratieDagtekening?: string;
  declaratieNummer?: string;
  headerCodes?: string[];
  /** DeclaratieAntwoord's own codes; without DeclaratieAntwoord when `header` rejects it */
  declaratieCodes?: string[];
  clienten?: Array<{ bsn?: string; codes?: string[]; prestaties: Wmo325Prestatie[] }>;
  ingediend?: number;
  toegekend?: number;
}

/** A declaratie-antwoord (325) on declaratie() unless told otherwise. */
export function declaratieAntwoord(spec: AntwoordSpec = {}): ParsedMessageOf<'WMO325'> {
  const codes = (list: string[]) => ({ RetourCode: list as Wmo325Prestatie['RetourCodes']['RetourCode'] });
  const headerCodes = spec.headerCodes ?? ['0200'];
  const clienten = spec.clienten ?? [];
  const antwoord = headerCodes.some((c) => c !== '0200')
    ? undefined
    : {
        DeclaratieNummer: spec.declaratieNummer ?? 'D2603',
        TotaalIngediendBedrag: { TotaalBedrag: String(spec.ingediend ?? 24500), DebetCredit: 'D' as const },
        TotaalToegekendBedrag: { TotaalBedrag: String(spec.toegekend ?? 24500), DebetCredit: 'D' as const },
        ...(clienten.length > 0
          ? { Clienten: { Client: clienten.map((c) => ({ Bsn: c.bsn ?? BSN, Prestaties: { Prestatie: c.prestaties }, RetourCodes: codes(c.codes ?? ['0200']) })) } }
          : {}),
        RetourCodes: codes(spec.declaratieCodes ?? ['0200']),
      };
  return {
    code: 'WMO325',
    bericht: {
      Header: {
        BerichtCode: '485',
        BerichtVersie: '3',
        BerichtSubversie: '2',
        Afzender: spec.gemeente ?? GEMEENTE,
        Ontvanger: spec.aanbieder ?? AANBIEDER,
        BerichtIdentificatie: { Identificatie: spec.identificatie ?? 'ANTW-2603', Dagtekening: '2026-04-10' },
        XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
        DeclaratieIdentificatie: { Identificatie: spec.declaratieIdentificatie ?? 'DECL-2603', Dagtekening: spec.declaratieDagtekening ?? '2026-04-03' },
        XsdVersieDeclaratie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
        RetourCodes: codes(headerCodes),
      },
      ...(antwoord ? { DeclaratieAntwoord: antwoord } : {}),
    },
  };
}
