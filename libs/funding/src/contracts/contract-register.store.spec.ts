/**
 * The register's versions in the database, on PGlite and PostgreSQL with the real migrations:
 * seeding, saving (validated as a whole), changes derived from the latest version, the diff,
 * append-only storage, and the live holder taking versions saved by another process.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render, type Text } from '@lib/i18n';
import { PgDatabase, runMigrations, type Database } from '@lib/persistence';
import { testDatabaseBackends, type TestDatabase } from '@lib/persistence/testing';
import { ContractRegisterError } from '@lib/rules';
import { DEFAULT_CONTRACTS_FILE } from '@lib/config';
import { addContract, setTarief } from './contract-operations';
import { ContractRegisterStore } from './contract-register.store';
import { ContractChangeRefused, ContractRegisterRejected, ContractVersionConflict, ContractVersionNotFound } from './errors';
import { LiveContractRegister } from './live-contract-register';

const backends = testDatabaseBackends().map((b) => [b.name, b] as const);
const meta = { reason: 'test', by: 'spec' };
const english = (texts: readonly Text[]) => texts.map((t) => render(t, 'en'));

describe.each(backends)('ContractRegisterStore on %s', (name, backend) => {
  let test: TestDatabase;
  let db: Database;
  let store: ContractRegisterStore;
  let dir: string;

  beforeEach(async () => {
    test = await backend.create();
    db = test.db;
    await runMigrations(db);
    store = new ContractRegisterStore(db);
    dir = mkdtempSync(join(tmpdir(), 'iwmo-contracts-'));
  });
  afterEach(async () => {
    await test.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('seeds version 1 from the file once, and afterwards only says whether the file is a stored version', async () => {
    const first = await store.seedFromFile(DEFAULT_CONTRACTS_FILE);
    expect(first).toMatchObject({ seeded: true, fileIsStored: true, latest: { version: 1, illustrative: true, createdBy: 'CONTRACTS_FILE', basedOn: null } });
    expect(first.latest.reason).toBe(`seeded from ${DEFAULT_CONTRACTS_FILE}`);
    expect(first.latest.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(first.latest.register.tarief('0503', '02A01', '2026-04-01')).toBe(41200);

    const again = await store.seedFromFile(DEFAULT_CONTRACTS_FILE);
    expect(again).toMatchObject({ seeded: false, fileIsStored: true, latest: { version: 1 } });
    const changedFile = join(dir, 'changed.json');
    writeFileSync(changedFile, JSON.stringify(setTarief(first.latest.document, { productCode: '01A01', vanaf: '2026-01-01', tariefPerMaand: 31500 })));
    expect(await store.seedFromFile(changedFile)).toMatchObject({ seeded: false, fileIsStored: false, latest: { version: 1 } });
    expect((await store.versions()).map((v) => v.version)).toEqual([1]);
  });

  it('refuses to seed from an invalid file, listing its problems, and stores nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ illustrative: 'yes', gemeenten: {}, resultaatgebieden: [], producten: [] }));
    await expect(store.seedFromFile(bad)).rejects.toThrow(ContractRegisterError);
    await expect(store.seedFromFile(bad)).rejects.toThrow(/illustrative: moet true zijn .*\n.*gemeenten: moet ten minste één gemeente noemen/s);
    expect(await store.latestVersion()).toBeUndefined();
  });

  it('saves a valid document as the next version and refuses an invalid one with every problem', async () => {
    const { latest } = await store.seedFromFile(DEFAULT_CONTRACTS_FILE);
    const real = { ...latest.document, illustrative: false };
    const saved = await store.save(real, { reason: 'het echte contract', by: 'admin: j.jansen' });
    expect(saved).toMatchObject({ version: 2, illustrative: false, reason: 'het echte contract', createdBy: 'admin: j.jansen', basedOn: null });
    expect((await store.get(2)).document).toEqual(real);

    const broken = structuredClone(real) as Record<string, unknown>;
    (broken.producten as Array<Record<string, unknown>>)[0]!.trede = 0;
    broken.contracten = [...(broken.contracten as unknown[]), { aanbieder: '123', naam: 'X', gemeenten: ['0503'], percelen: ['ORH'], vanaf: '2026-02-30' }];
    const error = await store.save(broken, { reason: ' ', by: 'admin' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractRegisterRejected);
    expect(english((error as ContractRegisterRejected).problems)).toEqual([
      'reason: say why this version is made (e.g. "tariefverhoging 2026")',
      'producten[0] (01A01).trede: 0 is not a trede (a whole number from 1)',
      'contracten[3].aanbieder: "123" is not the 8-digit AGB-code of the aanbieder',
      'contracten[3].vanaf: "2026-02-30" is not a date (YYYY-MM-DD)',
    ]);
    expect(await store.latestVersion()).toBe(2);
  });

  it('lists versions newest first, gets one, and names the versions there are for one that is not', async () => {
    await store.seedFromFile(DEFAULT_CONTRACTS_FILE);
    await store.change((d) => setTarief(d, { productCode: '02A02', vanaf: '2026-09-01', tariefPerMaand: 39000 }), { reason: 'verhoging', by: 'admin' });
    expect((await store.versions()).map((v) => [v.version, v.reason, v.basedOn])).toEqual([[2, 'verhoging', 1], [1, `seeded from ${DEFAULT_CONTRACTS_FILE}`, null]]);
    expect((await store.get(2)).register.tarief('0603', '02A02', '2026-09-01')).toBe(39000);
    await expect(store.get(7)).rejects.toThrow(new ContractVersionNotFound(7, 2));
    await expect(store.get(7)).rejects.toThrow('Er is geen versie 7 van het contractregister; de versies zijn 1 tot en met 2.');
  });

  it('derives a change from the latest version, says what changed, and stores nothing when nothing changes', async () => {
    await store.seedFromFile(DEFAULT_CONTRACTS_FILE);
    const raised = await store.change((d) => setTarief(d, { productCode: '02A02', vanaf: '2026-09-01', tariefPerMaand: 39000, gemeenten: ['0503'] }), meta);
    expect(raised).toMatchObject({ saved: true, version: { version: 2, basedOn: 1 } });
    expect(english(raised.changes.map((c) => c.text))).toEqual(['Tarief of 02A02 from 2026-09-01: €378.00 -> €390.00 in Delft (0503).']);
    expect(raised.changes.map((c) => render(c.text))).toEqual(['Tarief van 02A02 vanaf 2026-09-01: €\u00a0378,00 -> €\u00a0390,00 in Delft (0503).']);
    expect((await store.diff(1, 2)).map((c) => c.kind)).toEqual(['tarief']);
    expect((await store.diff(2, 1)).map((c) => ({ kind: c.kind, text: render(c.text, 'en') }))).toEqual([{ kind: 'tarief', text: 'Tarief of 02A02 from 2026-09-01: €390.00 -> €378.00 in Delft (0503).' }]);

    const same = await store.change((d) => setTarief(d, { productCode: '02A02', vanaf: '2026-09-01', tariefPerMaand: 39000, gemeenten: ['0503'] }), meta);
    expect(same).toMatchObject({ saved: false, changes: [], version: { version: 2 } });
    expect(await store.latestVersion()).toBe(2);
  });

  it('refuses a change that would make the register invalid, and a change that cannot be made', async () => {
    await store.seedFromFile(DEFAULT_CONTRACTS_FILE);
    const overlap = await store.change((d) => addContract(d, { aanbieder: '12345678', gemeenten: ['0503'], percelen: ['ORH'], vanaf: '2026-01-01' }), meta).catch((e: unknown) => e);
    expect(overlap).toBeInstanceOf(ContractRegisterRejected);
    expect(english((overlap as ContractRegisterRejected).problems)).toEqual(['contracten[3] (12345678): overlaps another contract of 12345678 for ORH in gemeente 0503 (from 2019-01-01)']);
    await expect(store.change((d) => setTarief(d, { productCode: 'XYZ', vanaf: '2026-01-01', tariefPerMaand: 1 }), meta)).rejects.toThrow(ContractChangeRefused);
    expect(await store.latestVersion()).toBe(1);
  });

  it('refuses a whole document based on a version that is no longer the latest', async () => {
    const { latest } = await store.seedFromFile(DEFAULT_CONTRACTS_FILE);
    await store.save(latest.document, { ...meta, basedOn: 1 });
    await expect(store.save(latest.document, { ...meta, basedOn: 1 })).rejects.toThrow(new ContractVersionConflict(1, 2));
    expect(await store.latestVersion()).toBe(2);
  });

  it('numbers versions saved at the same time one after the other', async () => {
    const { latest } = await store.seedFromFile(DEFAULT_CONTRACTS_FILE);
    const saved = await Promise.all([1, 2, 3, 4].map((i) => store.save(latest.document, { reason: `save ${i}`, by: 'spec' })));
    expect(saved.map((s) => s.version).sort()).toEqual([2, 3, 4, 5]);
  });

  it('applies a change again on the newer version when another change was saved in between', async () => {
    await store.seedFromFile(DEFAULT_CONTRACTS_FILE);
    const [a, b] = await Promise.all([
      store.change((d) => setTarief(d, { productCode: '01A01', vanaf: '2026-06-01', tariefPerMaand: 32000 }), { reason: 'a', by: 'spec' }),
      store.change((d) => setTarief(d, { productCode: '01A02', vanaf: '2026-06-01', tariefPerMaand: 25000 }), { reason: 'b', by: 'spec' }),
    ]);
    expect([a.version.version, b.version.version].sort()).toEqual([2, 3]);
    const latest = (await store.latest())!.register;
    expect([latest.tarief('0503', '01A01', '2026-06-01'), latest.tarief('0503', '01A02', '2026-06-01')]).toEqual([32000, 25000]);
    expect((await store.versions()).map((v) => v.basedOn)).toEqual([2, 1, null]);
  });

  it('keeps versions append-only: the database refuses to change or remove one', async () => {
    await store.seedFromFile(DEFAULT_CONTRACTS_FILE);
    await expect(db.query("UPDATE contract_register_versions SET reason = 'rewritten' WHERE version = 1")).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM contract_register_versions WHERE version = 1')).rejects.toThrow(/append-only/);
    expect((await store.get(1)).reason).toBe(`seeded from ${DEFAULT_CONTRACTS_FILE}`);
  });

  it('lets the live holder take a version saved in this process at once, and one saved elsewhere on refresh', async () => {
    await store.seedFromFile(DEFAULT_CONTRACTS_FILE);
    const live = await LiveContractRegister.start(store, { refreshMs: 0 });
    expect(live.currentVersion().version).toBe(1);
    const rulesConfig = { get contracts() { return live.current(); } };

    const mine = await store.change((d) => setTarief(d, { productCode: '02A02', vanaf: '2026-09-01', tariefPerMaand: 39000 }), meta);
    live.adopt(mine.version);
    expect(rulesConfig.contracts.tarief('0503', '02A02', '2026-09-01')).toBe(39000);
    // an older version never replaces a newer one
    live.adopt(await store.get(1));
    expect(live.currentVersion().version).toBe(2);

    // "elsewhere": another store on the same database
    await new ContractRegisterStore(db).change((d) => setTarief(d, { productCode: '02A02', vanaf: '2026-09-01', tariefPerMaand: 39500 }), meta);
    expect(rulesConfig.contracts.tarief('0503', '02A02', '2026-09-01')).toBe(39000);
    expect(await live.refresh()).toBe(true);
    expect(rulesConfig.contracts.tarief('0503', '02A02', '2026-09-01')).toBe(39500);
    expect(await live.refresh()).toBe(false);
    live.stop();
  });

  // Two processes need a database two connections can reach: PostgreSQL only (PGlite serves one process).
  if (name === 'postgres') it('makes two gateway processes on one PostgreSQL database converge: one saves, the other takes it within CONTRACTS_REFRESH_MS', async () => {
    const other: Database = new PgDatabase(test.url!, { max: 2 });
    try {
      await store.seedFromFile(DEFAULT_CONTRACTS_FILE);
      const otherStore = new ContractRegisterStore(other);
      const errors: string[] = [];
      const switched: string[] = [];
      const here = await LiveContractRegister.start(store, { refreshMs: 0 });
      const there = await LiveContractRegister.start(otherStore, { refreshMs: 100, log: { log: (m) => switched.push(m), error: (m) => errors.push(m) } });
      try {
        const saved = await store.change((d) => setTarief(d, { productCode: '01A02', vanaf: '2026-01-01', tariefPerMaand: 25000 }), meta);
        here.adopt(saved.version);
        expect(here.current().tarief('1783', '01A02', '2026-03-01')).toBe(25000);
        // the other process polls on its own timer; wait for it (bounded), then check what it holds
        await until(() => there.currentVersion().version === 2);
        expect(there.current().tarief('1783', '01A02', '2026-03-01')).toBe(25000);
        expect(switched).toEqual(['contract register version 2 in use (was 1; ILLUSTRATIVE data, not the real contract)']);
        expect(errors).toEqual([]);
      } finally {
        here.stop();
        there.stop();
      }
    } finally {
      await other.close();
    }
  });
});

/** Waits for a condition that another timer makes true; fails the test after 10 s instead of hanging. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!condition()) throw new Error('condition not reached within 10 s');
}
