import type {
  ParsedMessageOf,
  Wmo301ToegewezenProduct,
  Wmo305StartProduct,
  Wmo307StopProduct,
  Wmo315AangevraagdProduct,
  Wmo317Verzoek,
  Wmo319Antwoord,
} from '@lib/iwmo';
import {
  InMemoryToewijzingState,
  type AntwoordState,
  type StartProductState,
  type StopProductState,
  type ToegewezenProductState,
  type VerzoekState,
} from '../state/toewijzing-state';

/** The parties and client the builders below use unless told otherwise (Delft, one aanbieder, a test BSN). */
export const GEMEENTE = '0503';
export const AANBIEDER = '12345678';
export const BSN = '999990019';

/**
 * In-memory toewijzing state for rule tests: the same view the store loads, filled with
 * rows directly (add, withStart, ...) or by applying accepted messages (apply).
 */
export class FakeToewijzingState extends InMemoryToewijzingState {
  add(...products: ToegewezenProductState[]): this {
    this.products.push(...products);
    return this;
  }

  withProduct(overrides: Partial<ToegewezenProductState> = {}): this {
    return this.add(toegewezenProductState(overrides));
  }

  withStart(overrides: Partial<StartProductState> = {}): this {
    this.starts.push(startProductState(overrides));
    return this;
  }

  withStop(overrides: Partial<StopProductState> = {}): this {
    this.stops.push(stopProductState(overrides));
    return this;
  }

  withVerzoek(overrides: Partial<VerzoekState> = {}): this {
    this.verzoeken.push(verzoekState(overrides));
    return this;
  }

  withAntwoord(overrides: Partial<AntwoordState> = {}): this {
    this.antwoordberichten.push(antwoordState(overrides));
    return this;
  }
}

export const toegewezenProductState = (o: Partial<ToegewezenProductState> = {}): ToegewezenProductState => ({
  gemeente: GEMEENTE,
  aanbieder: AANBIEDER,
  bsn: BSN,
  toewijzingNummer: '260101',
  productCategorie: '01',
  productCode: '01A02',
  ingangsdatum: '2026-02-01',
  einddatum: '2026-12-31',
  redenWijziging: null,
  omvang: { volume: '1', eenheid: '82', frequentie: '4' },
  budget: null,
  toewijzingsdatum: '2026-01-22',
  toewijzingstijd: '10:15:00',
  referentieAanbieder: null,
  messageId: 'msg-301',
  ...o,
});

export const startProductState = (o: Partial<StartProductState> = {}): StartProductState => ({
  gemeente: GEMEENTE,
  aanbieder: AANBIEDER,
  bsn: BSN,
  toewijzingNummer: '260101',
  productCategorie: '01',
  productCode: '01A02',
  toewijzingIngangsdatum: '2026-02-01',
  begindatum: '2026-02-03',
  messageId: 'msg-305',
  ...o,
});

export const stopProductState = (o: Partial<StopProductState> = {}): StopProductState => ({
  ...startProductState(),
  redenBeeindiging: '20',
  einddatum: '2026-08-14',
  messageId: 'msg-307',
  ...o,
});

export const verzoekState = (o: Partial<VerzoekState> = {}): VerzoekState => ({
  soort: 'WMO315',
  gemeente: GEMEENTE,
  aanbieder: AANBIEDER,
  bsn: BSN,
  referentieAanbieder: 'ZD-2026-0311-1',
  dagtekening: '2026-04-14',
  afgehandeldDoor: null,
  messageId: 'msg-315',
  ...o,
});

export const antwoordState = (o: Partial<AntwoordState> = {}): AntwoordState => ({
  gemeente: GEMEENTE,
  aanbieder: AANBIEDER,
  referentieAanbieder: 'ZD-2026-0311-1',
  verzoekAntwoord: '2',
  redenAfwijzingVerzoek: null,
  dagtekening: '2026-04-16',
  messageId: 'msg-319',
  ...o,
});

// ---------------------------------------------------------------------------
// Typed messages for rule tests, with only what the cross-message rules read filled meaningfully.

interface Parties {
  gemeente?: string;
  aanbieder?: string;
  bsn?: string;
  dagtekening?: string;
  identificatie?: string;
}

const header = (berichtCode: string, afzender: string, ontvanger: string, p: Parties) => ({
  BerichtCode: berichtCode,
  BerichtVersie: '3',
  BerichtSubversie: '2',
  Afzender: afzender,
  Ontvanger: ontvanger,
  BerichtIdentificatie: { Identificatie: p.identificatie ?? 'TEST-0001', Dagtekening: p.dagtekening ?? '2026-06-01' },
  XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
});

const client = (p: Parties) => ({
  Bsn: p.bsn ?? BSN,
  Geboortedatum: { Datum: '1948-03-14' },
  Geslacht: '2' as const,
  Naam: { Geslachtsnaam: { Achternaam: 'Bakker' }, Voorletters: 'JM' },
});

export function wmo301(products: Array<Partial<Wmo301ToegewezenProduct>>, p: Parties = {}): ParsedMessageOf<'WMO301'> {
  return {
    code: 'WMO301',
    bericht: {
      Header: header('414', p.gemeente ?? GEMEENTE, p.aanbieder ?? AANBIEDER, p),
      Client: {
        ...client(p),
        Naam: { Geslachtsnaam: { Achternaam: 'Bakker' }, Voorletters: 'JM', NaamGebruik: '1' },
        Contactgegevens: { Contact: [{ Soort: '01' }] },
        ToegewezenProducten: {
          ToegewezenProduct: products.map((o) => ({
            ToewijzingNummer: '260101',
            Product: { Categorie: '01', Code: '01A02' },
            Toewijzingsdatum: '2026-01-22',
            Toewijzingstijd: '10:15:00',
            Ingangsdatum: '2026-02-01',
            Einddatum: '2026-12-31',
            Omvang: { Volume: '1', Eenheid: '82', Frequentie: '4' },
            ...o,
          })),
        },
      },
    },
  };
}

export function wmo305(products: Array<Partial<Wmo305StartProduct>>, p: Parties = {}): ParsedMessageOf<'WMO305'> {
  return {
    code: 'WMO305',
    bericht: {
      Header: header('418', p.aanbieder ?? AANBIEDER, p.gemeente ?? GEMEENTE, p),
      Client: {
        ...client(p),
        StartProducten: {
          StartProduct: products.map((o) => ({
            ToewijzingNummer: '260101',
            Product: { Categorie: '01', Code: '01A02' },
            ToewijzingIngangsdatum: '2026-02-01',
            Begindatum: '2026-02-03',
            StatusAanlevering: '1',
            ...o,
          })),
        },
      },
    },
  };
}

export function wmo307(products: Array<Partial<Wmo307StopProduct>>, p: Parties = {}): ParsedMessageOf<'WMO307'> {
  return {
    code: 'WMO307',
    bericht: {
      Header: header('420', p.aanbieder ?? AANBIEDER, p.gemeente ?? GEMEENTE, p),
      Client: {
        ...client(p),
        StopProducten: {
          StopProduct: products.map((o) => ({
            ToewijzingNummer: '260101',
            Product: { Categorie: '01', Code: '01A02' },
            ToewijzingIngangsdatum: '2026-02-01',
            Begindatum: '2026-02-03',
            RedenBeeindiging: '20',
            Einddatum: '2026-08-14',
            StatusAanlevering: '1',
            ...o,
          })),
        },
      },
    },
  };
}

export function wmo315(products: Array<Partial<Wmo315AangevraagdProduct>>, p: Parties = {}): ParsedMessageOf<'WMO315'> {
  return {
    code: 'WMO315',
    bericht: {
      Header: header('444', p.aanbieder ?? AANBIEDER, p.gemeente ?? GEMEENTE, p),
      Client: {
        ...client(p),
        AangevraagdeProducten: {
          AangevraagdProduct: products.map((o) => ({
            ReferentieAanbieder: 'ZD-2026-0311-1',
            Product: { Categorie: '01', Code: '01A02' },
            ToewijzingIngangsdatum: '2026-05-01',
            Omvang: { Volume: '1', Eenheid: '82', Frequentie: '4' },
            Verwijzer: { Type: '06' },
            ...o,
          })),
        },
      },
    },
  };
}

export function wmo317(verzoek: Partial<Wmo317Verzoek>, p: Parties = {}): ParsedMessageOf<'WMO317'> {
  return {
    code: 'WMO317',
    bericht: {
      Header: header('480', p.aanbieder ?? AANBIEDER, p.gemeente ?? GEMEENTE, p),
      Client: { Bsn: p.bsn ?? BSN, Verzoek: { ReferentieAanbieder: 'ZD-VOW-2026-0088', RedenVerzoek: '2', ...verzoek } },
    },
  };
}

export function wmo319(antwoord: Partial<Wmo319Antwoord>, p: Parties = {}): ParsedMessageOf<'WMO319'> {
  return {
    code: 'WMO319',
    bericht: {
      Header: header('482', p.gemeente ?? GEMEENTE, p.aanbieder ?? AANBIEDER, p),
      Antwoord: { ReferentieAanbieder: 'ZD-2026-0311-1', VerzoekAntwoord: '2', ...antwoord },
    },
  };
}
