import type { ParsedMessage } from '@lib/iwmo';
import { effectsOf, type ToegewezenProductState } from '@lib/rules';
import { openText, sealBsn, sealText } from '../crypto';
import type { Queryable } from '../database';

/**
 * Onderaanneming (migration 006) on PostgreSQL or PGlite: the registry of relations, the
 * toewijzingen assigned to onderaannemers, their notifications and opgaven, and the merged
 * messages. The only place with onderaanneming SQL; the rules of what is allowed live in
 * libs/funding/src/onderaanneming.
 *
 * apply() is the projection PersistentStateStore.apply calls for every accepted message, in
 * the transaction that accepts it: for a 301 addressed to a hoofdaannemer it assigns each
 * ToegewezenProduct of a delegated product to the onderaannemer and records a notification
 * with minimal client data. A 301 to an aanbieder without relations costs one query.
 *
 * Bsns are stored sealed (bsn_hash + bsn_sealed; in a notification's data the bsn field sealed),
 * as are the merged messages' XML: opened on read, never in the tables in plaintext.
 */

/** A delegated product: a whole category, or one product code within it. */
export interface DelegatedProduct {
  readonly categorie: string;
  readonly code?: string;
}

export interface Relatie {
  readonly id: string;
  readonly hoofdaannemer: string;
  readonly onderaannemer: string;
  readonly gemeente: string;
  readonly producten: readonly DelegatedProduct[];
  readonly vanaf: string;
  readonly totEnMet: string | null;
  readonly goedkeuring: boolean;
  readonly createdBy: string;
  readonly createdAt: Date;
}

export type NewRelatie = Omit<Relatie, 'id' | 'createdAt'>;

/** Does this list delegate the product (Categorie, Code)? */
export const delegates = (producten: readonly DelegatedProduct[], categorie: string | null, code: string | null): boolean =>
  categorie !== null && producten.some((p) => p.categorie === categorie && (p.code === undefined || p.code === code));

/** Do two periods (totEnMet null: open-ended) share a day? Dates as YYYY-MM-DD compare as text. */
export const periodsOverlap = (a: { vanaf: string; totEnMet: string | null }, b: { vanaf: string; totEnMet: string | null }): boolean =>
  (a.totEnMet === null || a.totEnMet >= b.vanaf) && (b.totEnMet === null || b.totEnMet >= a.vanaf);

export interface DelegatedToewijzingRow {
  readonly id: string;
  readonly relatieId: string;
  readonly gemeente: string;
  readonly hoofdaannemer: string;
  readonly onderaannemer: string;
  readonly toewijzingNummer: string;
  readonly bsn: string;
  readonly productCategorie: string | null;
  readonly productCode: string | null;
  readonly ingangsdatum: string;
  readonly einddatum: string | null;
  readonly messageId: string;
}

/** What an onderaannemer is told about a delegated toewijzing: no name, address or date of birth. */
export interface MeldingData {
  readonly gemeente: string;
  readonly hoofdaannemer: string;
  readonly bsn: string;
  readonly toewijzingNummer: string;
  readonly product: { readonly categorie: string | null; readonly code: string | null };
  readonly ingangsdatum: string;
  readonly einddatum: string | null;
  readonly redenWijziging: string | null;
  readonly omvang: { readonly volume: string; readonly eenheid: string; readonly frequentie: string } | null;
  readonly budget: string | null;
}

export interface Melding {
  readonly id: string;
  readonly soort: 'toegewezen' | 'gewijzigd' | 'ingetrokken';
  readonly data: MeldingData;
  readonly createdAt: Date;
  readonly ackedAt: Date | null;
}

export type OpgaveSoort = 'start' | 'stop' | 'prestatie';
export type OpgaveStatus = 'ingediend' | 'goedgekeurd' | 'afgewezen' | 'in_bericht' | 'gedeclareerd';

export interface Opgave {
  readonly id: string;
  readonly toewijzingId: string;
  readonly relatieId: string;
  readonly gemeente: string;
  readonly hoofdaannemer: string;
  readonly onderaannemer: string;
  readonly toewijzingNummer: string;
  readonly soort: OpgaveSoort;
  readonly begindatum: string;
  readonly einddatum: string | null;
  readonly redenBeeindiging: string | null;
  /** prestatie: YYYY-MM-01 */
  readonly periode: string | null;
  readonly status: OpgaveStatus;
  readonly reden: string | null;
  readonly beoordeeldDoor: string | null;
  readonly berichtId: string | null;
  readonly buildId: string | null;
  readonly referentieNummer: string | null;
  readonly ingediendDoor: string;
  readonly createdAt: Date;
}

export type NewOpgave = Pick<Opgave, 'toewijzingId' | 'relatieId' | 'gemeente' | 'hoofdaannemer' | 'onderaannemer' | 'toewijzingNummer' | 'soort' | 'begindatum' | 'einddatum' | 'redenBeeindiging' | 'periode' | 'status' | 'ingediendDoor'>;

export interface MergedBericht {
  readonly id: string;
  readonly hoofdaannemer: string;
  readonly gemeente: string;
  readonly soort: 'WMO305' | 'WMO307';
  readonly identificatie: string;
  readonly status: 'klaar' | 'geaccepteerd' | 'afgewezen';
  readonly messageId: string | null;
  readonly retourcodes: string[];
  readonly createdAt: Date;
}

/** One outcome line of an onderaannemer's declared prestatie (joined with the 325's verdict). */
export interface UitkomstRow {
  readonly referentieNummer: string;
  readonly soort: string;
  readonly hoofdaannemer: string;
  readonly gemeente: string;
  readonly bsn: string;
  readonly toewijzingNummer: string;
  readonly productCategorie: string;
  readonly productCode: string;
  readonly periodeBegin: string;
  readonly periodeEind: string;
  readonly bedrag: number;
  readonly debetCredit: 'D' | 'C';
  readonly declaratieNummer: string;
  /** null: the built declaratie has not reached the gateway as a 323 yet */
  readonly status: 'ingediend' | 'toegekend' | 'afgewezen' | null;
  readonly retourcodes: string[];
  readonly opgaveId: string | null;
}

export class OnderaannemingRepository {
  constructor(private readonly db: Queryable) {}

  // ------------------------------------------------------------------ registry

  /** Serialises registry changes for one hoofdaannemer in one gemeente (until the transaction ends). */
  async lockRegistry(hoofdaannemer: string, gemeente: string): Promise<void> {
    await this.db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`iwmo-onderaanneming:${hoofdaannemer}|${gemeente}`]);
  }

  async insertRelatie(r: NewRelatie): Promise<Relatie> {
    const { rows } = await this.db.query<RelatieRow>(
      `INSERT INTO onderaanneming_relaties (hoofdaannemer, onderaannemer, gemeente, producten, vanaf, tot_en_met, goedkeuring, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${RELATIE_COLUMNS}`,
      [r.hoofdaannemer, r.onderaannemer, r.gemeente, JSON.stringify(r.producten), r.vanaf, r.totEnMet, r.goedkeuring, r.createdBy],
    );
    return toRelatie(rows[0]!);
  }

  async relaties(filter: { hoofdaannemer?: string; onderaannemer?: string; gemeente?: string } = {}): Promise<Relatie[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    for (const [column, value] of [['hoofdaannemer', filter.hoofdaannemer], ['onderaannemer', filter.onderaannemer], ['gemeente', filter.gemeente]] as const) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
    const { rows } = await this.db.query<RelatieRow>(
      `SELECT ${RELATIE_COLUMNS} FROM onderaanneming_relaties ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY gemeente, hoofdaannemer, vanaf, id`,
      params,
    );
    return rows.map(toRelatie);
  }

  async relatie(id: string): Promise<Relatie | undefined> {
    const { rows } = await this.db.query<RelatieRow>(`SELECT ${RELATIE_COLUMNS} FROM onderaanneming_relaties WHERE id = $1`, [id]);
    return rows[0] && toRelatie(rows[0]);
  }

  async endRelatie(id: string, totEnMet: string): Promise<Relatie | undefined> {
    const { rows } = await this.db.query<RelatieRow>(`UPDATE onderaanneming_relaties SET tot_en_met = $2 WHERE id = $1 RETURNING ${RELATIE_COLUMNS}`, [id, totEnMet]);
    return rows[0] && toRelatie(rows[0]);
  }

  async setGoedkeuring(id: string, goedkeuring: boolean): Promise<Relatie | undefined> {
    const { rows } = await this.db.query<RelatieRow>(`UPDATE onderaanneming_relaties SET goedkeuring = $2 WHERE id = $1 RETURNING ${RELATIE_COLUMNS}`, [id, goedkeuring]);
    return rows[0] && toRelatie(rows[0]);
  }

  // ------------------------------------------------------------------ projection of accepted messages

  async apply(message: ParsedMessage, meta: { messageId: string }): Promise<void> {
    if (message.code !== 'WMO301') return;
    const products = effectsOf(message, meta.messageId).products;
    if (products.length === 0) return;
    const { gemeente, aanbieder: hoofdaannemer } = products[0]!;
    const relaties = await this.relaties({ hoofdaannemer, gemeente });
    const nummers = products.map((p) => p.toewijzingNummer);
    const { rows } = await this.db.query<ToewijzingRow>(
      `SELECT ${TOEWIJZING_COLUMNS} FROM onderaanneming_toewijzingen WHERE gemeente = $1 AND hoofdaannemer = $2 AND toewijzing_nummer = ANY($3::text[])`,
      [gemeente, hoofdaannemer, nummers],
    );
    const assigned = new Map(rows.map((r) => [r.toewijzing_nummer, toToewijzing(r)]));
    if (relaties.length === 0 && assigned.size === 0) return;

    for (const p of products) {
      const existing = assigned.get(p.toewijzingNummer);
      if (existing) {
        // A later version of a delegated toewijzing: it stays with its onderaannemer, who is told.
        await this.db.query(
          `UPDATE onderaanneming_toewijzingen SET ingangsdatum = $2, einddatum = $3, product_categorie = $4, product_code = $5, message_id = $6, updated_at = now() WHERE id = $1`,
          [existing.id, p.ingangsdatum, p.einddatum, p.productCategorie, p.productCode, meta.messageId],
        );
        await this.insertMelding(existing.id, existing.onderaannemer, p.redenWijziging === '13' ? 'ingetrokken' : 'gewijzigd', p, meta.messageId);
        continue;
      }
      if (p.redenWijziging === '13') continue;
      const relatie = relatieFor(relaties, p);
      if (!relatie) continue;
      const bsn = sealBsn(p.bsn);
      const { rows: inserted } = await this.db.query<{ id: string }>(
        `INSERT INTO onderaanneming_toewijzingen (relatie_id, gemeente, hoofdaannemer, onderaannemer, toewijzing_nummer, bsn_hash, bsn_sealed, product_categorie,
                                                 product_code, ingangsdatum, einddatum, message_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [relatie.id, gemeente, hoofdaannemer, relatie.onderaannemer, p.toewijzingNummer, bsn.hash, bsn.sealed, p.productCategorie, p.productCode, p.ingangsdatum, p.einddatum, meta.messageId],
      );
      await this.insertMelding(inserted[0]!.id, relatie.onderaannemer, 'toegewezen', p, meta.messageId);
    }
  }

  private async insertMelding(toewijzingId: string, onderaannemer: string, soort: Melding['soort'], p: ToegewezenProductState, messageId: string): Promise<void> {
    const data: MeldingData = {
      gemeente: p.gemeente,
      hoofdaannemer: p.aanbieder,
      bsn: sealText(p.bsn),
      toewijzingNummer: p.toewijzingNummer,
      product: { categorie: p.productCategorie, code: p.productCode },
      ingangsdatum: p.ingangsdatum,
      einddatum: p.einddatum,
      redenWijziging: p.redenWijziging,
      omvang: p.omvang,
      budget: p.budget,
    };
    await this.db.query(
      `INSERT INTO onderaanneming_meldingen (toewijzing_id, onderaannemer, soort, data, message_id) VALUES ($1, $2, $3, $4, $5)`,
      [toewijzingId, onderaannemer, soort, JSON.stringify(data), messageId],
    );
  }

  // ------------------------------------------------------------------ the onderaannemer's side

  async meldingen(onderaannemer: string, opts: { open: boolean; limit: number }): Promise<Melding[]> {
    const { rows } = await this.db.query<{ id: string; soort: Melding['soort']; data: MeldingData; created_at: Date; acked_at: Date | null }>(
      `SELECT id, soort, data, created_at, acked_at FROM onderaanneming_meldingen
        WHERE onderaannemer = $1 ${opts.open ? 'AND acked_at IS NULL' : ''} ORDER BY id LIMIT $2`,
      [onderaannemer, opts.limit],
    );
    return rows.map((r) => ({ id: r.id, soort: r.soort, data: { ...r.data, bsn: openText(r.data.bsn) }, createdAt: r.created_at, ackedAt: r.acked_at }));
  }

  /** Acknowledges one of the onderaannemer's own notifications; false when it has no such notification. */
  async ackMelding(onderaannemer: string, id: string): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `UPDATE onderaanneming_meldingen SET acked_at = coalesce(acked_at, now()) WHERE id = $1 AND onderaannemer = $2`,
      [id, onderaannemer],
    );
    return rowCount > 0;
  }

  async toewijzingenOf(onderaannemer: string): Promise<DelegatedToewijzingRow[]> {
    const { rows } = await this.db.query<ToewijzingRow>(
      `SELECT ${TOEWIJZING_COLUMNS} FROM onderaanneming_toewijzingen WHERE onderaannemer = $1 ORDER BY gemeente, toewijzing_nummer`,
      [onderaannemer],
    );
    return rows.map(toToewijzing);
  }

  async toewijzing(gemeente: string, hoofdaannemer: string, toewijzingNummer: string): Promise<DelegatedToewijzingRow | undefined> {
    const { rows } = await this.db.query<ToewijzingRow>(
      `SELECT ${TOEWIJZING_COLUMNS} FROM onderaanneming_toewijzingen WHERE gemeente = $1 AND hoofdaannemer = $2 AND toewijzing_nummer = $3`,
      [gemeente, hoofdaannemer, toewijzingNummer],
    );
    return rows[0] && toToewijzing(rows[0]);
  }

  /** The current version of a toewijzing of the hoofdaannemer (migration 002), or undefined when the gateway never accepted one. */
  async currentVersion(gemeente: string, hoofdaannemer: string, toewijzingNummer: string): Promise<ToegewezenProductState | undefined> {
    const { rows } = await this.db.query<{
      bsn_sealed: string; product_categorie: string | null; product_code: string | null; ingangsdatum: string; einddatum: string | null; reden_wijziging: string | null;
      toewijzingsdatum: string; toewijzingstijd: string; volume: string | null; eenheid: string | null; frequentie: string | null; budget: string | null;
      referentie_aanbieder: string | null; message_id: string;
    }>(
      `SELECT bsn_sealed, product_categorie, product_code, ingangsdatum, einddatum, reden_wijziging, toewijzingsdatum, toewijzingstijd, volume, eenheid, frequentie,
              budget, referentie_aanbieder, message_id
         FROM toegewezen_product_versions WHERE gemeente = $1 AND aanbieder = $2 AND toewijzing_nummer = $3
        ORDER BY toewijzingsdatum DESC, toewijzingstijd DESC, id DESC LIMIT 1`,
      [gemeente, hoofdaannemer, toewijzingNummer],
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      gemeente, aanbieder: hoofdaannemer, bsn: openText(r.bsn_sealed), toewijzingNummer, productCategorie: r.product_categorie, productCode: r.product_code,
      ingangsdatum: r.ingangsdatum, einddatum: r.einddatum, redenWijziging: r.reden_wijziging,
      omvang: r.volume === null || r.eenheid === null || r.frequentie === null ? null : { volume: r.volume, eenheid: r.eenheid, frequentie: r.frequentie },
      budget: r.budget, toewijzingsdatum: r.toewijzingsdatum, toewijzingstijd: r.toewijzingstijd, referentieAanbieder: r.referentie_aanbieder, messageId: r.message_id,
    };
  }

  /** Is there an accepted start of the hoofdaannemer itself (migration 002) with this Begindatum? */
  async hoofdaannemerStarted(gemeente: string, hoofdaannemer: string, toewijzingNummer: string, begindatum: string): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `SELECT 1 FROM start_producten WHERE gemeente = $1 AND aanbieder = $2 AND toewijzing_nummer = $3 AND begindatum = $4 AND removed_by IS NULL`,
      [gemeente, hoofdaannemer, toewijzingNummer, begindatum],
    );
    return rowCount > 0;
  }

  async insertOpgave(o: NewOpgave): Promise<Opgave> {
    const { rows } = await this.db.query<OpgaveRow>(
      `INSERT INTO onderaanneming_opgaven (toewijzing_id, relatie_id, gemeente, hoofdaannemer, onderaannemer, toewijzing_nummer, soort, begindatum, einddatum,
                                           reden_beeindiging, periode, status, ingediend_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING ${OPGAVE_COLUMNS}`,
      [o.toewijzingId, o.relatieId, o.gemeente, o.hoofdaannemer, o.onderaannemer, o.toewijzingNummer, o.soort, o.begindatum, o.einddatum, o.redenBeeindiging, o.periode, o.status, o.ingediendDoor],
    );
    return toOpgave(rows[0]!);
  }

  async opgaven(filter: { onderaannemer?: string; hoofdaannemer?: string; toewijzingId?: string; status?: readonly OpgaveStatus[]; soort?: readonly OpgaveSoort[]; ids?: readonly string[]; gemeente?: string }): Promise<Opgave[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filter.onderaannemer !== undefined) add((n) => `onderaannemer = ${n}`, filter.onderaannemer);
    if (filter.hoofdaannemer !== undefined) add((n) => `hoofdaannemer = ${n}`, filter.hoofdaannemer);
    if (filter.gemeente !== undefined) add((n) => `gemeente = ${n}`, filter.gemeente);
    if (filter.toewijzingId !== undefined) add((n) => `toewijzing_id = ${n}`, filter.toewijzingId);
    if (filter.status !== undefined) add((n) => `status = ANY(${n}::text[])`, filter.status);
    if (filter.soort !== undefined) add((n) => `soort = ANY(${n}::text[])`, filter.soort);
    if (filter.ids !== undefined) add((n) => `id = ANY(${n}::bigint[])`, filter.ids);
    const { rows } = await this.db.query<OpgaveRow>(
      `SELECT ${OPGAVE_COLUMNS} FROM onderaanneming_opgaven ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`,
      params,
    );
    return rows.map(toOpgave);
  }

  /** The hoofdaannemer's verdict on one of its pending opgaven; undefined when it has no such opgave waiting. */
  async review(id: string, hoofdaannemer: string, verdict: { status: 'goedgekeurd' | 'afgewezen'; reden: string | null; door: string }): Promise<Opgave | undefined> {
    const { rows } = await this.db.query<OpgaveRow>(
      `UPDATE onderaanneming_opgaven SET status = $3, reden = $4, beoordeeld_door = $5, beoordeeld_at = now()
        WHERE id = $1 AND hoofdaannemer = $2 AND status = 'ingediend' RETURNING ${OPGAVE_COLUMNS}`,
      [id, hoofdaannemer, verdict.status, verdict.reden, verdict.door],
    );
    return rows[0] && toOpgave(rows[0]);
  }

  /** Claims approved starts/stops for a merged message: in_bericht, linked to it (only those still goedgekeurd). */
  async markInBericht(ids: readonly string[], berichtId: string): Promise<number> {
    const { rowCount } = await this.db.query(
      `UPDATE onderaanneming_opgaven SET status = 'in_bericht', bericht_id = $2 WHERE id = ANY($1::bigint[]) AND status = 'goedgekeurd'`,
      [ids, berichtId],
    );
    return rowCount;
  }

  /** The merged message was rejected: its opgaven are afgewezen with the reason, so the onderaannemer sees what to fix. */
  async rejectBerichtOpgaven(berichtId: string, reden: string): Promise<void> {
    await this.db.query(`UPDATE onderaanneming_opgaven SET status = 'afgewezen', reden = $2 WHERE bericht_id = $1 AND status = 'in_bericht'`, [berichtId, reden]);
  }

  /** DelegationPort.declared: these prestaties are in a stored build. */
  async markGedeclareerd(lines: ReadonlyArray<{ prestatieId: string; buildId: string; referentieNummer: string }>): Promise<void> {
    if (lines.length === 0) return;
    await this.db.query(
      `UPDATE onderaanneming_opgaven o SET status = 'gedeclareerd', build_id = u.build_id, referentie_nummer = u.referentie_nummer
         FROM unnest($1::bigint[], $2::bigint[], $3::text[]) AS u (id, build_id, referentie_nummer)
        WHERE o.id = u.id AND o.soort = 'prestatie'`,
      [lines.map((l) => l.prestatieId), lines.map((l) => l.buildId), lines.map((l) => l.referentieNummer)],
    );
  }

  /**
   * The hoofdaannemer's delegated toewijzingen whose toewijzing and relation both overlap the month,
   * each with its prestatie for the month that may be declared (approved or already declared).
   */
  async delegatedForMonth(q: { gemeente: string; hoofdaannemer: string; begin: string; eind: string }): Promise<Array<{
    toewijzingNummer: string; onderaannemer: string; prestatieId: string | null; begindatum: string | null; einddatum: string | null;
  }>> {
    const { rows } = await this.db.query<{ toewijzing_nummer: string; onderaannemer: string; opgave_id: string | null; begindatum: string | null; einddatum: string | null }>(
      `SELECT t.toewijzing_nummer, t.onderaannemer, o.id AS opgave_id, o.begindatum, o.einddatum
         FROM onderaanneming_toewijzingen t
         JOIN onderaanneming_relaties r ON r.id = t.relatie_id
         LEFT JOIN onderaanneming_opgaven o ON o.toewijzing_id = t.id AND o.soort = 'prestatie' AND o.periode = $3::date
                                          AND o.status IN ('goedgekeurd', 'gedeclareerd')
        WHERE t.gemeente = $1 AND t.hoofdaannemer = $2
          AND t.ingangsdatum <= $4::date AND (t.einddatum IS NULL OR t.einddatum >= $3::date)
          AND r.vanaf <= $4::date AND (r.tot_en_met IS NULL OR r.tot_en_met >= $3::date)
        ORDER BY t.toewijzing_nummer`,
      [q.gemeente, q.hoofdaannemer, q.begin, q.eind],
    );
    return rows.map((r) => ({ toewijzingNummer: r.toewijzing_nummer, onderaannemer: r.onderaannemer, prestatieId: r.opgave_id, begindatum: r.begindatum, einddatum: r.einddatum }));
  }

  // ------------------------------------------------------------------ merged messages

  async insertBericht(b: { hoofdaannemer: string; gemeente: string; soort: 'WMO305' | 'WMO307'; identificatie: string; xml: string; createdBy: string }): Promise<MergedBericht> {
    const { rows } = await this.db.query<BerichtRow>(
      `INSERT INTO onderaanneming_berichten (hoofdaannemer, gemeente, soort, identificatie, xml, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${BERICHT_COLUMNS}`,
      [b.hoofdaannemer, b.gemeente, b.soort, b.identificatie, sealText(b.xml), b.createdBy],
    );
    return toBericht(rows[0]!);
  }

  async berichten(hoofdaannemer: string): Promise<MergedBericht[]> {
    const { rows } = await this.db.query<BerichtRow>(`SELECT ${BERICHT_COLUMNS} FROM onderaanneming_berichten WHERE hoofdaannemer = $1 ORDER BY created_at, id`, [hoofdaannemer]);
    return rows.map(toBericht);
  }

  async bericht(hoofdaannemer: string, id: string): Promise<(MergedBericht & { xml: string }) | undefined> {
    const { rows } = await this.db.query<BerichtRow & { xml: string }>(
      `SELECT ${BERICHT_COLUMNS}, xml FROM onderaanneming_berichten WHERE hoofdaannemer = $1 AND id = $2`,
      [hoofdaannemer, id],
    );
    return rows[0] && { ...toBericht(rows[0]), xml: openText(rows[0].xml) };
  }

  async berichtSubmitted(id: string, outcome: { status: 'geaccepteerd' | 'afgewezen'; messageId: string; retourcodes: string[] }): Promise<void> {
    await this.db.query(`UPDATE onderaanneming_berichten SET status = $2, message_id = $3, retourcodes = $4 WHERE id = $1`, [id, outcome.status, outcome.messageId, outcome.retourcodes]);
  }

  // ------------------------------------------------------------------ outcomes

  /**
   * The onderaannemer's own declared lines with the gemeente's verdict: declaratie_build_lines
   * with onderaannemer = it (migration 005), joined to the prestaties (migration 003) on
   * aanbieder and ReferentieNummer. Nothing else of the hoofdaannemer's declaratie is read.
   */
  async uitkomsten(onderaannemer: string): Promise<UitkomstRow[]> {
    const { rows } = await this.db.query<{
      referentie_nummer: string; soort: string; aanbieder: string; gemeente: string; bsn_sealed: string; toewijzing_nummer: string; product_categorie: string;
      product_code: string; periode_begin: string; periode_eind: string; bedrag: string; debet_credit: 'D' | 'C'; declaratie_nummer: string;
      status: UitkomstRow['status']; retourcodes: string[] | null; onderaannemer_prestatie_id: string | null;
    }>(
      `SELECT l.referentie_nummer, l.soort, l.aanbieder, l.gemeente, l.bsn_sealed, l.toewijzing_nummer, l.product_categorie, l.product_code, l.periode_begin,
              l.periode_eind, l.bedrag, l.debet_credit, b.declaratie_nummer, p.status, p.retourcodes, l.onderaannemer_prestatie_id
         FROM declaratie_build_lines l
         JOIN declaratie_builds b ON b.id = l.build_id
         LEFT JOIN LATERAL (
           SELECT p.status, p.retourcodes FROM prestaties p JOIN declaraties d ON d.id = p.declaratie_id
            WHERE p.aanbieder = l.aanbieder AND p.referentie_nummer = l.referentie_nummer AND d.identificatie = b.identificatie
            ORDER BY p.id DESC LIMIT 1) p ON true
        WHERE l.onderaannemer = $1
        ORDER BY l.periode_begin, l.id`,
      [onderaannemer],
    );
    return rows.map((r) => ({
      referentieNummer: r.referentie_nummer, soort: r.soort, hoofdaannemer: r.aanbieder, gemeente: r.gemeente, bsn: openText(r.bsn_sealed), toewijzingNummer: r.toewijzing_nummer,
      productCategorie: r.product_categorie, productCode: r.product_code, periodeBegin: r.periode_begin, periodeEind: r.periode_eind, bedrag: Number(r.bedrag),
      debetCredit: r.debet_credit, declaratieNummer: r.declaratie_nummer, status: r.status ?? null, retourcodes: r.retourcodes ?? [], opgaveId: r.onderaannemer_prestatie_id,
    }));
  }
}

/** The relation that delegates the product for its period: the one covering its Ingangsdatum, else the first that overlaps it. */
function relatieFor(relaties: readonly Relatie[], p: ToegewezenProductState): Relatie | undefined {
  const candidates = relaties.filter(
    (r) => delegates(r.producten, p.productCategorie, p.productCode) && periodsOverlap(r, { vanaf: p.ingangsdatum, totEnMet: p.einddatum }),
  );
  return candidates.find((r) => r.vanaf <= p.ingangsdatum) ?? candidates[0];
}

// ------------------------------------------------------------------ rows

const RELATIE_COLUMNS = 'id, hoofdaannemer, onderaannemer, gemeente, producten, vanaf, tot_en_met, goedkeuring, created_by, created_at';
interface RelatieRow {
  id: string; hoofdaannemer: string; onderaannemer: string; gemeente: string; producten: DelegatedProduct[]; vanaf: string; tot_en_met: string | null;
  goedkeuring: boolean; created_by: string; created_at: Date;
}
const toRelatie = (r: RelatieRow): Relatie => ({
  id: r.id, hoofdaannemer: r.hoofdaannemer, onderaannemer: r.onderaannemer, gemeente: r.gemeente, producten: r.producten, vanaf: r.vanaf,
  totEnMet: r.tot_en_met, goedkeuring: r.goedkeuring, createdBy: r.created_by, createdAt: r.created_at,
});

const TOEWIJZING_COLUMNS = 'id, relatie_id, gemeente, hoofdaannemer, onderaannemer, toewijzing_nummer, bsn_sealed, product_categorie, product_code, ingangsdatum, einddatum, message_id';
interface ToewijzingRow {
  id: string; relatie_id: string; gemeente: string; hoofdaannemer: string; onderaannemer: string; toewijzing_nummer: string; bsn_sealed: string;
  product_categorie: string | null; product_code: string | null; ingangsdatum: string; einddatum: string | null; message_id: string;
}
const toToewijzing = (r: ToewijzingRow): DelegatedToewijzingRow => ({
  id: r.id, relatieId: r.relatie_id, gemeente: r.gemeente, hoofdaannemer: r.hoofdaannemer, onderaannemer: r.onderaannemer, toewijzingNummer: r.toewijzing_nummer,
  bsn: openText(r.bsn_sealed), productCategorie: r.product_categorie, productCode: r.product_code, ingangsdatum: r.ingangsdatum, einddatum: r.einddatum, messageId: r.message_id,
});

const OPGAVE_COLUMNS = `id, toewijzing_id, relatie_id, gemeente, hoofdaannemer, onderaannemer, toewijzing_nummer, soort, begindatum, einddatum, reden_beeindiging,
  to_char(periode, 'YYYY-MM-DD') AS periode, status, reden, beoordeeld_door, bericht_id, build_id, referentie_nummer, ingediend_door, created_at`;
interface OpgaveRow {
  id: string; toewijzing_id: string; relatie_id: string; gemeente: string; hoofdaannemer: string; onderaannemer: string; toewijzing_nummer: string; soort: OpgaveSoort;
  begindatum: string; einddatum: string | null; reden_beeindiging: string | null; periode: string | null; status: OpgaveStatus; reden: string | null;
  beoordeeld_door: string | null; bericht_id: string | null; build_id: string | null; referentie_nummer: string | null; ingediend_door: string; created_at: Date;
}
const toOpgave = (r: OpgaveRow): Opgave => ({
  id: r.id, toewijzingId: r.toewijzing_id, relatieId: r.relatie_id, gemeente: r.gemeente, hoofdaannemer: r.hoofdaannemer, onderaannemer: r.onderaannemer,
  toewijzingNummer: r.toewijzing_nummer, soort: r.soort, begindatum: r.begindatum, einddatum: r.einddatum, redenBeeindiging: r.reden_beeindiging, periode: r.periode,
  status: r.status, reden: r.reden, beoordeeldDoor: r.beoordeeld_door, berichtId: r.bericht_id, buildId: r.build_id, referentieNummer: r.referentie_nummer,
  ingediendDoor: r.ingediend_door, createdAt: r.created_at,
});

const BERICHT_COLUMNS = 'id, hoofdaannemer, gemeente, soort, identificatie, status, message_id, retourcodes, created_at';
interface BerichtRow {
  id: string; hoofdaannemer: string; gemeente: string; soort: 'WMO305' | 'WMO307'; identificatie: string; status: MergedBericht['status']; message_id: string | null;
  retourcodes: string[]; created_at: Date;
}
const toBericht = (r: BerichtRow): MergedBericht => ({
  id: r.id, hoofdaannemer: r.hoofdaannemer, gemeente: r.gemeente, soort: r.soort, identificatie: r.identificatie, status: r.status, messageId: r.message_id,
  retourcodes: r.retourcodes, createdAt: r.created_at,
});
