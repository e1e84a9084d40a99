/**
 * Test and benchmark data for the dashboard: bulk inserts straight into the tables of migrations
 * 001-006 (one statement per batch, columns as arrays), and a generator of a year of traffic for
 * the H4 gemeenten. Used by the dashboard specs, test/e2e/dashboard.e2e.spec.ts and
 * bench/dashboard.bench.ts; never by the gateway itself.
 */
import { randomUUID } from 'node:crypto';
import { sealBsns, type Queryable } from '@lib/persistence';
import type { ContractRegister } from '@lib/rules';
import { toegewezenInMonth } from '../money';
import { addDays } from '../working-days';

export interface SeedMessage {
  id?: string;
  type: string;
  kind?: 'heen' | 'retour';
  afzender: string;
  ontvanger: string;
  identificatie?: string;
  status?: 'accepted' | 'rejected';
  retourcodes?: string[];
  errors?: unknown[];
  /** ISO timestamp */
  receivedAt: string;
  inReplyTo?: string | null;
  madeByGateway?: boolean;
}

export interface SeedToewijzing {
  gemeente: string;
  aanbieder: string;
  bsn: string;
  nummer: string;
  productCode: string;
  ingangsdatum: string;
  einddatum: string | null;
  redenWijziging?: string | null;
  toewijzingsdatum?: string;
  toewijzingstijd?: string;
  messageId?: string;
  /** delegated by the aanbieder (hoofdaannemer) to this onderaannemer: an onderaanneming_toewijzingen row, as accepting the 301 makes */
  onderaannemer?: string;
}

export interface SeedPrestatie {
  bsn: string;
  productCode: string;
  /** first day of the month declared */
  periode: string;
  bedrag: number;
  dc?: 'D' | 'C';
  status?: 'ingediend' | 'toegekend' | 'afgewezen';
  /** the onderaannemer that delivered it (a declaratie_build_lines row) */
  onderaannemer?: string;
  referentie?: string;
  toewijzingNummer?: string;
  /** the retourcodes of an afgewezen prestatie */
  retourcodes?: string[];
  /** who rejected an afgewezen prestatie: the gateway on arrival, or (the default when the declaratie is beantwoord) the gemeente's 325 (antwoord_id set) */
  afgewezenDoor?: 'gateway' | 'gemeente';
}

export interface SeedDeclaratie {
  aanbieder: string;
  gemeente: string;
  periode: string;
  status?: 'ingediend' | 'beantwoord' | 'afgewezen';
  createdAt?: string;
  messageId?: string;
  /** when the 325 was stored (default: 6 days after the 323), and its message id */
  antwoordAt?: string;
  antwoordMessageId?: string;
  prestaties: SeedPrestatie[];
}

const BATCH = 2000;

/** Who rejected an afgewezen prestatie: as told, else the gateway while the declaratie is unanswered, else the gemeente. */
const afgewezenDoor = (d: SeedDeclaratie, p: SeedPrestatie): 'gateway' | 'gemeente' =>
  p.afgewezenDoor ?? (d.status === 'ingediend' ? 'gateway' : 'gemeente');
/** A prestatie's status unless told: that of its declaratie (all afgewezen in one rejected as a whole). */
const statusOf = (d: SeedDeclaratie, p: SeedPrestatie): NonNullable<SeedPrestatie['status']> =>
  p.status ?? (d.status === 'ingediend' ? 'ingediend' : d.status === 'afgewezen' ? 'afgewezen' : 'toegekend');

let counter = 0;
const nextId = (prefix: string) => `${prefix}${(++counter).toString(36).toUpperCase().padStart(6, '0')}`.slice(0, 12);

async function batched<T>(rows: readonly T[], insert: (batch: readonly T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/** Parties by code: gemeenten (4 digits) and aanbieders (8 digits); returns code -> id. */
export async function seedParties(db: Queryable, parties: ReadonlyArray<{ code: string; name: string }>): Promise<Map<string, string>> {
  for (const p of parties) {
    await db.query(`INSERT INTO parties (role, code, name) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`, [p.code.length === 4 ? 'gemeente' : 'aanbieder', p.code, p.name]);
  }
  const { rows } = await db.query<{ id: string; code: string }>('SELECT id, code FROM parties');
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Messages (with a small raw body) and for the accepted ones a delivery to the ontvanger; returns their ids. */
export async function seedMessages(db: Queryable, partyIds: ReadonlyMap<string, string>, messages: readonly SeedMessage[], deliveryStatus: (m: SeedMessage, i: number) => 'pending' | 'delivered' | 'acked' | 'dead' | null = () => 'acked'): Promise<string[]> {
  const withIds = messages.map((m) => ({
    ...m, id: m.id ?? randomUUID(), identificatie: m.identificatie ?? nextId('M'),
    kind: m.kind ?? (Number(m.type.slice(3)) % 2 === 1 ? ('heen' as const) : ('retour' as const)),
  }));
  await batched(withIds, (batch) => {
    const raw = batch.map((m) => `<Bericht type="${m.type}" id="${m.identificatie}"/>`.padEnd(600, ' '));
    return db.query(
      `INSERT INTO messages (id, message_type, kind, submitted_by, recipient_id, afzender, ontvanger, identificatie, dagtekening, status,
                             retourcodes, errors, raw, size_bytes, sha256, in_reply_to, made_by_gateway, received_at)
       SELECT id, type, kind, sub, rec, afz, ont, ident, received::date, status,
              CASE WHEN codes = '' THEN '{}'::text[] ELSE string_to_array(codes, ',') END, errors::jsonb,
              convert_to(raw, 'UTF8'), length(raw), encode(sha256(convert_to(raw, 'UTF8')), 'hex'), reply, gw, received
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[],
                   $10::text[], $11::text[], $12::text[], $13::uuid[], $14::boolean[], $15::timestamptz[])
            AS t (id, type, kind, sub, rec, afz, ont, ident, status, codes, errors, raw, reply, gw, received)`,
      [
        batch.map((m) => m.id), batch.map((m) => m.type), batch.map((m) => m.kind),
        batch.map((m) => (m.madeByGateway ? null : partyIds.get(m.kind === 'retour' ? m.ontvanger : m.afzender) ?? null)),
        batch.map((m) => partyIds.get(m.kind === 'retour' ? m.afzender : m.ontvanger) ?? null),
        batch.map((m) => m.afzender), batch.map((m) => m.ontvanger), batch.map((m) => m.identificatie), batch.map((m) => m.status ?? 'accepted'),
        batch.map((m) => (m.retourcodes ?? []).join(',')), batch.map((m) => JSON.stringify(m.errors ?? [])), raw,
        batch.map((m) => m.inReplyTo ?? null), batch.map((m) => m.madeByGateway ?? false), batch.map((m) => m.receivedAt),
      ],
    );
  });
  // status history: received, then accepted or rejected
  await batched(withIds, (batch) =>
    db.query(
      `INSERT INTO message_events (message_id, at, event, detail)
       SELECT id, received + e.offset_ms * interval '1 millisecond', CASE WHEN e.n = 1 THEN 'received' ELSE status END, '{}'::jsonb
       FROM unnest($1::uuid[], $2::timestamptz[], $3::text[]) AS t (id, received, status)
       CROSS JOIN (VALUES (1, 0), (2, 40)) AS e (n, offset_ms)`,
      [batch.map((m) => m.id), batch.map((m) => m.receivedAt), batch.map((m) => m.status ?? 'accepted')],
    ),
  );
  const deliveries = withIds.flatMap((m, i) => {
    const status = (m.status ?? 'accepted') === 'accepted' ? deliveryStatus(m, i) : null;
    // a retour keeps the heenbericht's header: it goes to the heenbericht's Afzender
    const party = partyIds.get(m.kind === 'retour' ? m.afzender : m.ontvanger);
    return status && party ? [{ m, status, party }] : [];
  });
  await batched(deliveries, (batch) =>
    db.query(
      `INSERT INTO deliveries (message_id, party_id, channel, status, attempts, last_error, created_at, delivered_at, acked_at)
       SELECT mid, pid, 'webhook', st, CASE WHEN st = 'dead' OR (st = 'pending' AND retried) THEN 3 WHEN st = 'pending' THEN 0 ELSE 1 END,
              CASE WHEN st = 'dead' OR (st = 'pending' AND retried) THEN 'webhook answered 503' END, created,
              CASE WHEN st IN ('delivered', 'acked') THEN created END, CASE WHEN st = 'acked' THEN created END
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::boolean[]) AS t (mid, pid, st, created, retried)`,
      [batch.map((d) => d.m.id), batch.map((d) => d.party), batch.map((d) => d.status), batch.map((d) => d.m.receivedAt), batch.map((_, i) => i % 2 === 0)],
    ),
  );
  return withIds.map((m) => m.id);
}

export async function seedToewijzingen(db: Queryable, rows: readonly SeedToewijzing[]): Promise<void> {
  await batched(rows, (batch, bsns = bsnsOf(batch)) =>
    db.query(
      `INSERT INTO toegewezen_product_versions (gemeente, aanbieder, bsn_hash, bsn_sealed, toewijzing_nummer, product_categorie, product_code,
                                                toewijzingsdatum, toewijzingstijd, ingangsdatum, einddatum, reden_wijziging, message_id)
       SELECT g, a, b, bs, n, substr(pc, 1, 2), pc, td, tt, i, e, r, mid
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::date[], $9::date[], $10::text[], $11::uuid[], $12::text[])
            AS t (g, a, b, n, pc, td, tt, i, e, r, mid, bs)`,
      [
        batch.map((t) => t.gemeente), batch.map((t) => t.aanbieder), bsns.hashes, batch.map((t) => t.nummer), batch.map((t) => t.productCode),
        batch.map((t) => t.toewijzingsdatum ?? addDays(t.ingangsdatum, -7)), batch.map((t) => t.toewijzingstijd ?? '09:00:00'),
        batch.map((t) => t.ingangsdatum), batch.map((t) => t.einddatum), batch.map((t) => t.redenWijziging ?? null), batch.map((t) => t.messageId ?? randomUUID()),
        bsns.sealed,
      ],
    ),
  );
  await seedOnderaanneming(db, rows.filter((t) => t.onderaannemer));
}

/**
 * For delegated toewijzingen: a relation per hoofdaannemer, onderaannemer and gemeente (delegating
 * the categories of its toewijzingen) and the assignment of each toewijzing, as
 * OnderaannemingRepository.apply makes them when the 301 is accepted (a later version keeps it).
 */
async function seedOnderaanneming(db: Queryable, rows: readonly SeedToewijzing[]): Promise<void> {
  const relaties = new Map<string, { hoofd: string; onder: string; gemeente: string; categorieen: Set<string>; id?: string }>();
  for (const t of rows) {
    const k = `${t.aanbieder}|${t.onderaannemer}|${t.gemeente}`;
    if (!relaties.has(k)) relaties.set(k, { hoofd: t.aanbieder, onder: t.onderaannemer!, gemeente: t.gemeente, categorieen: new Set() });
    relaties.get(k)!.categorieen.add(t.productCode.slice(0, 2));
  }
  for (const r of relaties.values()) {
    const existing = await db.query<{ id: string }>('SELECT id FROM onderaanneming_relaties WHERE hoofdaannemer = $1 AND onderaannemer = $2 AND gemeente = $3', [r.hoofd, r.onder, r.gemeente]);
    r.id = existing.rows[0]?.id ?? (await db.query<{ id: string }>(
      `INSERT INTO onderaanneming_relaties (hoofdaannemer, onderaannemer, gemeente, producten, vanaf, created_by) VALUES ($1, $2, $3, $4, '2000-01-01', 'seed') RETURNING id`,
      [r.hoofd, r.onder, r.gemeente, JSON.stringify([...r.categorieen].sort().map((categorie) => ({ categorie })))],
    )).rows[0]!.id;
  }
  await batched(rows, (batch, bsns = bsnsOf(batch)) =>
    db.query(
      `INSERT INTO onderaanneming_toewijzingen (relatie_id, gemeente, hoofdaannemer, onderaannemer, toewijzing_nummer, bsn_hash, bsn_sealed, product_categorie, product_code, ingangsdatum, einddatum, message_id)
       SELECT rel, g, a, o, n, b, bs, substr(pc, 1, 2), pc, i, e, gen_random_uuid()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::date[], $10::text[]) AS t (rel, g, a, o, n, b, pc, i, e, bs)
       ON CONFLICT (gemeente, hoofdaannemer, toewijzing_nummer) DO NOTHING`,
      [
        batch.map((t) => relaties.get(`${t.aanbieder}|${t.onderaannemer}|${t.gemeente}`)!.id), batch.map((t) => t.gemeente), batch.map((t) => t.aanbieder),
        batch.map((t) => t.onderaannemer), batch.map((t) => t.nummer), bsns.hashes, batch.map((t) => t.productCode),
        batch.map((t) => t.ingangsdatum), batch.map((t) => t.einddatum), bsns.sealed,
      ],
    ),
  );
}

/** Start (and stop) producten of toewijzingen, so the deadline checks see them as started (stopped). */
export async function seedStarts(db: Queryable, table: 'start_producten' | 'stop_producten', rows: readonly SeedToewijzing[]): Promise<void> {
  await batched(rows, (batch, bsns = bsnsOf(batch)) =>
    db.query(
      table === 'start_producten'
        ? `INSERT INTO start_producten (gemeente, aanbieder, bsn_hash, bsn_sealed, toewijzing_nummer, product_code, begindatum, message_id)
           SELECT g, a, b, bs, n, pc, i, gen_random_uuid() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::date[], $8::text[]) AS t (g, a, b, n, pc, i, e, bs)`
        : `INSERT INTO stop_producten (gemeente, aanbieder, bsn_hash, bsn_sealed, toewijzing_nummer, product_code, begindatum, reden_beeindiging, einddatum, message_id)
           SELECT g, a, b, bs, n, pc, i, '01', e, gen_random_uuid() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::date[], $8::text[]) AS t (g, a, b, n, pc, i, e, bs)`,
      [
        batch.map((t) => t.gemeente), batch.map((t) => t.aanbieder), bsns.hashes, batch.map((t) => t.nummer), batch.map((t) => t.productCode),
        batch.map((t) => t.ingangsdatum), batch.map((t) => t.einddatum), bsns.sealed,
      ],
    ),
  );
}

/** The rows' Bsns as bsn_hash and bsn_sealed, as the repositories store them. */
const bsnsOf = (rows: ReadonlyArray<{ bsn: string }>) => sealBsns(rows.map((r) => r.bsn));

/** The last day of the month of `day`. */
const lastDayOf = (day: string) => addDays(new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 1)).toISOString().slice(0, 10), -1);

/**
 * Declaraties with their prestaties. A beantwoord declaratie gets its 325 (declaratie_antwoorden)
 * and its judged prestaties point at it (antwoord_id), with the retourcodes of the rejected ones.
 * A declaratie with onderaannemer lines gets a declaratie_builds row with those build lines.
 */
export async function seedDeclaraties(db: Queryable, declaraties: readonly SeedDeclaratie[]): Promise<void> {
  for (let i = 0; i < declaraties.length; i += 200) {
    const batch = declaraties.slice(i, i + 200);
    const meta = batch.map((d) => ({
      d, messageId: d.messageId ?? randomUUID(), ident: nextId('D'), nummer: nextId('N'),
      createdAt: d.createdAt ?? `${addDays(lastDayOf(d.periode), 3)}T10:00:00Z`,
    }));
    const ids = await db.query<{ id: string }>(
      `INSERT INTO declaraties (message_id, aanbieder, gemeente, identificatie, dagtekening, declaratie_nummer, periode_begin, periode_eind, totaal_bedrag, totaal_dc, status, created_at)
       SELECT mid, a, g, ident, p + interval '1 month', nr, p, (p + interval '1 month - 1 day')::date, tot, 'D', st, created
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::bigint[], $8::text[], $9::timestamptz[])
            WITH ORDINALITY AS t (mid, a, g, ident, nr, p, tot, st, created, ord)
       ORDER BY ord
       RETURNING id`,
      [
        meta.map((m) => m.messageId), batch.map((d) => d.aanbieder), batch.map((d) => d.gemeente),
        meta.map((m) => m.ident), meta.map((m) => m.nummer), batch.map((d) => d.periode),
        batch.map((d) => d.prestaties.reduce((s, p) => s + (p.dc === 'C' ? -p.bedrag : p.bedrag), 0)),
        batch.map((d) => d.status ?? 'beantwoord'), meta.map((m) => m.createdAt),
      ],
    );
    // the 325 of each beantwoord declaratie
    const answered = meta.map((m, j) => ({ ...m, declaratieId: ids.rows[j]!.id })).filter((m) => (m.d.status ?? 'beantwoord') === 'beantwoord');
    const antwoorden = answered.length === 0 ? { rows: [] } : await db.query<{ id: string; declaratie_id: string }>(
      `INSERT INTO declaratie_antwoorden (message_id, declaratie_id, gemeente, aanbieder, identificatie, dagtekening, declaratie_identificatie,
                                          declaratie_dagtekening, declaratie_nummer, header_retourcodes, afgewezen_prestaties, created_at)
       SELECT mid, did, g, a, ident, created::date, dident, (p + interval '1 month')::date, nr, '{0200}', afgewezen, created
       FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[], $9::int[], $10::timestamptz[])
            AS t (mid, did, g, a, ident, dident, p, nr, afgewezen, created)
       RETURNING id, declaratie_id`,
      [
        answered.map((m) => m.d.antwoordMessageId ?? randomUUID()), answered.map((m) => m.declaratieId), answered.map((m) => m.d.gemeente), answered.map((m) => m.d.aanbieder),
        answered.map(() => nextId('A')), answered.map((m) => m.ident), answered.map((m) => m.d.periode), answered.map((m) => m.nummer),
        answered.map((m) => m.d.prestaties.filter((p) => statusOf(m.d, p) === 'afgewezen' && afgewezenDoor(m.d, p) === 'gemeente').length),
        answered.map((m) => m.d.antwoordAt ?? `${addDays(m.createdAt.slice(0, 10), 6)}T10:00:00Z`),
      ],
    );
    const antwoordOf = new Map(antwoorden.rows.map((r) => [String(r.declaratie_id), r.id]));
    const lines = batch.flatMap((d, j) => d.prestaties.map((p, k) => ({ d, p, declaratieId: ids.rows[j]!.id, k, referentie: p.referentie ?? nextId('R') })));
    await batched(lines, (ls, bsns = bsnsOf(ls.map((l) => l.p))) =>
      db.query(
        `INSERT INTO prestaties (declaratie_id, aanbieder, gemeente, client_positie, prestatie_positie, bsn_hash, bsn_sealed, referentie_nummer, toewijzing_nummer,
                                 product_categorie, product_code, periode_begin, periode_eind, geleverd_volume, eenheid, product_tarief, bedrag, debet_credit, status,
                                 retourcodes, antwoord_id, afgewezen_door)
         SELECT did, a, g, pos, 1, b, bs, ref, tn, substr(pc, 1, 2), pc, p, (p + interval '1 month - 1 day')::date, 1, '82', bedrag, bedrag, dc, st,
                CASE WHEN codes = '' THEN '{}'::text[] ELSE string_to_array(codes, ',') END,
                CASE WHEN st <> 'ingediend' AND door IS DISTINCT FROM 'gateway' THEN aid END, door
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[], $10::bigint[], $11::text[], $12::text[],
                     $13::text[], $14::bigint[], $15::text[], $16::text[])
              AS t (did, a, g, pos, b, ref, tn, pc, p, bedrag, dc, st, codes, aid, door, bs)`,
        [
          ls.map((l) => l.declaratieId), ls.map((l) => l.d.aanbieder), ls.map((l) => l.d.gemeente), ls.map((l) => l.k + 1), bsns.hashes,
          ls.map((l) => l.referentie), ls.map((l) => l.p.toewijzingNummer ?? '1'), ls.map((l) => l.p.productCode), ls.map((l) => l.p.periode),
          ls.map((l) => l.p.bedrag), ls.map((l) => l.p.dc ?? 'D'), ls.map((l) => statusOf(l.d, l.p)),
          ls.map((l) => (l.p.retourcodes ?? []).join(',')), ls.map((l) => antwoordOf.get(String(l.declaratieId)) ?? null),
          ls.map((l) => (statusOf(l.d, l.p) === 'afgewezen' ? afgewezenDoor(l.d, l.p) : null)), bsns.sealed,
        ],
      ),
    );
    // one build per declaratie with onderaannemer lines, and its lines
    const built = meta.map((m, j) => ({ ...m, declaratieId: ids.rows[j]!.id })).filter((m) => m.d.prestaties.some((p) => p.onderaannemer));
    if (built.length === 0) continue;
    const builds = await db.query<{ id: string }>(
      `INSERT INTO declaratie_builds (aanbieder, gemeente, periode, declaratie_nummer, identificatie, dagtekening, totaal_bedrag, totaal_dc, xml, built_by)
       SELECT a, g, p, nr, ident, p, 0, 'D', '<Bericht/>', 'seed'
       FROM unnest($1::text[], $2::text[], $3::date[], $4::text[], $5::text[]) WITH ORDINALITY AS t (a, g, p, nr, ident, ord)
       ORDER BY ord RETURNING id`,
      [built.map((m) => m.d.aanbieder), built.map((m) => m.d.gemeente), built.map((m) => m.d.periode), built.map(() => nextId('B')), built.map(() => nextId('I'))],
    );
    const buildOf = new Map(built.map((m, j) => [m.declaratieId, builds.rows[j]!.id]));
    const onder = lines.filter((l) => l.p.onderaannemer);
    await batched(onder, (ls, bsns = bsnsOf(ls.map((l) => l.p))) =>
      db.query(
        `INSERT INTO declaratie_build_lines (build_id, aanbieder, gemeente, soort, referentie_nummer, bsn_hash, bsn_sealed, toewijzing_nummer, product_categorie, product_code,
                                             periode_begin, periode_eind, product_tarief, bedrag, debet_credit, onderaannemer)
         SELECT bid, a, g, 'nieuw', ref, b, bs, tn, substr(pc, 1, 2), pc, p, (p + interval '1 month - 1 day')::date, bedrag, bedrag, dc, o
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::bigint[], $10::text[], $11::text[], $12::text[])
              AS t (bid, a, g, ref, b, tn, pc, p, bedrag, dc, o, bs)`,
        [
          ls.map((l) => buildOf.get(l.declaratieId)), ls.map((l) => l.d.aanbieder), ls.map((l) => l.d.gemeente), ls.map((l) => l.referentie), bsns.hashes,
          ls.map((l) => l.p.toewijzingNummer ?? '1'), ls.map((l) => l.p.productCode), ls.map((l) => l.p.periode), ls.map((l) => l.p.bedrag),
          ls.map((l) => l.p.dc ?? 'D'), ls.map((l) => l.p.onderaannemer), bsns.sealed,
        ],
      ),
    );
  }
}

// ------------------------------------------------------------------ a year of traffic

export const H4_GEMEENTEN = [
  { code: '0503', name: 'Delft' }, { code: '0603', name: 'Rijswijk' }, { code: '1783', name: 'Westland' }, { code: '1842', name: 'Midden-Delfland' },
];

/** Deterministic pseudo-random numbers (mulberry32), so a run is reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface YearOptions {
  /** the last day of the year of traffic (YYYY-MM-DD) */
  today: string;
  /** toewijzingen (about 5 messages each; 19,500 give about 100,000 messages) */
  toewijzingen: number;
  /** aanbieders (8-digit codes made up, 9000xxxx), besides the three demo aanbieders */
  extraAanbieders: number;
  seed?: number;
  register: ContractRegister;
  /** progress callback */
  log?: (line: string) => void;
}

const REJECT_CODES = ['9338', '0611', '9307', '8021', '9340', '0001', '9333', '9056', '9319', '8214'];
/** what a gemeente's 325 gives the prestaties it rejects */
const VERDICT_CODES = ['0611', '9321', '9307', '8187', '9308'];
/** onderaannemers (made-up AGB-codes) that hoofdaannemers delegate about 8% of their toewijzingen to */
const ONDERAANNEMERS = ['80000001', '80000002', '80000003'];
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/**
 * A year of iWmo traffic for the four H4 gemeenten: toewijzingen (301/302), starts (305/306),
 * stops (307/308), verzoeken (315/316), monthly declaraties (323/325) with prestaties, rejected
 * messages with retourcodes, deliveries (a few dead-lettered or retrying), and the state tables;
 * about 8% of the toewijzingen delegated to one of three onderaannemers (onderaanneming, with their
 * prestaties declared as the onderaannemer's lines), and about 5% of the answered prestaties
 * rejected by the gemeente's 325 with a retourcode.
 */
export async function seedYear(db: Queryable, o: YearOptions): Promise<{ messages: number; toewijzingen: number; prestaties: number }> {
  const rnd = prng(o.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const aanbieders = ['12345678', '87654321', '11223344', ...Array.from({ length: o.extraAanbieders }, (_, i) => `9000${pad(i, 4)}`)];
  const partyIds = await seedParties(db, [
    ...H4_GEMEENTEN, ...aanbieders.map((code, i) => ({ code, name: i < 3 ? ['Demo Thuiszorg', 'Demo Begeleiding', 'Demo Dagbesteding'][i]! : `Aanbieder ${code}` })),
    ...ONDERAANNEMERS.map((code) => ({ code, name: `Onderaannemer ${code}` })),
  ]);
  const first = addDays(o.today, -364);
  const at = (day: string, minute = Math.floor(rnd() * 600)) => `${day}T${pad(7 + Math.floor(minute / 60), 2)}:${pad(minute % 60, 2)}:00Z`;
  const dayIn = (from: string, span: number) => addDays(from, Math.floor(rnd() * span));

  const messages: SeedMessage[] = [];
  const toewijzingen: SeedToewijzing[] = [];
  const started: SeedToewijzing[] = [];
  const stopped: SeedToewijzing[] = [];
  for (let i = 0; i < o.toewijzingen; i++) {
    const gemeente = pick(H4_GEMEENTEN).code;
    const aanbieder = pick(aanbieders);
    const ingang = dayIn(first, 350);
    const products = o.register.products(gemeente, ingang);
    const product = pick(products).productCode;
    const eind = rnd() < 0.4 ? addDays(ingang, 30 + Math.floor(rnd() * 200)) : null;
    const bsn = `1${pad(Math.floor(rnd() * 1e8), 8)}`;
    const toegewezen = at(addDays(ingang, -7));
    const msg301 = randomUUID();
    const t: SeedToewijzing = {
      gemeente, aanbieder, bsn, nummer: String(100000 + i), productCode: product, ingangsdatum: ingang, einddatum: eind, messageId: msg301, toewijzingsdatum: addDays(ingang, -7),
      onderaannemer: rnd() < 0.08 ? pick(ONDERAANNEMERS) : undefined,
    };
    toewijzingen.push(t);
    const id301 = nextId('T');
    messages.push({ id: msg301, type: 'WMO301', afzender: gemeente, ontvanger: aanbieder, identificatie: id301, receivedAt: toegewezen });
    if (rnd() < 0.97) messages.push({ type: 'WMO302', kind: 'retour', afzender: gemeente, ontvanger: aanbieder, identificatie: id301, receivedAt: at(addDays(ingang, -6)) });
    if (rnd() < 0.25) {
      const v = nextId('V');
      messages.push({ type: 'WMO315', afzender: aanbieder, ontvanger: gemeente, identificatie: v, receivedAt: at(addDays(ingang, -20)) });
      messages.push({ type: 'WMO316', kind: 'retour', afzender: aanbieder, ontvanger: gemeente, identificatie: v, receivedAt: at(addDays(ingang, -19)) });
    }
    if (ingang <= o.today && rnd() < 0.95) {
      started.push(t);
      const s = nextId('S');
      messages.push({ type: 'WMO305', afzender: aanbieder, ontvanger: gemeente, identificatie: s, receivedAt: at(addDays(ingang, 2)) });
      messages.push({ type: 'WMO306', kind: 'retour', afzender: aanbieder, ontvanger: gemeente, identificatie: s, receivedAt: at(addDays(ingang, 3)) });
      if (eind && eind <= o.today && rnd() < 0.9) {
        stopped.push(t);
        const e = nextId('E');
        messages.push({ type: 'WMO307', afzender: aanbieder, ontvanger: gemeente, identificatie: e, receivedAt: at(addDays(eind, 2)) });
        messages.push({ type: 'WMO308', kind: 'retour', afzender: aanbieder, ontvanger: gemeente, identificatie: e, receivedAt: at(addDays(eind, 3)) });
      }
    }
    // rejected attempts, with the gateway's retour
    if (rnd() < 0.12) {
      const code = pick(REJECT_CODES);
      const type = pick(['WMO305', 'WMO307', 'WMO323', 'WMO301', 'WMO315']);
      const from = type === 'WMO301' ? gemeente : aanbieder;
      const to = type === 'WMO301' ? aanbieder : gemeente;
      const rejectedId = randomUUID();
      const day = dayIn(first, 364);
      messages.push({
        id: rejectedId, type, afzender: from, ontvanger: to, status: 'rejected', retourcodes: [code], receivedAt: at(day),
        errors: [{ layer: 'rule', code, rule: `TR${code.slice(1)}`, path: '/Bericht/Client/Bsn', line: null, message: `Client ${bsn}: the rule behind ${code} is not met; correct the element and send again.` }],
      });
    }
  }
  // one declaratie per aanbieder, gemeente and month, with a prestatie per toewijzing active in the month
  const declaraties: SeedDeclaratie[] = [];
  const lastMonth = `${o.today.slice(0, 7)}-01`;
  const firstMonth = `${first.slice(0, 7)}-01`;
  const byPair = new Map<string, SeedToewijzing[]>();
  for (const t of started) byPair.set(`${t.aanbieder}|${t.gemeente}`, [...(byPair.get(`${t.aanbieder}|${t.gemeente}`) ?? []), t]);
  let prestaties = 0;
  for (let month = firstMonth; month < lastMonth; month = addDays(lastDayOf(month), 1)) {
    const monthEnd = lastDayOf(month);
    for (const [pair, ts] of byPair) {
      const [aanbieder, gemeente] = pair.split('|') as [string, string];
      const active = ts.filter((t) => t.ingangsdatum <= monthEnd && (t.einddatum === null || t.einddatum >= month));
      if (!active.length) continue;
      const recent = addDays(lastDayOf(month), 1) >= addDays(o.today, -20);
      const messageId = randomUUID();
      const antwoordMessageId = randomUUID();
      const ident = nextId('C');
      const sent = at(addDays(monthEnd, 3));
      const answered = at(addDays(monthEnd, 9));
      messages.push({ id: messageId, type: 'WMO323', afzender: aanbieder, ontvanger: gemeente, identificatie: ident, receivedAt: sent });
      if (!recent) messages.push({ id: antwoordMessageId, type: 'WMO325', kind: 'heen', afzender: gemeente, ontvanger: aanbieder, receivedAt: answered });
      declaraties.push({
        aanbieder, gemeente, periode: month, status: recent ? 'ingediend' : 'beantwoord', createdAt: sent, messageId, antwoordAt: answered, antwoordMessageId,
        prestaties: active.map((t) => {
          prestaties++;
          // mostly what the toewijzing allows for the month, sometimes less
          const allowed = toegewezenInMonth(t, month, o.register) ?? 0;
          const declared = rnd() < 0.7 ? allowed : Math.round(allowed * (0.5 + rnd() * 0.5));
          const status = recent ? 'ingediend' : rnd() < 0.05 ? 'afgewezen' : 'toegekend';
          return {
            bsn: t.bsn, productCode: t.productCode, periode: month, bedrag: declared, toewijzingNummer: t.nummer, status,
            retourcodes: status === 'afgewezen' ? [pick(VERDICT_CODES)] : undefined,
            onderaannemer: t.onderaannemer,
          } satisfies SeedPrestatie;
        }),
      });
    }
  }
  messages.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  o.log?.(`seeding ${messages.length} messages, ${toewijzingen.length} toewijzingen, ${prestaties} prestaties`);
  await seedMessages(db, partyIds, messages, (_, i) => (i % 997 === 0 ? 'dead' : i % 1499 === 0 ? 'pending' : 'acked'));
  await seedToewijzingen(db, toewijzingen);
  await seedStarts(db, 'start_producten', started);
  await seedStarts(db, 'stop_producten', stopped);
  await seedDeclaraties(db, declaraties);
  return { messages: messages.length, toewijzingen: toewijzingen.length, prestaties };
}

