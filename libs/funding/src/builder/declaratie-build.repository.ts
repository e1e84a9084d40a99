import { openText, sealBsns, sealText, ToewijzingStateRepository, type Queryable } from '@lib/persistence';
import { PRESTATIE_COLUMNS, prestatieFields, type PrestatieColumnsRow } from '@lib/persistence';
import { addMonths, monthEnd, monthStart } from './calendar';
import { CORRECTION_MONTHS, type BuildInput, type BuiltLine, type EarlierPrestatie } from './declaratie-build';

/** What the builder reads about one aanbieder and gemeente (BuildInput without the register and onderaanneming). */
export type LoadedInputs = Pick<BuildInput, 'toewijzingen' | 'starts' | 'stops' | 'prestaties' | 'declared'>;

/** A stored build (declaratie_builds). */
export interface StoredBuild {
  id: string;
  aanbieder: string;
  gemeente: string;
  /** YYYY-MM */
  periode: string;
  declaratieNummer: string;
  identificatie: string;
  dagtekening: string;
  totaalBedrag: number;
  totaalDc: 'D' | 'C';
  builtBy: string;
  createdAt: Date;
}

/** The numbers of a stored build: unique per aanbieder across restarts (builder_counters). */
export interface ReservedNumbers {
  declaratieNummer: string;
  identificatie: string;
  referentieNummers: string[];
}

/**
 * The builder's I/O (migrations 002, 003 and 005). load() reads an aanbieder's inputs for a gemeente with one
 * query per table, whatever the number of clients: no query per client or toewijzing. reserve() and store()
 * run on the transaction that stores the build, so a rolled-back build gives its numbers back.
 */
export class DeclaratieBuildRepository {
  constructor(private readonly db: Queryable) {}

  async load(q: { aanbieder: string; gemeente: string; periode: string }): Promise<LoadedInputs> {
    const maand = monthStart(q.periode);
    const windowStart = addMonths(maand, -CORRECTION_MONTHS);
    const params = [q.gemeente, q.aanbieder];
    const [versions, starts, stops, prestaties, declared] = await Promise.all([
      new ToewijzingStateRepository(this.db).currentProductsOf(q.gemeente, q.aanbieder),
      this.db.query<{ toewijzing_nummer: string; begindatum: string }>(
        `SELECT toewijzing_nummer, begindatum FROM start_producten
          WHERE gemeente = $1 AND aanbieder = $2 AND removed_by IS NULL AND toewijzing_nummer IS NOT NULL AND begindatum <= $3`,
        [...params, monthEnd(maand)],
      ),
      this.db.query<{ toewijzing_nummer: string; einddatum: string }>(
        `SELECT toewijzing_nummer, einddatum FROM stop_producten
          WHERE gemeente = $1 AND aanbieder = $2 AND removed_by IS NULL AND toewijzing_nummer IS NOT NULL`,
        params,
      ),
      this.db.query<PrestatieRow>(
        `SELECT ${PRESTATIE_COLUMNS}, l.onderaannemer, l.dagen_geleverd
           FROM prestaties p
           LEFT JOIN declaratie_build_lines l ON l.aanbieder = p.aanbieder AND l.referentie_nummer = p.referentie_nummer
          WHERE p.gemeente = $1 AND p.aanbieder = $2 AND p.periode_begin >= $3
          ORDER BY p.id`,
        [...params, windowStart],
      ),
      this.db.query<{ first: string | null; latest: string | null }>(
        `SELECT min(periode_begin) AS first, max(periode_begin) AS latest FROM declaraties WHERE gemeente = $1 AND aanbieder = $2 AND status <> 'afgewezen'`,
        params,
      ),
    ]);
    const d = declared.rows[0];
    return {
      // only toewijzingen that can touch the correction window
      toewijzingen: versions.filter((t) => t.ingangsdatum <= monthEnd(maand) && (t.einddatum === null || t.einddatum >= windowStart)),
      starts: starts.rows.map((r) => ({ toewijzingNummer: r.toewijzing_nummer, begindatum: r.begindatum })),
      stops: stops.rows.map((r) => ({ toewijzingNummer: r.toewijzing_nummer, einddatum: r.einddatum })),
      prestaties: prestaties.rows.map(toPrestatie),
      declared: d?.first && d.latest ? { first: d.first, latest: d.latest } : null,
    };
  }

  /** Takes the next numbers of the aanbieder's counters (call on the storing transaction). */
  async reserve(aanbieder: string, lines: number): Promise<ReservedNumbers> {
    const next = async (soort: 'declaratie' | 'referentie' | 'bericht', n: number): Promise<number> => {
      const { rows } = await this.db.query<{ laatste: string }>(
        `INSERT INTO builder_counters (aanbieder, soort, laatste) VALUES ($1, $2, $3)
         ON CONFLICT (aanbieder, soort) DO UPDATE SET laatste = builder_counters.laatste + EXCLUDED.laatste
         RETURNING laatste`,
        [aanbieder, soort, n],
      );
      return Number(rows[0]!.laatste) - n + 1;
    };
    const declaratie = await next('declaratie', 1);
    const bericht = await next('bericht', 1);
    const first = lines > 0 ? await next('referentie', lines) : 0;
    return {
      // LDT_IdentificatieDeclaratie: at most 12 letters and digits; LDT_IdentificatieBericht: at most 12; ReferentieNummer: at most 20
      declaratieNummer: `GD${pad(declaratie, 10)}`,
      identificatie: `GB${pad(bericht, 10)}`,
      referentieNummers: Array.from({ length: lines }, (_, i) => `GR${pad(first + i, 12)}`),
    };
  }

  /** Stores a build and its lines; returns its id. */
  async store(b: {
    aanbieder: string; gemeente: string; periode: string; numbers: ReservedNumbers; dagtekening: string;
    totaal: { bedrag: number; debetCredit: 'D' | 'C' }; xml: string; builtBy: string; lines: readonly BuiltLine[];
  }): Promise<string> {
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO declaratie_builds (aanbieder, gemeente, periode, declaratie_nummer, identificatie, dagtekening, totaal_bedrag, totaal_dc, xml, built_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [b.aanbieder, b.gemeente, monthStart(b.periode), b.numbers.declaratieNummer, b.numbers.identificatie, b.dagtekening, b.totaal.bedrag, b.totaal.debetCredit, sealText(b.xml), b.builtBy],
    );
    const id = rows[0]!.id;
    const col = <T>(f: (l: BuiltLine, i: number) => T): T[] => b.lines.map(f);
    const bsns = sealBsns(col((l) => l.bsn));
    await this.db.query(
      `INSERT INTO declaratie_build_lines (build_id, aanbieder, gemeente, soort, referentie_nummer, vorig_referentie_nummer, bsn_hash, bsn_sealed, toewijzing_nummer,
                                          product_categorie, product_code, periode_begin, periode_eind, product_tarief, bedrag, debet_credit,
                                          dagen_geleverd, onderaannemer, onderaannemer_prestatie_id)
       SELECT $1, $2, $3, u.* FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::date[], $13::date[],
                                          $14::bigint[], $15::bigint[], $16::text[], $17::int[], $18::text[], $19::bigint[]) AS u`,
      [
        id, b.aanbieder, b.gemeente,
        col((l) => l.soort), col((_, i) => b.numbers.referentieNummers[i]), col((l) => l.vorigReferentieNummer), bsns.hashes, bsns.sealed,
        col((l) => l.toewijzingNummer), col((l) => l.productCategorie), col((l) => l.productCode), col((l) => l.periodeBegin), col((l) => l.periodeEind),
        // Eenheid 83 has no tarief: the column keeps the amount then
        col((l) => l.productTarief ?? l.bedrag), col((l) => l.bedrag), col((l) => l.debetCredit), col((l) => l.dagenGeleverd),
        col((l) => l.onderaannemer), col((l) => l.onderaannemerPrestatieId),
      ],
    );
    return id;
  }

  /** One of the aanbieder's builds, with or without its XML. */
  async find(aanbieder: string, id: string): Promise<(StoredBuild & { xml: string }) | undefined> {
    if (!/^\d{1,18}$/.test(id)) return undefined;
    const { rows } = await this.db.query<BuildRow>(
      `SELECT id, aanbieder, gemeente, periode, declaratie_nummer, identificatie, dagtekening, totaal_bedrag, totaal_dc, built_by, created_at, xml
         FROM declaratie_builds WHERE id = $1 AND aanbieder = $2`,
      [id, aanbieder],
    );
    const r = rows[0];
    return r && { ...toBuild(r), xml: openText(r.xml) };
  }

  /** Lines of a build by soort (counts and amounts). */
  async lineCounts(buildId: string): Promise<Array<{ soort: string; lines: number; bedrag: number }>> {
    const { rows } = await this.db.query<{ soort: string; n: string; bedrag: string }>(
      `SELECT soort, count(*) AS n, sum(bedrag) AS bedrag FROM declaratie_build_lines WHERE build_id = $1 GROUP BY soort ORDER BY soort`,
      [buildId],
    );
    return rows.map((r) => ({ soort: r.soort, lines: Number(r.n), bedrag: Number(r.bedrag) }));
  }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

interface PrestatieRow extends PrestatieColumnsRow {
  onderaannemer: string | null;
  dagen_geleverd: number | null;
}

const toPrestatie = (r: PrestatieRow): EarlierPrestatie => {
  const { productPeriode, ...fields } = prestatieFields(r);
  return {
    ...fields,
    periodeBegin: productPeriode.begindatum,
    periodeEind: productPeriode.einddatum,
    onderaannemer: r.onderaannemer,
    dagenGeleverd: r.dagen_geleverd === null ? null : Number(r.dagen_geleverd),
  };
};

interface BuildRow {
  id: string;
  aanbieder: string;
  gemeente: string;
  periode: string;
  declaratie_nummer: string;
  identificatie: string;
  dagtekening: string;
  totaal_bedrag: string;
  totaal_dc: 'D' | 'C';
  built_by: string;
  created_at: Date;
  xml: string;
}

const toBuild = (r: BuildRow): StoredBuild => ({
  id: r.id,
  aanbieder: r.aanbieder,
  gemeente: r.gemeente,
  periode: r.periode.slice(0, 7),
  declaratieNummer: r.declaratie_nummer,
  identificatie: r.identificatie,
  dagtekening: r.dagtekening,
  totaalBedrag: Number(r.totaal_bedrag),
  totaalDc: r.totaal_dc,
  builtBy: r.built_by,
  createdAt: r.created_at,
});
