import { openText } from '../crypto';
import type { Queryable } from '../database';

/** Whose declaraties: an aanbieder sees those it sent, a gemeente those it received. */
export interface ReconciliationScope {
  readonly role: 'aanbieder' | 'gemeente';
  readonly code: string;
}

export interface DeclaratieRow {
  messageId: string;
  declaratieNummer: string;
  aanbieder: string;
  gemeente: string;
  identificatie: string;
  dagtekening: string;
  periodeBegin: string;
  periodeEind: string;
  status: 'ingediend' | 'beantwoord' | 'afgewezen';
  retourcodes: string[];
  /**
   * Signed eurocents (debet positive, credit negative), every prestatie in exactly one of the four:
   * ingediend = afgewezenDoorGateway + afgewezenDoorGemeente + toegekend + open.
   */
  ingediend: number;
  /** rejected by the gateway on arrival (its own 325 answered them) */
  afgewezenDoorGateway: number;
  /** rejected in the gemeente's 325 (listed, or the declaratie rejected as a whole) */
  afgewezenDoorGemeente: number;
  /** granted: not listed in the gemeente's 325 */
  toegekend: number;
  /** not judged yet: waiting for the gemeente's 325 */
  open: number;
  /** the 325's own TotaalToegekendBedrag (signed), when it carried one */
  toegekendVolgensAntwoord: number | null;
  prestaties: number;
  /** prestaties afgewezen, by the gateway and by the gemeente together */
  afgewezen: number;
  afgewezenPrestatiesDoorGateway: number;
  /** the gateway's own 325 on the prestaties it rejected, when it rejected some */
  gatewayAntwoordMessageId: string | null;
  antwoordMessageId: string | null;
  beantwoordOp: string | null;
}

export interface PrestatieRow {
  id: string;
  clientPositie: number;
  prestatiePositie: number;
  bsn: string;
  referentieNummer: string;
  vorigReferentieNummer: string | null;
  toewijzingNummer: string;
  productCategorie: string;
  productCode: string;
  periodeBegin: string;
  periodeEind: string;
  geleverdVolume: number;
  eenheid: string;
  productTarief: number | null;
  bedrag: number;
  debetCredit: 'D' | 'C';
  status: 'ingediend' | 'toegekend' | 'afgewezen';
  /** who rejected it, when afgewezen */
  afgewezenDoor: 'gateway' | 'gemeente' | null;
  retourcodes: string[];
  /** the onderaannemer that delivered it, when the builder made the line for a delegated product */
  onderaannemer: string | null;
}

export interface TeCorrigerenRow extends PrestatieRow {
  declaratieMessageId: string;
  declaratieNummer: string;
  gemeente: string;
  aanbieder: string;
}

const scopeWhere = (scope: ReconciliationScope, alias: string, n: number) => `${alias}.${scope.role === 'aanbieder' ? 'aanbieder' : 'gemeente'} = $${n}`;

/**
 * The declaratie-antwoord views over the declaratie state (migration 003) and the builder's lines
 * (migration 005). Read-only; every query is limited to the caller's own declaraties.
 */
export class ReconciliationRepository {
  constructor(private readonly db: Queryable) {}

  async declaraties(scope: ReconciliationScope, filter: { periode?: string; limit: number }): Promise<DeclaratieRow[]> {
    const params: unknown[] = [scope.code, filter.limit];
    const periode = filter.periode ? (params.push(`${filter.periode}-01`), `AND d.periode_begin = $${params.length}::date`) : '';
    const rows = await this.declaratieRows(`${scopeWhere(scope, 'd', 1)} ${periode} ORDER BY d.periode_begin DESC, d.id DESC LIMIT $2`, params);
    return rows.map(toDeclaratie);
  }

  async declaratie(scope: ReconciliationScope, messageId: string): Promise<{ declaratie: DeclaratieRow; prestaties: PrestatieRow[] } | undefined> {
    const [d] = await this.declaratieRows(`d.message_id = $2 AND ${scopeWhere(scope, 'd', 1)}`, [scope.code, messageId]);
    if (!d) return undefined;
    const prestaties = await this.prestaties(`p.declaratie_id = $1`, [d.id]);
    return { declaratie: toDeclaratie(d), prestaties };
  }

  /** Declaraties with their totals and first answer, matching `where` (which may end in ORDER BY and LIMIT). */
  private async declaratieRows(where: string, params: unknown[]): Promise<Array<RawDeclaratie & { id: string }>> {
    const { rows } = await this.db.query<RawDeclaratie & { id: string }>(
      `SELECT d.id, d.message_id, d.declaratie_nummer, d.aanbieder, d.gemeente, d.identificatie, d.dagtekening, d.periode_begin, d.periode_eind, d.status, d.retourcodes,
              CASE WHEN d.totaal_dc = 'D' THEN d.totaal_bedrag ELSE -d.totaal_bedrag END AS ingediend,
              s.afgewezen_gateway, s.afgewezen_gemeente, s.toegekend, s.open, s.prestaties, s.afgewezen, s.afgewezen_gateway_n,
              (SELECT r.id FROM messages r WHERE r.in_reply_to = d.message_id AND r.made_by_gateway AND r.message_type = 'WMO325' LIMIT 1) AS gateway_antwoord_message_id,
              a.message_id AS antwoord_message_id, a.dagtekening AS beantwoord_op,
              CASE WHEN a.totaal_toegekend IS NULL THEN NULL WHEN a.totaal_toegekend_dc = 'C' THEN -a.totaal_toegekend ELSE a.totaal_toegekend END AS toegekend_antwoord
         FROM declaraties d
         CROSS JOIN LATERAL (
           SELECT coalesce(sum(b.signed) FILTER (WHERE p.afgewezen_door = 'gateway'), 0) AS afgewezen_gateway,
                  coalesce(sum(b.signed) FILTER (WHERE p.afgewezen_door = 'gemeente'), 0) AS afgewezen_gemeente,
                  coalesce(sum(b.signed) FILTER (WHERE p.status = 'toegekend'), 0) AS toegekend,
                  coalesce(sum(b.signed) FILTER (WHERE p.status = 'ingediend'), 0) AS open,
                  count(*) AS prestaties,
                  count(*) FILTER (WHERE p.status = 'afgewezen') AS afgewezen,
                  count(*) FILTER (WHERE p.afgewezen_door = 'gateway') AS afgewezen_gateway_n
             FROM prestaties p CROSS JOIN LATERAL (SELECT CASE WHEN p.debet_credit = 'D' THEN p.bedrag ELSE -p.bedrag END AS signed) b
            WHERE p.declaratie_id = d.id) s
         LEFT JOIN LATERAL (SELECT message_id, dagtekening, totaal_toegekend, totaal_toegekend_dc FROM declaratie_antwoorden
                             WHERE declaratie_id = d.id ORDER BY id LIMIT 1) a ON true
        WHERE ${where}`,
      params,
    );
    return rows;
  }

  /**
   * Rejected prestaties not declared again: no later prestatie (not rejected) on the same
   * toewijzing, product, period and debet/credit, and no line for it in a build made after the
   * declaratie (built but perhaps not yet sent). This is what the builder re-declares.
   */
  async teCorrigeren(scope: ReconciliationScope): Promise<TeCorrigerenRow[]> {
    return this.prestaties(
      `${scopeWhere(scope, 'p', 1)} AND p.status = 'afgewezen'
       AND NOT EXISTS (SELECT 1 FROM prestaties q JOIN declaraties qd ON qd.id = q.declaratie_id
                        WHERE q.aanbieder = p.aanbieder AND q.gemeente = p.gemeente AND q.toewijzing_nummer = p.toewijzing_nummer
                          AND q.product_categorie = p.product_categorie AND q.product_code = p.product_code AND q.debet_credit = p.debet_credit
                          AND q.periode_begin <= p.periode_eind AND p.periode_begin <= q.periode_eind
                          AND q.id > p.id AND q.status <> 'afgewezen' AND qd.status <> 'afgewezen')
       AND NOT EXISTS (SELECT 1 FROM declaratie_build_lines l JOIN declaratie_builds b ON b.id = l.build_id
                        WHERE l.aanbieder = p.aanbieder AND l.gemeente = p.gemeente AND l.toewijzing_nummer = p.toewijzing_nummer
                          AND l.product_categorie = p.product_categorie AND l.product_code = p.product_code AND l.debet_credit = p.debet_credit
                          AND l.periode_begin <= p.periode_eind AND p.periode_begin <= l.periode_eind
                          AND b.created_at > d.created_at AND b.identificatie <> d.identificatie)`,
      [scope.code],
    ) as Promise<TeCorrigerenRow[]>;
  }

  private async prestaties(where: string, params: unknown[]): Promise<Array<PrestatieRow & Partial<TeCorrigerenRow>>> {
    const { rows } = await this.db.query<RawPrestatie>(
      `SELECT p.id, p.client_positie, p.prestatie_positie, p.bsn_sealed, p.referentie_nummer, p.vorig_referentie_nummer, p.toewijzing_nummer, p.product_categorie,
              p.product_code, p.periode_begin, p.periode_eind, p.geleverd_volume, p.eenheid, p.product_tarief, p.bedrag, p.debet_credit, p.status, p.afgewezen_door, p.retourcodes,
              d.message_id AS declaratie_message_id, d.declaratie_nummer, p.gemeente, p.aanbieder,
              (SELECT l.onderaannemer FROM declaratie_build_lines l WHERE l.aanbieder = p.aanbieder AND l.referentie_nummer = p.referentie_nummer LIMIT 1) AS onderaannemer
         FROM prestaties p JOIN declaraties d ON d.id = p.declaratie_id
        WHERE ${where}
        ORDER BY d.periode_begin, d.id, p.client_positie, p.prestatie_positie`,
      params,
    );
    return rows.map((r) => ({
      id: r.id, clientPositie: r.client_positie, prestatiePositie: r.prestatie_positie, bsn: openText(r.bsn_sealed), referentieNummer: r.referentie_nummer,
      vorigReferentieNummer: r.vorig_referentie_nummer, toewijzingNummer: r.toewijzing_nummer, productCategorie: r.product_categorie, productCode: r.product_code,
      periodeBegin: r.periode_begin, periodeEind: r.periode_eind, geleverdVolume: Number(r.geleverd_volume), eenheid: r.eenheid,
      productTarief: r.product_tarief === null ? null : Number(r.product_tarief), bedrag: Number(r.bedrag), debetCredit: r.debet_credit, status: r.status, afgewezenDoor: r.afgewezen_door,
      retourcodes: r.retourcodes, onderaannemer: r.onderaannemer,
      declaratieMessageId: r.declaratie_message_id, declaratieNummer: r.declaratie_nummer, gemeente: r.gemeente, aanbieder: r.aanbieder,
    }));
  }
}

interface RawDeclaratie {
  message_id: string; declaratie_nummer: string; aanbieder: string; gemeente: string; identificatie: string; dagtekening: string; periode_begin: string;
  periode_eind: string; status: DeclaratieRow['status']; retourcodes: string[]; ingediend: string; afgewezen_gateway: string; afgewezen_gemeente: string;
  toegekend: string; open: string; prestaties: string; afgewezen: string; afgewezen_gateway_n: string; gateway_antwoord_message_id: string | null;
  antwoord_message_id: string | null; beantwoord_op: string | null; toegekend_antwoord: string | null;
}
interface RawPrestatie {
  id: string; client_positie: number; prestatie_positie: number; bsn_sealed: string; referentie_nummer: string; vorig_referentie_nummer: string | null;
  toewijzing_nummer: string; product_categorie: string; product_code: string; periode_begin: string; periode_eind: string; geleverd_volume: string;
  eenheid: string; product_tarief: string | null; bedrag: string; debet_credit: 'D' | 'C'; status: PrestatieRow['status']; afgewezen_door: PrestatieRow['afgewezenDoor'];
  retourcodes: string[];
  declaratie_message_id: string; declaratie_nummer: string; gemeente: string; aanbieder: string; onderaannemer: string | null;
}

const toDeclaratie = (r: RawDeclaratie): DeclaratieRow => ({
  messageId: r.message_id, declaratieNummer: r.declaratie_nummer, aanbieder: r.aanbieder, gemeente: r.gemeente, identificatie: r.identificatie,
  dagtekening: r.dagtekening, periodeBegin: r.periode_begin, periodeEind: r.periode_eind, status: r.status, retourcodes: r.retourcodes,
  ingediend: Number(r.ingediend), afgewezenDoorGateway: Number(r.afgewezen_gateway), afgewezenDoorGemeente: Number(r.afgewezen_gemeente),
  toegekend: Number(r.toegekend), open: Number(r.open), toegekendVolgensAntwoord: r.toegekend_antwoord === null ? null : Number(r.toegekend_antwoord),
  prestaties: Number(r.prestaties), afgewezen: Number(r.afgewezen), afgewezenPrestatiesDoorGateway: Number(r.afgewezen_gateway_n),
  gatewayAntwoordMessageId: r.gateway_antwoord_message_id, antwoordMessageId: r.antwoord_message_id, beantwoordOp: r.beantwoord_op,
});
