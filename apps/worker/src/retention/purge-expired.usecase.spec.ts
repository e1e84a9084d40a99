/**
 * The retention purge on both databases: exactly what expired goes (bodies emptied, rows and
 * verdicts kept; state no rule needs any more deleted), what is recent or still needed stays,
 * more rows than one batch are purged, and a second run purges nothing.
 */
import { randomUUID } from 'node:crypto';
import type { RetentionSettings } from '@lib/config';
import { Database, DeliveryRepository, MessageRepository, RetentionRepository, type MessageStatus } from '@lib/persistence';
import { testDatabaseBackends, TestDatabase } from '@lib/persistence/testing';
import { createParty, migrated, MESSAGE_BODY } from '../delivery/delivery.fixtures';
import { PurgeExpiredUseCase, type PurgeCounts } from './purge-expired.usecase';

const DAY_MS = 86_400_000;
const SETTINGS: RetentionSettings = {
  rejectedDays: 30, messageDays: 2922, stateDays: 2922, auditDays: 1826, auditRefusedDays: 180, intervalMs: 3_600_000, batchSize: 3,
};
const NOTHING: PurgeCounts = {
  rejectedBodies: 0, retourBodies: 0, bodies: 0, toewijzingVersions: 0, starts: 0, stops: 0, verzoeken: 0, antwoorden: 0,
  prestaties: 0, declaratieAntwoorden: 0, declaraties: 0, auditRefused: 0, audit: 0,
};

/** A date `days` ago, as 'YYYY-MM-DD'. */
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);

describe.each(testDatabaseBackends().map((b) => [b.name, b] as const))('PurgeExpiredUseCase on %s', (_name, backend) => {
  let test: TestDatabase;
  let db: Database;
  const purge = (settings: Partial<RetentionSettings> = {}) =>
    new PurgeExpiredUseCase(new RetentionRepository(db), { retention: { ...SETTINGS, ...settings } }).execute();

  beforeEach(async () => {
    test = await backend.create();
    db = await migrated(test.db);
  });
  afterEach(() => test.dispose());

  /** A message received `age` days ago; returns its id. */
  async function message(status: MessageStatus, age: number, more: { inReplyTo?: string; madeByGateway?: boolean } = {}): Promise<string> {
    const id = randomUUID();
    await new MessageRepository(db).insert({
      id, messageType: 'WMO301', kind: more.inReplyTo ? 'retour' : 'heen', submittedBy: null, recipientId: null,
      afzender: '0503', ontvanger: '12345678', identificatie: id.slice(0, 12), dagtekening: '2025-01-15',
      status, retourcodes: status === 'rejected' ? ['0001'] : [], errors: status === 'rejected' ? [{ code: 'IB001' }] : [],
      raw: MESSAGE_BODY, sha256: 'a'.repeat(64), inReplyTo: more.inReplyTo ?? null, madeByGateway: more.madeByGateway ?? false,
    });
    await db.query(`UPDATE messages SET received_at = now() - make_interval(days => $2) WHERE id = $1`, [id, age]);
    await new MessageRepository(db).addEvent(id, 'received');
    return id;
  }

  const bodies = async () =>
    new Map((await db.query<{ id: string; size: number; status: string; retourcodes: string[]; size_bytes: number; purged: boolean }>(
      `SELECT id, octet_length(raw) AS size, status, retourcodes, size_bytes, body_purged_at IS NOT NULL AS purged FROM messages`,
    )).rows.map((r) => [r.id, r]));
  const count = async (table: string) => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);

  it('empties exactly the old rejected bodies, in batches, keeping rows, verdicts and history; a second run purges nothing', async () => {
    const oldRejected = await Promise.all(Array.from({ length: 7 }, () => message('rejected', 31)));
    const newRejected = await message('rejected', 29);
    const oldAccepted = await message('accepted', 400);
    const retourOnRejected = await message('accepted', 31, { inReplyTo: oldRejected[0], madeByGateway: true });
    const retourOnAccepted = await message('accepted', 31, { inReplyTo: oldAccepted, madeByGateway: true });

    // 7 rejected bodies at 3 per batch: three statements
    const batches = jest.spyOn(RetentionRepository.prototype, 'purgeRejectedBodies');
    expect(await purge()).toEqual({ ...NOTHING, rejectedBodies: 7, retourBodies: 1 });
    expect(await Promise.all(batches.mock.results.map((r) => r.value))).toEqual([3, 3, 1]);
    batches.mockRestore();

    const after = await bodies();
    for (const id of [...oldRejected, retourOnRejected]) {
      expect(after.get(id)).toMatchObject({ size: 0, purged: true, size_bytes: MESSAGE_BODY.length });
    }
    expect(after.get(oldRejected[0]!)).toMatchObject({ status: 'rejected', retourcodes: ['0001'] });
    // kept bodies are sealed at rest, so longer than the message
    for (const id of [newRejected, oldAccepted, retourOnAccepted]) expect(after.get(id)).toMatchObject({ size: expect.any(Number), purged: false });
    expect(after.get(newRejected)!.size).toBeGreaterThanOrEqual(MESSAGE_BODY.length);
    expect(await count('messages')).toBe(11);
    expect(await count('message_events')).toBe(11);
    expect(await new RetentionRepository(db).purgedBody(oldRejected[0]!)).toEqual({ purgedAt: expect.any(Date), retentionDays: 30 });
    expect(await new RetentionRepository(db).purgedBody(newRejected)).toBeUndefined();
    expect((await new MessageRepository(db).raw(newRejected))!.equals(MESSAGE_BODY)).toBe(true);

    expect(await purge()).toEqual(NOTHING);
  });

  it('empties every body older than RETENTION_MESSAGE_DAYS unless a delivery is open; 0 keeps bodies forever', async () => {
    const old = await message('accepted', 2923);
    const recent = await message('accepted', 2921);
    const pending = await message('accepted', 2923);
    const party = await createParty(db);
    await new DeliveryRepository(db).create(pending, party.id, 'mailbox');

    expect(await purge({ messageDays: 0, rejectedDays: 0 })).toEqual(NOTHING);
    expect(await purge()).toEqual({ ...NOTHING, bodies: 1 });
    const after = await bodies();
    expect(after.get(old)).toMatchObject({ size: 0, purged: true, status: 'accepted' });
    expect(after.get(recent)).toMatchObject({ purged: false });
    expect(after.get(pending)).toMatchObject({ purged: false });
    expect(await new RetentionRepository(db).purgedBody(old)).toMatchObject({ retentionDays: 2922 });
  });

  describe('rule state', () => {
    /** A toewijzing version; `ended` is its Einddatum (null: still running), `age` its arrival in days ago. */
    async function toewijzing(nummer: string, ended: string | null, age: number, more: { reden?: string; referentie?: string; toewijzingsdatum?: string } = {}) {
      await db.query(
        `INSERT INTO toegewezen_product_versions (gemeente, aanbieder, bsn, toewijzing_nummer, referentie_aanbieder, toewijzingsdatum, toewijzingstijd,
           ingangsdatum, einddatum, reden_wijziging, message_id, created_at)
         VALUES ('0503', '12345678', '999990019', $1, $2, $3, '10:00:00', '2010-01-01', $4, $5, $6, now() - make_interval(days => $7))`,
        [nummer, more.referentie ?? null, more.toewijzingsdatum ?? daysAgo(age), ended, more.reden ?? null, randomUUID(), age],
      );
    }
    async function start(nummer: string, age: number) {
      await db.query(
        `INSERT INTO start_producten (gemeente, aanbieder, bsn, toewijzing_nummer, begindatum, message_id, created_at)
         VALUES ('0503', '12345678', '999990019', $1, '2010-01-01', $2, now() - make_interval(days => $3))`,
        [nummer, randomUUID(), age],
      );
      await db.query(
        `INSERT INTO stop_producten (gemeente, aanbieder, bsn, toewijzing_nummer, begindatum, reden_beeindiging, einddatum, message_id, created_at)
         VALUES ('0503', '12345678', '999990019', $1, '2010-01-01', '01', '2011-01-01', $2, now() - make_interval(days => $3))`,
        [nummer, randomUUID(), age],
      );
    }
    async function verzoek(referentie: string, afgehandeld: boolean, age: number) {
      await db.query(
        `INSERT INTO verzoeken (soort, gemeente, aanbieder, bsn, referentie_aanbieder, dagtekening, message_id, afgehandeld_door, afgehandeld_message_id, created_at)
         VALUES ('WMO315', '0503', '12345678', '999990019', $1, '2010-01-01', $2, $3, $4, now() - make_interval(days => $5))`,
        [referentie, randomUUID(), afgehandeld ? 'WMO319' : null, afgehandeld ? randomUUID() : null, age],
      );
      await db.query(
        `INSERT INTO antwoorden (gemeente, aanbieder, referentie_aanbieder, verzoek_antwoord, dagtekening, message_id, created_at)
         VALUES ('0503', '12345678', $1, '2', '2010-01-01', $2, now() - make_interval(days => $3))`,
        [referentie, randomUUID(), age],
      );
    }
    /** A declaratie of the month ending `periodeEind` with `n` prestaties, answered by a 325 that judged the first. */
    async function declaratie(periodeEind: string, age: number, n: number): Promise<string> {
      const messageId = randomUUID();
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO declaraties (message_id, aanbieder, gemeente, identificatie, dagtekening, declaratie_nummer, periode_begin, periode_eind,
           totaal_bedrag, totaal_dc, status, created_at)
         VALUES ($1, '12345678', '0503', $2, $3::date, $2, date_trunc('month', $3::date)::date, $3::date, 100, 'D', 'beantwoord', now() - make_interval(days => $4))
         RETURNING id`,
        [messageId, messageId.slice(0, 12), periodeEind, age],
      );
      const declaratieId = rows[0]!.id;
      const antwoord = await db.query<{ id: string }>(
        `INSERT INTO declaratie_antwoorden (message_id, declaratie_id, gemeente, aanbieder, identificatie, dagtekening, declaratie_identificatie,
           declaratie_dagtekening, header_retourcodes, created_at)
         VALUES ($1, $2, '0503', '12345678', 'A', $3::date, 'D', $3::date, '{0200}', now() - make_interval(days => $4)) RETURNING id`,
        [randomUUID(), declaratieId, periodeEind, age],
      );
      for (let i = 1; i <= n; i++) {
        await db.query(
          `INSERT INTO prestaties (declaratie_id, aanbieder, gemeente, client_positie, prestatie_positie, bsn, referentie_nummer, toewijzing_nummer,
             product_categorie, product_code, periode_begin, periode_eind, geleverd_volume, eenheid, bedrag, debet_credit, status, retourcodes,
             antwoord_id, afgewezen_door)
           VALUES ($1, '12345678', '0503', 1, $2, '999990019', $3, '1', '02', '02A01', date_trunc('month', $4::date)::date, $4::date, 1, '82', 100, 'D',
             $5, $6, $7, $8)`,
          [declaratieId, i, `${declaratieId}-${i}`, periodeEind, i === 1 ? 'afgewezen' : 'toegekend', i === 1 ? ['8001'] : [], antwoord.rows[0]!.id, i === 1 ? 'gemeente' : null],
        );
      }
      return declaratieId;
    }
    const nummers = async (table: string) =>
      (await db.query<{ toewijzing_nummer: string }>(`SELECT DISTINCT toewijzing_nummer FROM ${table} ORDER BY 1`)).rows.map((r) => r.toewijzing_nummer);

    it('deletes toewijzingen ended longer ago than the retention with their starts and stops; running, recent and changed ones stay', async () => {
      await toewijzing('1', daysAgo(3000), 3100); // ended long ago: goes
      await start('1', 3050);
      for (const n of ['2', '3', '4', '5']) await toewijzing(n, daysAgo(3000), 3100); // four more: more than one batch
      await toewijzing('6', null, 3100); // still running
      await start('6', 3050);
      await toewijzing('7', daysAgo(100), 3100); // ended recently
      await toewijzing('8', daysAgo(3000), 3100); // ended long ago, but ...
      await toewijzing('8', null, 3090, { toewijzingsdatum: daysAgo(3090) }); // ... a later version extended it
      await toewijzing('9', daysAgo(3000), 3100);
      await start('9', 10); // a start arrived recently
      await toewijzing('10', null, 3100, { reden: '13' }); // withdrawn long ago: goes

      const counts = await purge();
      expect(counts).toMatchObject({ toewijzingVersions: 6, starts: 1, stops: 1 });
      expect(await nummers('toegewezen_product_versions')).toEqual(['6', '7', '8', '9']);
      expect(await nummers('start_producten')).toEqual(['6', '9']);
      expect(await purge()).toEqual(NOTHING);
    });

    it('deletes handled verzoeken once their toewijzing is gone, and their antwoorden after them; onderhanden ones stay', async () => {
      await verzoek('R-OLD', true, 3000);
      await verzoek('R-OPEN', false, 3000); // onderhanden (TR374) however old
      await verzoek('R-NEW', true, 100);
      await verzoek('R-HONOURED', true, 3000);
      await toewijzing('20', null, 3000, { referentie: 'R-HONOURED' }); // the toewijzing that honoured it still runs

      expect(await purge()).toMatchObject({ verzoeken: 1, antwoorden: 1 });
      const refs = async (table: string) =>
        (await db.query<{ r: string }>(`SELECT referentie_aanbieder AS r FROM ${table} ORDER BY 1`)).rows.map((x) => x.r);
      expect(await refs('verzoeken')).toEqual(['R-HONOURED', 'R-NEW', 'R-OPEN']);
      expect(await refs('antwoorden')).toEqual(['R-HONOURED', 'R-NEW', 'R-OPEN']);
      expect(await purge()).toEqual(NOTHING);
    });

    it('deletes declaraties of periods past the retention with their prestaties (in batches) and 325s; recent money stays', async () => {
      const old = await declaratie(daysAgo(3000), 2990, 7);
      const recent = await declaratie(daysAgo(400), 390, 2);

      expect(await purge()).toMatchObject({ prestaties: 7, declaratieAntwoorden: 1, declaraties: 1 });
      const ids = (await db.query<{ id: string }>('SELECT id FROM declaraties')).rows.map((r) => r.id);
      expect(ids).toEqual([recent]);
      expect(ids).not.toContain(old);
      expect(await count('prestaties')).toBe(2);
      expect(await count('declaratie_antwoorden')).toBe(1);
      expect(await purge()).toEqual(NOTHING);
      expect(await purge({ stateDays: 0, messageDays: 1, rejectedDays: 1 })).toEqual(NOTHING);
      expect(await count('prestaties')).toBe(2);
    });
  });

  it('deletes refused audit entries after RETENTION_AUDIT_REFUSED_DAYS and all after RETENTION_AUDIT_DAYS', async () => {
    const entry = (outcome: string, age: number) =>
      db.query(`INSERT INTO audit_log (actor, action, outcome, at) VALUES ('x', 'probe', $1, now() - make_interval(days => $2))`, [outcome, age]);
    for (let i = 0; i < 4; i++) await entry('refused', 200);
    await entry('refused', 100);
    await entry('allowed', 200);
    await entry('allowed', 2000);

    expect(await purge()).toEqual({ ...NOTHING, auditRefused: 4, audit: 1 });
    const left = (await db.query<{ outcome: string }>('SELECT outcome FROM audit_log ORDER BY outcome')).rows.map((r) => r.outcome);
    expect(left).toEqual(['allowed', 'refused']);
    expect(await purge()).toEqual(NOTHING);
  });
});
