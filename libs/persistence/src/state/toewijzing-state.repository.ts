import type { ParsedMessage } from '@lib/iwmo';
import {
  canonicalNummer,
  effectsOf,
  InMemoryToewijzingState,
  partiesOf,
  type AntwoordState,
  type StartProductState,
  type StopProductState,
  type ToegewezenProductState,
  type ToewijzingStateView,
  type VerzoekState,
} from '@lib/rules';
import { bsnHash, openText, sealBsn } from '../crypto';
import type { Queryable } from '../database';

/**
 * The toewijzing state (migration 002) on PostgreSQL or PGlite.
 *
 * load() reads what one message's rules need with at most one query per table, whatever the
 * size of the message: it first collects the message's keys (gemeente, aanbieder, Bsn, the
 * ToewijzingNummers, the ReferentieAanbieders) and asks for all of them at once with
 * `= ANY($n)`. A declaratie of 50,000 prestaties costs one query for its toegewezen products.
 * The answer is an in-memory view the rules read synchronously.
 *
 * Bsns are stored as bsn_hash (the lookup hash: what queries filter and match on) and bsn_sealed
 * (opened for the view; migration 013), so no client's Bsn is in the tables in plaintext.
 *
 * apply() writes the effects of an accepted message (effectsOf in libs/rules) on the Queryable
 * given to the constructor, so the gateway passes the transaction that accepts the message:
 * at most one statement per kind of effect, rows passed as arrays to unnest().
 */
export class ToewijzingStateRepository {
  constructor(private readonly db: Queryable) {}

  async load(message: ParsedMessage): Promise<ToewijzingStateView> {
    const state = new InMemoryToewijzingState();
    // Retourberichten are not judged against state.
    if (!JUDGED.has(message.code)) return state;
    const { gemeente, aanbieder } = partiesOf(message);
    switch (message.code) {
      case 'WMO301': {
        const products = message.bericht.Client.ToegewezenProducten.ToegewezenProduct;
        // TR332 compares numbers across all aanbieders of the gemeente.
        state.products.push(...(await this.currentProducts('gemeente = $1 AND toewijzing_nummer = ANY($2)', [gemeente, nummers(products)])));
        const referenties = distinct(products.flatMap((p) => (p.ReferentieAanbieder === undefined ? [] : [p.ReferentieAanbieder])));
        if (referenties.length) state.verzoeken.push(...(await this.verzoeken('aanbieder = $1 AND referentie_aanbieder = ANY($2)', [aanbieder, referenties])));
        break;
      }
      case 'WMO305':
      case 'WMO307': {
        const { Bsn } = message.bericht.Client;
        const items = message.code === 'WMO305' ? message.bericht.Client.StartProducten.StartProduct : message.bericht.Client.StopProducten.StopProduct;
        const withNummer = items.flatMap((p) => (p.ToewijzingNummer === undefined ? [] : [{ ToewijzingNummer: p.ToewijzingNummer }]));
        if (withNummer.length) {
          state.products.push(...(await this.currentProducts('gemeente = $1 AND aanbieder = $2 AND toewijzing_nummer = ANY($3)', [gemeente, aanbieder, nummers(withNummer)])));
        }
        state.starts.push(...(await this.starts([gemeente, aanbieder, bsnHash(Bsn)])));
        state.stops.push(...(await this.stops([gemeente, aanbieder, bsnHash(Bsn)])));
        break;
      }
      case 'WMO315': {
        const { Bsn, AangevraagdeProducten } = message.bericht.Client;
        const referenties = distinct(AangevraagdeProducten.AangevraagdProduct.map((p) => p.ReferentieAanbieder));
        state.verzoeken.push(...(await this.verzoekenOf(aanbieder, referenties, gemeente, Bsn)));
        break;
      }
      case 'WMO317': {
        const { Bsn, Verzoek } = message.bericht.Client;
        state.verzoeken.push(...(await this.verzoekenOf(aanbieder, [Verzoek.ReferentieAanbieder], gemeente, Bsn)));
        const referred = [...(Verzoek.OngewijzigdeProducten?.OngewijzigdProduct ?? []), ...(Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? [])];
        // All toewijzingen of the client (TR349), and those the verzoek names, which may be another client's (TR350, TR351).
        state.products.push(
          ...(await this.currentProducts('gemeente = $1 AND aanbieder = $2 AND (bsn_hash = $3 OR toewijzing_nummer = ANY($4))', [gemeente, aanbieder, bsnHash(Bsn), nummers(referred)])),
        );
        break;
      }
      case 'WMO319': {
        const { ReferentieAanbieder } = message.bericht.Antwoord;
        state.verzoeken.push(...(await this.verzoeken('aanbieder = $1 AND referentie_aanbieder = $2', [aanbieder, ReferentieAanbieder])));
        state.antwoordberichten.push(...(await this.antwoorden([gemeente, aanbieder, ReferentieAanbieder])));
        // Every version of the toewijzingen that carried the ReferentieAanbieder, so the view stays right about which is current (TR359).
        state.products.push(
          ...(await this.versions(
            `gemeente = $1 AND aanbieder = $2 AND toewijzing_nummer IN (
               SELECT toewijzing_nummer FROM toegewezen_product_versions WHERE gemeente = $1 AND aanbieder = $2 AND referentie_aanbieder = $3)`,
            [gemeente, aanbieder, ReferentieAanbieder],
          )),
        );
        break;
      }
      case 'WMO323': {
        // The declaratie rules ask toegewezenProduct once per prestatie: load every ToewijzingNummer of the declaratie at once.
        const prestaties = message.bericht.Declaratie.Clienten.Client.flatMap((c) => c.Prestaties.Prestatie);
        if (prestaties.length) state.products.push(...(await this.currentProducts('gemeente = $1 AND aanbieder = $2 AND toewijzing_nummer = ANY($3)', [gemeente, aanbieder, nummers(prestaties)])));
        break;
      }
      case 'WMO325': {
        const prestaties = (message.bericht.DeclaratieAntwoord?.Clienten?.Client ?? []).flatMap((c) => c.Prestaties.Prestatie);
        if (prestaties.length) state.products.push(...(await this.currentProducts('gemeente = $1 AND aanbieder = $2 AND toewijzing_nummer = ANY($3)', [gemeente, aanbieder, nummers(prestaties)])));
        break;
      }
      default:
        break;
    }
    return state;
  }

  async apply(message: ParsedMessage, meta: { messageId: string }): Promise<void> {
    const e = effectsOf(message, meta.messageId);
    // Removals first: a message may remove a wrong start or stop and send the right one (OP033).
    if (e.startRemovals.length) {
      const r = e.startRemovals;
      await this.db.query(
        `UPDATE start_producten s SET removed_by = $1
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[])
             AS k (gemeente, aanbieder, bsn_hash, toewijzing_nummer, product_categorie, product_code, begindatum)
          WHERE s.removed_by IS NULL AND ${START_KEY_MATCH}`,
        [meta.messageId, ...columns(r, (x) => [x.gemeente, x.aanbieder, bsnHash(x.bsn), x.toewijzingNummer, x.productCategorie, x.productCode, x.begindatum])],
      );
    }
    if (e.stopRemovals.length) {
      const r = e.stopRemovals;
      await this.db.query(
        `UPDATE stop_producten s SET removed_by = $1
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[], $10::date[])
             AS k (gemeente, aanbieder, bsn_hash, toewijzing_nummer, product_categorie, product_code, begindatum, reden_beeindiging, einddatum)
          WHERE s.removed_by IS NULL AND ${START_KEY_MATCH} AND s.reden_beeindiging = k.reden_beeindiging AND s.einddatum = k.einddatum`,
        [meta.messageId, ...columns(r, (x) => [x.gemeente, x.aanbieder, bsnHash(x.bsn), x.toewijzingNummer, x.productCategorie, x.productCode, x.begindatum, x.redenBeeindiging, x.einddatum])],
      );
    }
    if (e.products.length) {
      await this.insert('toegewezen_product_versions', PRODUCT_COLUMNS, e.products, (p) => [
        p.gemeente, p.aanbieder, ...bsnColumns(p.bsn), p.toewijzingNummer, p.referentieAanbieder, p.productCategorie, p.productCode,
        p.toewijzingsdatum, p.toewijzingstijd, p.ingangsdatum, p.einddatum, p.redenWijziging,
        p.omvang?.volume ?? null, p.omvang?.eenheid ?? null, p.omvang?.frequentie ?? null, p.budget, meta.messageId,
      ]);
    }
    if (e.starts.length) {
      await this.insert('start_producten', START_COLUMNS, e.starts, (s) => [
        s.gemeente, s.aanbieder, ...bsnColumns(s.bsn), s.toewijzingNummer, s.productCategorie, s.productCode, s.toewijzingIngangsdatum, s.begindatum, meta.messageId,
      ]);
    }
    if (e.stops.length) {
      await this.insert('stop_producten', STOP_COLUMNS, e.stops, (s) => [
        s.gemeente, s.aanbieder, ...bsnColumns(s.bsn), s.toewijzingNummer, s.productCategorie, s.productCode, s.toewijzingIngangsdatum, s.begindatum,
        s.redenBeeindiging, s.einddatum, meta.messageId,
      ]);
    }
    if (e.verzoeken.length) {
      await this.insert('verzoeken', VERZOEK_COLUMNS, e.verzoeken, (v) => [
        v.soort, v.gemeente, v.aanbieder, ...bsnColumns(v.bsn), v.referentieAanbieder, v.dagtekening, meta.messageId,
      ]);
    }
    if (e.antwoorden.length) {
      await this.insert('antwoorden', ANTWOORD_COLUMNS, e.antwoorden, (a) => [
        a.gemeente, a.aanbieder, a.referentieAanbieder, a.verzoekAntwoord, a.redenAfwijzingVerzoek, a.dagtekening, meta.messageId,
      ]);
    }
    if (e.afgehandeld.length) {
      await this.db.query(
        `UPDATE verzoeken v SET afgehandeld_door = k.door, afgehandeld_message_id = $1
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS k (gemeente, aanbieder, referentie_aanbieder, door)
          WHERE v.afgehandeld_door IS NULL AND v.gemeente = k.gemeente AND v.aanbieder = k.aanbieder
            AND v.referentie_aanbieder = k.referentie_aanbieder`,
        [meta.messageId, ...columns(e.afgehandeld, (a) => [a.gemeente, a.aanbieder, a.referentieAanbieder, a.door])],
      );
    }
  }

  // ------------------------------------------------------------------ reads

  /**
   * The current version of every toewijzing of `aanbieder` at `gemeente`, in one query whatever the
   * number of clients (the declaratie builder reads them in bulk).
   */
  currentProductsOf(gemeente: string, aanbieder: string): Promise<ToegewezenProductState[]> {
    return this.currentProducts('gemeente = $1 AND aanbieder = $2', [gemeente, aanbieder]);
  }

  /** The current version per toewijzing among those matching `where` (one query). */
  private async currentProducts(where: string, params: unknown[]): Promise<ToegewezenProductState[]> {
    const { rows } = await this.db.query<ProductRow>(
      `SELECT DISTINCT ON (gemeente, aanbieder, toewijzing_nummer) ${PRODUCT_SELECT}
         FROM toegewezen_product_versions WHERE ${where}
        ORDER BY gemeente, aanbieder, toewijzing_nummer, toewijzingsdatum DESC, toewijzingstijd DESC, id DESC`,
      params,
    );
    return rows.map(toProduct);
  }

  /** All versions matching `where`, in order of arrival (one query). */
  private async versions(where: string, params: unknown[]): Promise<ToegewezenProductState[]> {
    const { rows } = await this.db.query<ProductRow>(`SELECT ${PRODUCT_SELECT} FROM toegewezen_product_versions WHERE ${where} ORDER BY id`, params);
    return rows.map(toProduct);
  }

  private async starts(params: [string, string, string]): Promise<StartProductState[]> {
    const { rows } = await this.db.query<StartRow>(
      `SELECT gemeente, aanbieder, bsn_sealed, toewijzing_nummer, product_categorie, product_code, toewijzing_ingangsdatum, begindatum, message_id
         FROM start_producten WHERE gemeente = $1 AND aanbieder = $2 AND bsn_hash = $3 AND removed_by IS NULL ORDER BY id`,
      params,
    );
    return rows.map(toStart);
  }

  private async stops(params: [string, string, string]): Promise<StopProductState[]> {
    const { rows } = await this.db.query<StartRow & { reden_beeindiging: string; einddatum: string }>(
      `SELECT gemeente, aanbieder, bsn_sealed, toewijzing_nummer, product_categorie, product_code, toewijzing_ingangsdatum, begindatum,
              reden_beeindiging, einddatum, message_id
         FROM stop_producten WHERE gemeente = $1 AND aanbieder = $2 AND bsn_hash = $3 AND removed_by IS NULL ORDER BY id`,
      params,
    );
    return rows.map((r) => ({ ...toStart(r), redenBeeindiging: r.reden_beeindiging, einddatum: r.einddatum }));
  }

  /** The verzoeken with these ReferentieAanbieders (TR347) and the client's verzoeken (TR374), in one query. */
  private verzoekenOf(aanbieder: string, referenties: string[], gemeente: string, bsn: string): Promise<VerzoekState[]> {
    return this.verzoeken('aanbieder = $1 AND (referentie_aanbieder = ANY($2) OR (gemeente = $3 AND bsn_hash = $4))', [aanbieder, referenties, gemeente, bsnHash(bsn)]);
  }

  private async verzoeken(where: string, params: unknown[]): Promise<VerzoekState[]> {
    const { rows } = await this.db.query<VerzoekRow>(
      `SELECT soort, gemeente, aanbieder, bsn_sealed, referentie_aanbieder, dagtekening, afgehandeld_door, message_id
         FROM verzoeken WHERE ${where} ORDER BY id`,
      params,
    );
    return rows.map((r) => ({
      soort: r.soort,
      gemeente: r.gemeente,
      aanbieder: r.aanbieder,
      bsn: openText(r.bsn_sealed),
      referentieAanbieder: r.referentie_aanbieder,
      dagtekening: r.dagtekening,
      afgehandeldDoor: r.afgehandeld_door,
      messageId: r.message_id,
    }));
  }

  private async antwoorden(params: [string, string, string]): Promise<AntwoordState[]> {
    const { rows } = await this.db.query<AntwoordRow>(
      `SELECT gemeente, aanbieder, referentie_aanbieder, verzoek_antwoord, reden_afwijzing_verzoek, dagtekening, message_id
         FROM antwoorden WHERE gemeente = $1 AND aanbieder = $2 AND referentie_aanbieder = $3 ORDER BY id`,
      params,
    );
    return rows.map((r) => ({
      gemeente: r.gemeente,
      aanbieder: r.aanbieder,
      referentieAanbieder: r.referentie_aanbieder,
      verzoekAntwoord: r.verzoek_antwoord,
      redenAfwijzingVerzoek: r.reden_afwijzing_verzoek,
      dagtekening: r.dagtekening,
      messageId: r.message_id,
    }));
  }

  // ------------------------------------------------------------------ writes

  /** One INSERT for all rows: each column is passed as one array and unnest() turns them back into rows. */
  private async insert<T>(table: string, cols: ReadonlyArray<readonly [string, string]>, rows: readonly T[], values: (row: T) => unknown[]): Promise<void> {
    const names = cols.map(([name]) => name).join(', ');
    const arrays = cols.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    await this.db.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`, columns(rows, values));
  }
}

const JUDGED = new Set<string>(['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319', 'WMO323', 'WMO325']);

const START_KEY_MATCH = `s.gemeente = k.gemeente AND s.aanbieder = k.aanbieder AND s.bsn_hash = k.bsn_hash
  AND s.toewijzing_nummer IS NOT DISTINCT FROM k.toewijzing_nummer
  AND s.product_categorie IS NOT DISTINCT FROM k.product_categorie AND s.product_code IS NOT DISTINCT FROM k.product_code
  AND s.begindatum = k.begindatum`;

const PRODUCT_COLUMNS = [
  ['gemeente', 'text'], ['aanbieder', 'text'], ['bsn_hash', 'text'], ['bsn_sealed', 'text'], ['toewijzing_nummer', 'text'], ['referentie_aanbieder', 'text'],
  ['product_categorie', 'text'], ['product_code', 'text'], ['toewijzingsdatum', 'date'], ['toewijzingstijd', 'text'],
  ['ingangsdatum', 'date'], ['einddatum', 'date'], ['reden_wijziging', 'text'], ['volume', 'text'], ['eenheid', 'text'],
  ['frequentie', 'text'], ['budget', 'text'], ['message_id', 'uuid'],
] as const;

const START_COLUMNS = [
  ['gemeente', 'text'], ['aanbieder', 'text'], ['bsn_hash', 'text'], ['bsn_sealed', 'text'], ['toewijzing_nummer', 'text'], ['product_categorie', 'text'],
  ['product_code', 'text'], ['toewijzing_ingangsdatum', 'date'], ['begindatum', 'date'], ['message_id', 'uuid'],
] as const;

const STOP_COLUMNS = [...START_COLUMNS.slice(0, -1), ['reden_beeindiging', 'text'], ['einddatum', 'date'], ['message_id', 'uuid']] as const;

const VERZOEK_COLUMNS = [
  ['soort', 'text'], ['gemeente', 'text'], ['aanbieder', 'text'], ['bsn_hash', 'text'], ['bsn_sealed', 'text'], ['referentie_aanbieder', 'text'],
  ['dagtekening', 'date'], ['message_id', 'uuid'],
] as const;

const ANTWOORD_COLUMNS = [
  ['gemeente', 'text'], ['aanbieder', 'text'], ['referentie_aanbieder', 'text'], ['verzoek_antwoord', 'text'],
  ['reden_afwijzing_verzoek', 'text'], ['dagtekening', 'date'], ['message_id', 'uuid'],
] as const;

const PRODUCT_SELECT = `gemeente, aanbieder, bsn_sealed, toewijzing_nummer, referentie_aanbieder, product_categorie, product_code,
  toewijzingsdatum, toewijzingstijd, ingangsdatum, einddatum, reden_wijziging, volume, eenheid, frequentie, budget, message_id`;

interface ProductRow {
  gemeente: string;
  aanbieder: string;
  bsn_sealed: string;
  toewijzing_nummer: string;
  referentie_aanbieder: string | null;
  product_categorie: string | null;
  product_code: string | null;
  toewijzingsdatum: string;
  toewijzingstijd: string;
  ingangsdatum: string;
  einddatum: string | null;
  reden_wijziging: string | null;
  volume: string | null;
  eenheid: string | null;
  frequentie: string | null;
  budget: string | null;
  message_id: string;
}

interface StartRow {
  gemeente: string;
  aanbieder: string;
  bsn_sealed: string;
  toewijzing_nummer: string | null;
  product_categorie: string | null;
  product_code: string | null;
  toewijzing_ingangsdatum: string | null;
  begindatum: string;
  message_id: string;
}

interface VerzoekRow {
  soort: 'WMO315' | 'WMO317';
  gemeente: string;
  aanbieder: string;
  bsn_sealed: string;
  referentie_aanbieder: string;
  dagtekening: string;
  afgehandeld_door: 'WMO301' | 'WMO319' | null;
  message_id: string;
}

interface AntwoordRow {
  gemeente: string;
  aanbieder: string;
  referentie_aanbieder: string;
  verzoek_antwoord: string;
  reden_afwijzing_verzoek: string | null;
  dagtekening: string;
  message_id: string;
}

const toProduct = (r: ProductRow): ToegewezenProductState => ({
  gemeente: r.gemeente,
  aanbieder: r.aanbieder,
  bsn: openText(r.bsn_sealed),
  toewijzingNummer: r.toewijzing_nummer,
  productCategorie: r.product_categorie,
  productCode: r.product_code,
  ingangsdatum: r.ingangsdatum,
  einddatum: r.einddatum,
  redenWijziging: r.reden_wijziging,
  omvang: r.volume === null || r.eenheid === null || r.frequentie === null ? null : { volume: r.volume, eenheid: r.eenheid, frequentie: r.frequentie },
  budget: r.budget,
  toewijzingsdatum: r.toewijzingsdatum,
  toewijzingstijd: r.toewijzingstijd,
  referentieAanbieder: r.referentie_aanbieder,
  messageId: r.message_id,
});

const toStart = (r: StartRow): StartProductState => ({
  gemeente: r.gemeente,
  aanbieder: r.aanbieder,
  bsn: openText(r.bsn_sealed),
  toewijzingNummer: r.toewijzing_nummer,
  productCategorie: r.product_categorie,
  productCode: r.product_code,
  toewijzingIngangsdatum: r.toewijzing_ingangsdatum,
  begindatum: r.begindatum,
  messageId: r.message_id,
});

const distinct = (values: string[]): string[] => [...new Set(values)];

/** A Bsn as its two columns, bsn_hash and bsn_sealed. */
const bsnColumns = (bsn: string): [string, string] => {
  const { hash, sealed } = sealBsn(bsn);
  return [hash, sealed];
};

const nummers = (items: ReadonlyArray<{ ToewijzingNummer: string }>): string[] => distinct(items.map((p) => canonicalNummer(p.ToewijzingNummer)));

/** Rows to one array per column (for unnest). */
function columns<T>(rows: readonly T[], values: (row: T) => unknown[]): unknown[][] {
  const out: unknown[][] = [];
  for (const row of rows) values(row).forEach((v, i) => (out[i] ??= []).push(v));
  return out;
}
