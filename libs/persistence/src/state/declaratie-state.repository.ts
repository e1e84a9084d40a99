import type { ParsedMessage, ParsedMessageOf } from '@lib/iwmo';
import {
  antwoordPrestatiesOf, declaratiePartiesOf as partiesOf, declaratiePrestatiesOf as prestatiesOf, type Finding,
  antwoordOutcome,
  canonicalToewijzingNummer,
  NO_DECLARATIE_STATE,
  NO_REMARK,
  rejectedPrestaties,
  type AnsweredDeclaratie,
  type DebetKey,
  type DeclaratieState,
  type DeclaratieStateView,
  type DeclaredTotals,
  type Periode,
  type PrestatieState,
  type PrestatieStatus,
} from '@lib/rules';
import { openText, sealBsns } from '../crypto';
import type { Queryable } from '../database';

export interface ApplyMeta {
  /** messages.id of the accepted message */
  messageId: string;
  /** the gateway's findings on an accepted 323: prestaties with a prestatie-level finding are recorded afgewezen */
  findings?: readonly Finding[];
}

/**
 * The declaratie state (migration 003) on PostgreSQL or PGlite.
 *
 * load() gathers the keys of one message and fetches each kind with one query, whatever
 * the size of the message. For a 323: earlier prestaties by all its ReferentieNummers and
 * VorigReferentieNummers (TR314, TR323, TR390), the open debets on its debet keys (TR389),
 * the totals declared on its ToewijzingNummers (TR322, TR369), its DeclaratieNummer (TR333)
 * and the aanbieder's latest DeclaratiePeriode at the gemeente (TR318): five queries. For a
 * 325: the 323 it answers with the prestaties it lists (TR304, TR366, TR367): two. For a
 * 301: the totals on its ToewijzingNummers (TR385): one. Bsns are not looked up: TR304
 * compares with the toewijzing (toewijzing state) or the answered 323.
 *
 * apply() records an accepted 323 (two statements: the declaratie, then all prestaties
 * through unnest) or 325 (at most five), on the Queryable given to the constructor, so the
 * caller passes the transaction that accepts the message. Applying a message twice is a no-op.
 */
export class DeclaratieStateRepository {
  constructor(private readonly db: Queryable) {}

  async load(message: ParsedMessage): Promise<DeclaratieStateView> {
    switch (message.code) {
      case 'WMO323':
        return this.loadForDeclaratie(message);
      case 'WMO325':
        return this.loadForAntwoord(message);
      case 'WMO301': {
        const gemeente = message.bericht.Header.Afzender.trim();
        const aanbieder = message.bericht.Header.Ontvanger.trim();
        const nummers = distinct(message.bericht.Client.ToegewezenProducten.ToegewezenProduct.map((p) => canonicalToewijzingNummer(p.ToewijzingNummer)));
        return new LoadedDeclaratieState({ gemeente, aanbieder, totals: await this.totals(gemeente, aanbieder, nummers) });
      }
      default:
        return NO_DECLARATIE_STATE;
    }
  }

  async apply(message: ParsedMessage, meta: ApplyMeta): Promise<void> {
    if (message.code === 'WMO323') await this.applyDeclaratie(message, meta);
    else if (message.code === 'WMO325') await this.applyAntwoord(message, meta);
  }

  // ------------------------------------------------------------------ load

  private async loadForDeclaratie(message: ParsedMessageOf<'WMO323'>): Promise<DeclaratieStateView> {
    const { gemeente, aanbieder } = partiesOf(message);
    const prestaties = prestatiesOf(message);
    const refs = distinct(prestaties.flatMap((p) => (p.vorigReferentieNummer === null ? [p.referentieNummer] : [p.referentieNummer, p.vorigReferentieNummer])));
    const debets = prestaties.filter((p) => p.debet);
    const nummer = message.bericht.Declaratie.DeclaratieNummer.trim();

    const byRef = await this.prestatieRows(`p.aanbieder = $1 AND (p.referentie_nummer = ANY($2::text[]) OR p.vorig_referentie_nummer = ANY($2::text[]))`, [aanbieder, refs]);
    const openDebets = debets.length === 0 ? [] : await this.prestatieRows(
      `p.gemeente = $1 AND p.aanbieder = $2 AND p.debet_credit = 'D' AND p.status <> 'afgewezen' AND p.toewijzing_nummer = ANY($3::text[])
       AND EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[], $5::text[], $6::date[], $7::date[]) AS k (nummer, categorie, code, begin_, eind)
                   WHERE k.nummer = p.toewijzing_nummer AND k.categorie = p.product_categorie AND k.code = p.product_code
                     AND p.periode_begin <= k.eind AND k.begin_ <= p.periode_eind)
       AND NOT EXISTS (SELECT 1 FROM prestaties c JOIN declaraties cd ON cd.id = c.declaratie_id
                       WHERE c.aanbieder = p.aanbieder AND c.vorig_referentie_nummer = p.referentie_nummer
                         AND c.debet_credit = 'C' AND c.status <> 'afgewezen' AND cd.status <> 'afgewezen')`,
      [
        gemeente,
        aanbieder,
        debets.map((p) => p.toewijzingNummer),
        debets.map((p) => p.prestatie.ProductCategorie.trim()),
        debets.map((p) => p.prestatie.ProductCode.trim()),
        debets.map((p) => p.periode.begindatum),
        debets.map((p) => p.periode.einddatum),
      ],
    );
    const totals = await this.totals(gemeente, aanbieder, distinct(prestaties.map((p) => p.toewijzingNummer)));
    const declaratie = await this.declaratieRows(`aanbieder = $1 AND declaratie_nummer = $2 AND status <> 'afgewezen' ORDER BY id LIMIT 1`, [aanbieder, nummer]);
    const latest = await this.declaratieRows(`aanbieder = $1 AND gemeente = $2 AND status <> 'afgewezen' ORDER BY periode_begin DESC, id DESC LIMIT 1`, [aanbieder, gemeente]);
    return new LoadedDeclaratieState({ gemeente, aanbieder, byRef, openDebets, totals, declaratie: declaratie[0], latest: latest[0] });
  }

  private async loadForAntwoord(message: ParsedMessageOf<'WMO325'>): Promise<DeclaratieStateView> {
    const { gemeente, aanbieder } = partiesOf(message);
    const { Identificatie, Dagtekening } = message.bericht.Header.DeclaratieIdentificatie;
    const [declaratie] = await this.declaratieRows(
      `aanbieder = $1 AND gemeente = $2 AND identificatie = $3 AND dagtekening = $4 AND status <> 'afgewezen' ORDER BY id DESC LIMIT 1`,
      [aanbieder, gemeente, Identificatie.trim(), Dagtekening.trim()],
    );
    if (!declaratie) return new LoadedDeclaratieState({ gemeente, aanbieder });
    const refs = distinct(antwoordPrestatiesOf(message).map((p) => p.referentieNummer));
    // the prestaties the 325 names, and those afgewezen already (TR342 counts them, PRESTATIE-BEOORDEELD refuses them)
    const prestaties = await this.prestatieRows(`p.declaratie_id = $1 AND (p.referentie_nummer = ANY($2::text[]) OR p.status = 'afgewezen')`, [declaratie.id, refs]);
    return new LoadedDeclaratieState({ gemeente, aanbieder, answered: { declaratie, prestaties } });
  }

  private async prestatieRows(where: string, params: unknown[]): Promise<PrestatieState[]> {
    const { rows } = await this.db.query<PrestatieRow>(
      `SELECT p.gemeente, p.aanbieder, d.declaratie_nummer, ${PRESTATIE_COLUMNS}
         FROM prestaties p JOIN declaraties d ON d.id = p.declaratie_id
        WHERE d.status <> 'afgewezen' AND ${where}
        ORDER BY p.id`,
      params,
    );
    return rows.map(toPrestatie);
  }

  private async totals(gemeente: string, aanbieder: string, nummers: string[]): Promise<Map<string, DeclaredTotals>> {
    const totals = new Map<string, { volumePerEenheid: Record<string, number>; bedrag: number }>();
    if (nummers.length === 0) return totals;
    const { rows } = await this.db.query<{ toewijzing_nummer: string; eenheid: string; volume: string; bedrag: string }>(
      `SELECT p.toewijzing_nummer, p.eenheid,
              sum(CASE WHEN p.debet_credit = 'D' THEN p.geleverd_volume ELSE -p.geleverd_volume END) AS volume,
              sum(CASE WHEN p.debet_credit = 'D' THEN p.bedrag ELSE -p.bedrag END) AS bedrag
         FROM prestaties p JOIN declaraties d ON d.id = p.declaratie_id
        WHERE p.gemeente = $1 AND p.aanbieder = $2 AND p.toewijzing_nummer = ANY($3::text[]) AND p.status <> 'afgewezen' AND d.status <> 'afgewezen'
        GROUP BY p.toewijzing_nummer, p.eenheid`,
      [gemeente, aanbieder, nummers],
    );
    for (const row of rows) {
      const t = totals.get(row.toewijzing_nummer) ?? { volumePerEenheid: {}, bedrag: 0 };
      t.volumePerEenheid[row.eenheid] = Number(row.volume);
      t.bedrag += Number(row.bedrag);
      totals.set(row.toewijzing_nummer, t);
    }
    return totals;
  }

  private async declaratieRows(where: string, params: unknown[]): Promise<Array<DeclaratieState & { id: string }>> {
    const { rows } = await this.db.query<DeclaratieRow>(
      `SELECT id, gemeente, aanbieder, declaratie_nummer, periode_begin, periode_eind, identificatie, dagtekening, status, basisschema_xsd_versie, bericht_xsd_versie
         FROM declaraties WHERE ${where}`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      gemeente: r.gemeente,
      aanbieder: r.aanbieder,
      declaratieNummer: r.declaratie_nummer,
      declaratiePeriode: { begindatum: r.periode_begin, einddatum: r.periode_eind },
      identificatie: r.identificatie,
      dagtekening: r.dagtekening,
      status: r.status as DeclaratieState['status'],
      xsdVersie: r.basisschema_xsd_versie === null || r.bericht_xsd_versie === null ? null : { basisschema: r.basisschema_xsd_versie, bericht: r.bericht_xsd_versie },
    }));
  }

  // ------------------------------------------------------------------ apply

  private async applyDeclaratie(message: ParsedMessageOf<'WMO323'>, { messageId, findings = [] }: ApplyMeta): Promise<void> {
    const { gemeente, aanbieder } = partiesOf(message);
    const { Header, Declaratie } = message.bericht;
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO declaraties (message_id, aanbieder, gemeente, identificatie, dagtekening, declaratie_nummer, periode_begin, periode_eind, totaal_bedrag, totaal_dc,
                                basisschema_xsd_versie, bericht_xsd_versie)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (message_id) DO NOTHING RETURNING id`,
      [
        messageId, aanbieder, gemeente, Header.BerichtIdentificatie.Identificatie.trim(), Header.BerichtIdentificatie.Dagtekening.trim(),
        Declaratie.DeclaratieNummer.trim(), Declaratie.DeclaratiePeriode.Begindatum.trim(), Declaratie.DeclaratiePeriode.Einddatum.trim(),
        Declaratie.TotaalIngediendBedrag.TotaalBedrag.trim(), Declaratie.TotaalIngediendBedrag.DebetCredit.trim(),
        Header.XsdVersie.BasisschemaXsdVersie.trim(), Header.XsdVersie.BerichtXsdVersie.trim(),
      ],
    );
    if (rows.length === 0) return; // applied before
    const rejected = rejectedPrestaties(findings);
    const prestaties = prestatiesOf(message);
    const column = <T>(f: (p: (typeof prestaties)[number]) => T): T[] => prestaties.map(f);
    const bsns = sealBsns(column((p) => p.bsn));
    await this.db.query(
      `INSERT INTO prestaties (declaratie_id, aanbieder, gemeente, client_positie, prestatie_positie, bsn_hash, bsn_sealed, referentie_nummer, vorig_referentie_nummer,
                               toewijzing_nummer, product_categorie, product_code, periode_begin, periode_eind, geleverd_volume, eenheid,
                               product_tarief, bedrag, debet_credit, status, retourcodes, afgewezen_door)
       SELECT $1, $2, $3, u.client_positie, u.prestatie_positie, u.bsn_hash, u.bsn_sealed, u.referentie_nummer, u.vorig_referentie_nummer,
              u.toewijzing_nummer, u.product_categorie, u.product_code, u.periode_begin, u.periode_eind, u.geleverd_volume, u.eenheid,
              u.product_tarief, u.bedrag, u.debet_credit,
              CASE WHEN u.codes = '' THEN 'ingediend' ELSE 'afgewezen' END,
              CASE WHEN u.codes = '' THEN '{}'::text[] ELSE string_to_array(u.codes, ',') END,
              CASE WHEN u.codes = '' THEN NULL ELSE 'gateway' END
         FROM unnest($4::int[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::date[], $14::date[],
                     $15::bigint[], $16::text[], $17::bigint[], $18::bigint[], $19::text[], $20::text[])
           AS u (client_positie, prestatie_positie, bsn_hash, bsn_sealed, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer, product_categorie, product_code,
                 periode_begin, periode_eind, geleverd_volume, eenheid, product_tarief, bedrag, debet_credit, codes)`,
      [
        rows[0]!.id,
        aanbieder,
        gemeente,
        column((p) => p.client),
        column((p) => p.index),
        bsns.hashes,
        bsns.sealed,
        column((p) => p.referentieNummer),
        column((p) => p.vorigReferentieNummer),
        column((p) => p.toewijzingNummer),
        column((p) => p.prestatie.ProductCategorie.trim()),
        column((p) => p.prestatie.ProductCode.trim()),
        column((p) => p.periode.begindatum),
        column((p) => p.periode.einddatum),
        column((p) => integer(p.prestatie.GeleverdVolume)),
        column((p) => p.prestatie.Eenheid.trim()),
        column((p) => (p.prestatie.ProductTarief === undefined ? null : integer(p.prestatie.ProductTarief))),
        column((p) => integer(p.prestatie.IngediendBedrag.Bedrag)),
        column((p) => (p.debet ? 'D' : 'C')),
        column((p) => (rejected.get(p.path) ?? []).join(',')),
      ],
    );
  }

  private async applyAntwoord(message: ParsedMessageOf<'WMO325'>, { messageId }: ApplyMeta): Promise<void> {
    const { gemeente, aanbieder } = partiesOf(message);
    const { Header, DeclaratieAntwoord } = message.bericht;
    const outcome = antwoordOutcome(message);
    const [declaratie] =
      outcome.kind === 'duplicate'
        ? []
        : await this.declaratieRows(`aanbieder = $1 AND gemeente = $2 AND identificatie = $3 AND dagtekening = $4 ORDER BY id DESC LIMIT 1`, [
            aanbieder, gemeente, Header.DeclaratieIdentificatie.Identificatie.trim(), Header.DeclaratieIdentificatie.Dagtekening.trim(),
          ]);

    // Clients rejected as a whole pass their codes to the prestaties they list (with 0233).
    const listed = antwoordPrestatiesOf(message);
    const clientCodes = new Map<string, string[]>();
    (DeclaratieAntwoord?.Clienten?.Client ?? []).forEach((client) => {
      for (const p of client.Prestaties.Prestatie) clientCodes.set(p.ProductReferentie.ReferentieNummer.trim(), rejecting(client.RetourCodes.RetourCode));
    });
    const codesOf = (p: (typeof listed)[number]) =>
      distinct([...p.prestatie.RetourCodes.RetourCode.map((c) => c.trim()), ...(clientCodes.get(p.referentieNummer) ?? [])]).sort().join(',');

    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO declaratie_antwoorden (message_id, declaratie_id, gemeente, aanbieder, identificatie, dagtekening, declaratie_identificatie,
                                          declaratie_dagtekening, declaratie_nummer, header_retourcodes, declaratie_retourcodes,
                                          totaal_ingediend, totaal_ingediend_dc, totaal_toegekend, totaal_toegekend_dc, afgewezen_prestaties)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (message_id) DO NOTHING RETURNING id`,
      [
        messageId, declaratie?.id ?? null, gemeente, aanbieder, Header.BerichtIdentificatie.Identificatie.trim(), Header.BerichtIdentificatie.Dagtekening.trim(),
        Header.DeclaratieIdentificatie.Identificatie.trim(), Header.DeclaratieIdentificatie.Dagtekening.trim(), DeclaratieAntwoord?.DeclaratieNummer.trim() ?? null,
        Header.RetourCodes.RetourCode.map((c) => c.trim()), DeclaratieAntwoord?.RetourCodes.RetourCode.map((c) => c.trim()) ?? [],
        DeclaratieAntwoord?.TotaalIngediendBedrag.TotaalBedrag.trim() ?? null, DeclaratieAntwoord?.TotaalIngediendBedrag.DebetCredit.trim() ?? null,
        DeclaratieAntwoord?.TotaalToegekendBedrag.TotaalBedrag.trim() ?? null, DeclaratieAntwoord?.TotaalToegekendBedrag.DebetCredit.trim() ?? null,
        listed.length,
      ],
    );
    // applied before; no 323 on file; or a second answer to it, which changes nothing (IV087: one 325 per 323)
    if (rows.length === 0 || !declaratie || declaratie.status !== 'ingediend') return;
    const antwoordId = rows[0]!.id;

    if (outcome.kind === 'whole') {
      await this.db.query(`UPDATE declaraties SET status = 'afgewezen', retourcodes = $2 WHERE id = $1`, [declaratie.id, outcome.retourcodes]);
      // the prestaties the gateway rejected keep their own verdict
      await this.db.query(
        `UPDATE prestaties SET status = 'afgewezen', retourcodes = $2, antwoord_id = $3, afgewezen_door = 'gemeente' WHERE declaratie_id = $1 AND afgewezen_door IS DISTINCT FROM 'gateway'`,
        [declaratie.id, outcome.retourcodes, antwoordId],
      );
      return;
    }
    await this.db.query(`UPDATE declaraties SET status = 'beantwoord' WHERE id = $1`, [declaratie.id]);
    if (listed.length > 0) {
      await this.db.query(
        `UPDATE prestaties p
            SET status = 'afgewezen', antwoord_id = $2, afgewezen_door = COALESCE(p.afgewezen_door, 'gemeente'),
                retourcodes = CASE WHEN cardinality(p.retourcodes) = 0 THEN string_to_array(u.codes, ',')
                                   ELSE ARRAY(SELECT DISTINCT c FROM unnest(p.retourcodes || string_to_array(u.codes, ',')) AS c ORDER BY c) END
           FROM unnest($3::text[], $4::text[]) AS u (referentie_nummer, codes)
          WHERE p.declaratie_id = $1 AND p.referentie_nummer = u.referentie_nummer`,
        [declaratie.id, antwoordId, listed.map((p) => p.referentieNummer), listed.map(codesOf)],
      );
    }
    // not listed: toegekend (prestaties the gateway already rejected stay afgewezen)
    await this.db.query(`UPDATE prestaties SET status = 'toegekend', antwoord_id = $2 WHERE declaratie_id = $1 AND status = 'ingediend'`, [declaratie.id, antwoordId]);
  }
}

// ------------------------------------------------------------------ the loaded view

interface Loaded {
  gemeente: string;
  aanbieder: string;
  byRef?: PrestatieState[];
  openDebets?: PrestatieState[];
  totals?: Map<string, DeclaredTotals>;
  declaratie?: DeclaratieState;
  latest?: DeclaratieState;
  answered?: { declaratie: DeclaratieState; prestaties: PrestatieState[] };
}

const NO_TOTALS: DeclaredTotals = { volumePerEenheid: {}, bedrag: 0 };

/** What load() read for one message, answering the view's lookups for that message's keys. */
class LoadedDeclaratieState implements DeclaratieStateView {
  private readonly byRef = new Map<string, PrestatieState[]>();
  private readonly creditsOf = new Map<string, PrestatieState[]>();

  constructor(private readonly loaded: Loaded) {
    for (const p of loaded.byRef ?? []) {
      push(this.byRef, `${p.aanbieder}|${p.referentieNummer}`, p);
      if (p.debetCredit === 'C' && p.vorigReferentieNummer !== null) push(this.creditsOf, `${p.aanbieder}|${p.vorigReferentieNummer}`, p);
    }
  }

  private ours(gemeente: string | undefined, aanbieder: string): boolean {
    return aanbieder === this.loaded.aanbieder && (gemeente === undefined || gemeente === this.loaded.gemeente);
  }

  prestaties(aanbieder: string, referentieNummer: string): readonly PrestatieState[] {
    return this.byRef.get(`${aanbieder}|${referentieNummer}`) ?? [];
  }

  credits(aanbieder: string, referentieNummer: string): readonly PrestatieState[] {
    return this.creditsOf.get(`${aanbieder}|${referentieNummer}`) ?? [];
  }

  openDebets(gemeente: string, aanbieder: string, key: DebetKey): readonly PrestatieState[] {
    if (!this.ours(gemeente, aanbieder)) return [];
    return (this.loaded.openDebets ?? []).filter(
      (p) =>
        p.toewijzingNummer === key.toewijzingNummer &&
        p.productCategorie === key.productCategorie &&
        p.productCode === key.productCode &&
        p.productPeriode.begindatum <= key.productPeriode.einddatum &&
        key.productPeriode.begindatum <= p.productPeriode.einddatum,
    );
  }

  declared(gemeente: string, aanbieder: string, toewijzingNummer: string): DeclaredTotals {
    if (!this.ours(gemeente, aanbieder)) return NO_TOTALS;
    return this.loaded.totals?.get(toewijzingNummer) ?? NO_TOTALS;
  }

  declaratie(aanbieder: string, declaratieNummer: string): DeclaratieState | undefined {
    const d = this.loaded.declaratie;
    return d && d.aanbieder === aanbieder && d.declaratieNummer === declaratieNummer ? strip(d) : undefined;
  }

  latestDeclaratiePeriode(gemeente: string, aanbieder: string): Periode | undefined {
    return this.ours(gemeente, aanbieder) ? this.loaded.latest?.declaratiePeriode : undefined;
  }

  answered(gemeente: string, aanbieder: string, identificatie: string, dagtekening: string): AnsweredDeclaratie | undefined {
    const a = this.loaded.answered;
    if (!a || !this.ours(gemeente, aanbieder) || a.declaratie.identificatie !== identificatie || a.declaratie.dagtekening !== dagtekening) return undefined;
    const byRef = new Map(a.prestaties.map((p) => [p.referentieNummer, p]));
    return { declaratie: strip(a.declaratie), prestatie: (ref) => byRef.get(ref), afgewezen: a.prestaties.filter((p) => p.status === 'afgewezen') };
  }
}

// ------------------------------------------------------------------ rows

/** A prestatie's own columns (table alias p), for every reader of prestaties; prestatieFields() maps them. */
export const PRESTATIE_COLUMNS = `p.bsn_sealed, p.referentie_nummer, p.vorig_referentie_nummer, p.toewijzing_nummer, p.product_categorie, p.product_code,
  p.periode_begin, p.periode_eind, p.geleverd_volume, p.eenheid, p.product_tarief, p.bedrag, p.debet_credit, p.status, p.retourcodes`;

export interface PrestatieColumnsRow {
  bsn_sealed: string;
  referentie_nummer: string;
  vorig_referentie_nummer: string | null;
  toewijzing_nummer: string;
  product_categorie: string;
  product_code: string;
  periode_begin: string;
  periode_eind: string;
  geleverd_volume: string;
  eenheid: string;
  product_tarief: string | null;
  bedrag: string;
  debet_credit: 'D' | 'C';
  status: PrestatieStatus;
  retourcodes: string[];
}

interface PrestatieRow extends PrestatieColumnsRow {
  gemeente: string;
  aanbieder: string;
  declaratie_nummer: string;
}

interface DeclaratieRow {
  id: string;
  gemeente: string;
  aanbieder: string;
  declaratie_nummer: string;
  periode_begin: string;
  periode_eind: string;
  identificatie: string;
  dagtekening: string;
  status: string;
  basisschema_xsd_versie: string | null;
  bericht_xsd_versie: string | null;
}

/** A prestatie's own fields from its PRESTATIE_COLUMNS, amounts as numbers. */
export const prestatieFields = (r: PrestatieColumnsRow): Omit<PrestatieState, 'gemeente' | 'aanbieder' | 'declaratieNummer'> => ({
  bsn: openText(r.bsn_sealed),
  referentieNummer: r.referentie_nummer,
  vorigReferentieNummer: r.vorig_referentie_nummer,
  toewijzingNummer: r.toewijzing_nummer,
  productCategorie: r.product_categorie,
  productCode: r.product_code,
  productPeriode: { begindatum: r.periode_begin, einddatum: r.periode_eind },
  geleverdVolume: Number(r.geleverd_volume),
  eenheid: r.eenheid,
  productTarief: r.product_tarief === null ? null : Number(r.product_tarief),
  bedrag: Number(r.bedrag),
  debetCredit: r.debet_credit,
  status: r.status,
  retourcodes: r.retourcodes,
});

const toPrestatie = (r: PrestatieRow): PrestatieState => ({ gemeente: r.gemeente, aanbieder: r.aanbieder, declaratieNummer: r.declaratie_nummer, ...prestatieFields(r) });

const strip = ({ id: _, ...d }: DeclaratieState & { id?: string }): DeclaratieState => d;
const distinct = <T>(values: T[]): T[] => [...new Set(values)];
const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
/** An xs:integer in a form PostgreSQL casts to bigint ('+0012' is '12'). */
const integer = (value: string): string => BigInt(value.trim().replace(/^\+/, '')).toString();
/** A class's retourcodes that reject it. */
const rejecting = (codes: readonly string[]) => codes.map((c) => c.trim()).filter((c) => !NO_REMARK.includes(c));
