/**
 * BSNs at rest on both databases: the backfill that seals rows from before migration 013, and
 * key rotation of the sealed BSNs, which leaves the lookup hashes as they are.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type ParsedMessage } from '@lib/iwmo';
import { runMigrations } from '../migration-runner';
import { ToewijzingStateRepository } from '../state/toewijzing-state.repository';
import { testDatabaseBackends, type TestDatabase } from '../testing';
import { EncryptionRepository } from './encryption.repository';
import { bsnHash, FieldCipher, fieldCipher, useFieldCipher } from './index';

const fixture = (path: string): ParsedMessage => parse(readFileSync(join(__dirname, '../../../../test/fixtures', path)));
const BSN = '999990019';

describe.each(testDatabaseBackends().map((b) => [b.name, b] as const))('BSNs at rest on %s', (_name, backend) => {
  let test: TestDatabase;
  beforeEach(async () => {
    test = await backend.create();
    await runMigrations(test.db);
  });
  afterEach(() => test?.dispose());

  const accept = (message: ParsedMessage) => test.db.transaction((tx) => new ToewijzingStateRepository(tx).apply(message, { messageId: randomUUID() }));
  const column = async (sql: string) => (await test.db.query<{ v: string | null }>(sql)).rows.map((r) => r.v);

  it('seals the plaintext BSNs of rows from before migration 013 at the next start, so lookups by hash find them', async () => {
    // a row as a gateway before 013 wrote it
    await test.db.query(
      `INSERT INTO start_producten (gemeente, aanbieder, bsn, toewijzing_nummer, product_categorie, product_code, begindatum, message_id)
       VALUES ('0503', '12345678', $1, '260101', '01', '01A02', '2026-02-01', $2)`,
      [BSN, randomUUID()],
    );
    expect((await new EncryptionRepository(test.db).counts()).bsns).toEqual({ plain: 1 });
    const report = await runMigrations(test.db);
    expect(report.backfilled).toBe(1);
    expect(await column('SELECT bsn AS v FROM start_producten')).toEqual([null]);
    expect(await column('SELECT bsn_hash AS v FROM start_producten')).toEqual([bsnHash(BSN)]);
    expect((await column('SELECT bsn_sealed AS v FROM start_producten'))[0]).toMatch(/^enc:v1:/);
    expect((await runMigrations(test.db)).backfilled).toBe(0);
    // the 305 of the same client finds the start by its hash
    const state = await new ToewijzingStateRepository(test.db).load(fixture('wmo305/ok/start-delft-twee-producten.xml'));
    expect(state.startProducten('0503', '12345678', BSN)).toEqual([expect.objectContaining({ bsn: BSN, toewijzingNummer: '260101', begindatum: '2026-02-01' })]);
  });

  it('re-wraps the sealed BSNs under a new master key and keeps their lookup hashes', async () => {
    await accept(fixture('wmo301/ok/toewijzing-delft-orh-en-begeleiding.xml'));
    await accept(fixture('wmo305/ok/start-delft-twee-producten.xml'));
    const repo = new EncryptionRepository(test.db);
    const old = fieldCipher().active.id;
    const before = (await repo.counts()).bsns;
    expect(Object.keys(before)).toEqual([old]);
    const hashes = await column('SELECT bsn_hash AS v FROM toegewezen_product_versions ORDER BY id');

    const next = `next-${randomBytes(4).toString('hex')}`;
    useFieldCipher(new FieldCipher({ id: next, key: randomBytes(32) }));
    const cursor: Record<string, string> = {};
    let rewrapped = 0;
    for (let done = false; !done; ) {
      const batch = await repo.rotateTexts(cursor, 1); // a batch of one row: the walk goes on where it stopped
      rewrapped += batch.rewrapped;
      done = batch.done;
    }
    expect(rewrapped).toBe(before[old]);
    expect((await repo.counts()).bsns).toEqual({ [next]: before[old] });
    expect(await column('SELECT bsn_hash AS v FROM toegewezen_product_versions ORDER BY id')).toEqual(hashes);
    const state = await new ToewijzingStateRepository(test.db).load(fixture('wmo305/ok/start-delft-twee-producten.xml'));
    expect(state.startProducten('0503', '12345678', BSN).map((s) => s.bsn)).toEqual([BSN, BSN]);
    expect(state.toegewezenProduct('0503', '12345678', '260101')).toMatchObject({ bsn: BSN });
  });
});
