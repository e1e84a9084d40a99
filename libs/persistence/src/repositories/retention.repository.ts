import type { Queryable } from '../database';

/** A message body the retention removed (docs/retention.md). */
export interface PurgedBody {
  purgedAt: Date;
  /** the retention that removed it */
  retentionDays: number;
}

/** Rows one batch of the toewijzing state purge removed. */
export interface ToewijzingPurge {
  /** toewijzingen (gemeente, aanbieder, ToewijzingNummer) removed: at most the batch */
  toewijzingen: number;
  versions: number;
  starts: number;
  stops: number;
}

// `$1` is the retention in days in every statement below, `$2` the batch size.
const BEFORE = `now() - make_interval(days => $1::int)`;
const BEFORE_DATE = `(current_date - $1::int)`;

/** A message whose body someone may still be sent or read from: an open delivery, or the 301 behind an onderaanneming. */
const BODY_IN_USE = `(EXISTS (SELECT 1 FROM deliveries d WHERE d.message_id = m.id AND d.status IN ('pending', 'fetched'))
  OR EXISTS (SELECT 1 FROM onderaanneming_toewijzingen o WHERE o.message_id = m.id))`;

/** A declaratie of a period ended longer ago than the retention, with no recent answer. */
const DECLARATIE_EXPIRED = `d.periode_eind < ${BEFORE_DATE} AND d.created_at < ${BEFORE}
  AND NOT EXISTS (SELECT 1 FROM declaratie_antwoorden a WHERE a.declaratie_id = d.id AND a.created_at >= ${BEFORE})`;

/**
 * The retention purge: each method is one bounded statement (at most `batch` rows of the table it
 * walks) that removes what expired and returns how many rows it touched, so the caller repeats it
 * until a batch comes back short. Every statement only selects what is still there, so a second
 * run, or a second worker at the same moment, finds nothing (FOR UPDATE SKIP LOCKED where one
 * table is walked; a row deleted by the other worker is skipped after its lock).
 */
export class RetentionRepository {
  constructor(private readonly db: Queryable) {}

  /** Empties the bodies of rejected messages received more than `days` ago. */
  async purgeRejectedBodies(days: number, batch: number): Promise<number> {
    return this.emptyBodies(days, batch, `m.status = 'rejected'`);
  }

  /** Empties the gateway's own retourberichten on rejected messages, once no delivery of them is open. */
  async purgeRetourBodiesOfRejected(days: number, batch: number): Promise<number> {
    return this.emptyBodies(days, batch, `m.made_by_gateway AND EXISTS (SELECT 1 FROM messages h WHERE h.id = m.in_reply_to AND h.status = 'rejected')
      AND NOT ${BODY_IN_USE}`);
  }

  /** Empties every body received more than `days` ago that nothing needs any more. */
  async purgeBodies(days: number, batch: number): Promise<number> {
    return this.emptyBodies(days, batch, `NOT ${BODY_IN_USE}`);
  }

  /** When and after how many days the body of a message was removed; undefined while it is kept. */
  async purgedBody(id: string): Promise<PurgedBody | undefined> {
    const { rows } = await this.db.query<{ body_purged_at: Date; body_retention_days: number }>(
      'SELECT body_purged_at, body_retention_days FROM messages WHERE id = $1 AND body_purged_at IS NOT NULL',
      [id],
    );
    return rows[0] && { purgedAt: rows[0].body_purged_at, retentionDays: rows[0].body_retention_days };
  }

  /**
   * Removes toewijzingen ended (Einddatum, or withdrawn with RedenWijziging 13) more than `days`
   * ago whose versions, starts and stops all arrived before that too: all their rows in one
   * statement, so no rule ever sees a toewijzing without its starts or starts without it.
   */
  async purgeToewijzingen(days: number, batch: number): Promise<ToewijzingPurge> {
    const { rows } = await this.db.query<{ toewijzingen: string; versions: string; starts: string; stops: string }>(
      `WITH ended AS (
         SELECT DISTINCT v.gemeente, v.aanbieder, v.toewijzing_nummer
           FROM toegewezen_product_versions v
          WHERE v.created_at < ${BEFORE}
            AND (v.einddatum < ${BEFORE_DATE} OR v.reden_wijziging = '13' AND v.toewijzingsdatum < ${BEFORE_DATE})
            -- v is the current version (OP033x1: latest Toewijzingsdatum and -tijd, then arrival)
            AND NOT EXISTS (SELECT 1 FROM toegewezen_product_versions n
                             WHERE n.gemeente = v.gemeente AND n.aanbieder = v.aanbieder AND n.toewijzing_nummer = v.toewijzing_nummer
                               AND ((n.toewijzingsdatum, n.toewijzingstijd, n.id) > (v.toewijzingsdatum, v.toewijzingstijd, v.id) OR n.created_at >= ${BEFORE}))
            AND NOT EXISTS (SELECT 1 FROM start_producten s
                             WHERE s.gemeente = v.gemeente AND s.aanbieder = v.aanbieder AND s.toewijzing_nummer = v.toewijzing_nummer AND s.created_at >= ${BEFORE})
            AND NOT EXISTS (SELECT 1 FROM stop_producten s
                             WHERE s.gemeente = v.gemeente AND s.aanbieder = v.aanbieder AND s.toewijzing_nummer = v.toewijzing_nummer AND s.created_at >= ${BEFORE})
          LIMIT $2
       ),
       starts AS (DELETE FROM start_producten t USING ended e
                   WHERE t.gemeente = e.gemeente AND t.aanbieder = e.aanbieder AND t.toewijzing_nummer = e.toewijzing_nummer RETURNING 1),
       stops AS (DELETE FROM stop_producten t USING ended e
                  WHERE t.gemeente = e.gemeente AND t.aanbieder = e.aanbieder AND t.toewijzing_nummer = e.toewijzing_nummer RETURNING 1),
       versions AS (DELETE FROM toegewezen_product_versions t USING ended e
                     WHERE t.gemeente = e.gemeente AND t.aanbieder = e.aanbieder AND t.toewijzing_nummer = e.toewijzing_nummer RETURNING 1)
       SELECT (SELECT count(*) FROM ended) AS toewijzingen, (SELECT count(*) FROM versions) AS versions, (SELECT count(*) FROM starts) AS starts, (SELECT count(*) FROM stops) AS stops`,
      [days, batch],
    );
    const r = rows[0]!;
    return { toewijzingen: Number(r.toewijzingen), versions: Number(r.versions), starts: Number(r.starts), stops: Number(r.stops) };
  }

  /**
   * Removes verzoeken handled (by a 301 or 319) that arrived more than `days` ago and whose
   * honouring toewijzing is gone; a verzoek still onderhanden (TR374) is kept however old.
   */
  async purgeVerzoeken(days: number, batch: number): Promise<number> {
    return this.deleteWhere('verzoeken', 'r', days, batch, `r.afgehandeld_door IS NOT NULL AND r.created_at < ${BEFORE}
      AND NOT EXISTS (SELECT 1 FROM toegewezen_product_versions v
                       WHERE v.gemeente = r.gemeente AND v.aanbieder = r.aanbieder AND v.referentie_aanbieder = r.referentie_aanbieder)
      AND NOT EXISTS (SELECT 1 FROM antwoorden a
                       WHERE a.gemeente = r.gemeente AND a.aanbieder = r.aanbieder AND a.referentie_aanbieder = r.referentie_aanbieder AND a.created_at >= ${BEFORE})`);
  }

  /** Removes antwoorden (319) that arrived more than `days` ago on a verzoek that is gone. */
  async purgeAntwoorden(days: number, batch: number): Promise<number> {
    return this.deleteWhere('antwoorden', 'r', days, batch, `r.created_at < ${BEFORE}
      AND NOT EXISTS (SELECT 1 FROM verzoeken v WHERE v.aanbieder = r.aanbieder AND v.referentie_aanbieder = r.referentie_aanbieder)`);
  }

  /** Removes prestaties of declaraties whose period ended more than `days` ago (first step of a declaratie's purge). */
  async purgePrestaties(days: number, batch: number): Promise<number> {
    return this.deleteWhere('prestaties', 'r', days, batch, `EXISTS (SELECT 1 FROM declaraties d WHERE d.id = r.declaratie_id AND ${DECLARATIE_EXPIRED})`);
  }

  /** Removes the 325s on those declaraties once their prestaties are gone, and old 325s on no declaratie. */
  async purgeDeclaratieAntwoorden(days: number, batch: number): Promise<number> {
    return this.deleteWhere('declaratie_antwoorden', 'r', days, batch, `NOT EXISTS (SELECT 1 FROM prestaties p WHERE p.antwoord_id = r.id)
      AND (r.declaratie_id IS NULL AND r.created_at < ${BEFORE}
           OR EXISTS (SELECT 1 FROM declaraties d WHERE d.id = r.declaratie_id AND ${DECLARATIE_EXPIRED}
                       AND NOT EXISTS (SELECT 1 FROM prestaties p WHERE p.declaratie_id = d.id)))`);
  }

  /** Removes the expired declaraties themselves once their prestaties and 325s are gone. */
  async purgeDeclaraties(days: number, batch: number): Promise<number> {
    return this.deleteWhere('declaraties', 'd', days, batch, `${DECLARATIE_EXPIRED}
      AND NOT EXISTS (SELECT 1 FROM prestaties p WHERE p.declaratie_id = d.id)
      AND NOT EXISTS (SELECT 1 FROM declaratie_antwoorden a WHERE a.declaratie_id = d.id)`);
  }

  /** Removes audit log entries older than `days`; only refused ones when refusedOnly. */
  async purgeAudit(days: number, batch: number, refusedOnly: boolean): Promise<number> {
    return this.deleteWhere('audit_log', 'r', days, batch, `r.at < ${BEFORE}${refusedOnly ? ` AND r.outcome = 'refused'` : ''}`);
  }

  private async emptyBodies(days: number, batch: number, condition: string): Promise<number> {
    const { rowCount } = await this.db.query(
      `UPDATE messages SET raw = ''::bytea, body_purged_at = now(), body_retention_days = $1
        WHERE id IN (SELECT m.id FROM messages m
                      WHERE m.body_purged_at IS NULL AND m.received_at < ${BEFORE} AND ${condition}
                      ORDER BY m.received_at LIMIT $2 FOR UPDATE SKIP LOCKED)`,
      [days, batch],
    );
    return rowCount;
  }

  private async deleteWhere(table: string, alias: string, days: number, batch: number, condition: string): Promise<number> {
    const { rowCount } = await this.db.query(
      `DELETE FROM ${table} WHERE id IN (SELECT ${alias}.id FROM ${table} ${alias} WHERE ${condition} LIMIT $2 FOR UPDATE SKIP LOCKED)`,
      [days, batch],
    );
    return rowCount;
  }
}
