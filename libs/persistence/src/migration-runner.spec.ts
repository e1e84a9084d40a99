import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MIGRATIONS_DIR, loadMigrations, MigrationError, runMigrations } from './migration-runner';
import { PgDatabase } from './pg-database';
import { testDatabaseBackends, TestDatabase } from './testing';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iwmo-migrations-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (file: string, sql: string) => writeFileSync(join(dir, file), sql);

describe('loadMigrations', () => {
  it('reads NNN_name.sql in version order and ignores other files', () => {
    write('002_second.sql', 'SELECT 2;');
    write('001_first.sql', 'SELECT 1;');
    write('README.md', '# notes');
    write('.gitkeep', '');
    expect(loadMigrations(dir).map((m) => [m.version, m.name])).toEqual([[1, 'first'], [2, 'second']]);
  });

  it('refuses .sql files with another name and duplicate versions', () => {
    write('1_bad.sql', 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow(MigrationError);
    rmSync(join(dir, '1_bad.sql'));
    write('003_a.sql', 'SELECT 1;');
    write('003_b.sql', 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow(/two migrations have version 003/);
  });

  it('gives the same checksum to CRLF and LF files', () => {
    write('001_a.sql', 'SELECT 1;\nSELECT 2;\n');
    const lf = loadMigrations(dir)[0].checksum;
    write('001_a.sql', 'SELECT 1;\r\nSELECT 2;\r\n');
    expect(loadMigrations(dir)[0].checksum).toBe(lf);
  });

  it('loads the project migrations folder', () => {
    expect(() => loadMigrations(DEFAULT_MIGRATIONS_DIR)).not.toThrow();
  });
});

describe.each(testDatabaseBackends().map((b) => [b.name, b] as const))('runMigrations on %s', (_name, backend) => {
  let test: TestDatabase;
  beforeEach(async () => {
    test = await backend.create();
  });
  afterEach(() => test?.dispose());

  const tables = async () =>
    (await test.db.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")).rows.map((r) => r.t);
  const recorded = async () =>
    (await test.db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version')).rows;

  it('applies pending migrations in order and records them', async () => {
    write('001_create_a.sql', 'CREATE TABLE a (id int PRIMARY KEY);\nINSERT INTO a VALUES (1);');
    write('002_create_b.sql', 'CREATE TABLE b (a_id int REFERENCES a (id));');
    const report = await runMigrations(test.db, { dir });
    expect(report.applied.map((m) => m.file)).toEqual(['001_create_a.sql', '002_create_b.sql']);
    expect(report.alreadyApplied).toBe(0);
    expect(await tables()).toEqual(['a', 'b', 'schema_migrations']);
    expect(await recorded()).toEqual([{ version: 1, name: 'create_a' }, { version: 2, name: 'create_b' }]);
  });

  it('is idempotent and later applies only what is new', async () => {
    write('001_create_a.sql', 'CREATE TABLE a (id int);');
    await runMigrations(test.db, { dir });
    expect(await runMigrations(test.db, { dir })).toEqual({ applied: [], alreadyApplied: 1, backfilled: 0 });
    write('002_create_c.sql', 'CREATE TABLE c (id int);');
    const report = await runMigrations(test.db, { dir });
    expect(report.applied.map((m) => m.version)).toEqual([2]);
    expect(report.alreadyApplied).toBe(1);
  });

  it('works on an empty folder', async () => {
    expect(await runMigrations(test.db, { dir })).toEqual({ applied: [], alreadyApplied: 0, backfilled: 0 });
    expect(await tables()).toEqual(['schema_migrations']);
  });

  it('rolls back a failing migration alone and stops there', async () => {
    write('001_ok.sql', 'CREATE TABLE ok (id int);');
    write('002_broken.sql', 'CREATE TABLE half (id int);\nSELECT * FROM missing_table;');
    write('003_never.sql', 'CREATE TABLE never (id int);');
    await expect(runMigrations(test.db, { dir })).rejects.toThrow(/002_broken\.sql failed: .*missing_table/);
    expect(await tables()).toEqual(['ok', 'schema_migrations']);
    expect(await recorded()).toEqual([{ version: 1, name: 'ok' }]);

    write('002_broken.sql', 'CREATE TABLE half (id int);');
    const report = await runMigrations(test.db, { dir });
    expect(report.applied.map((m) => m.version)).toEqual([2, 3]);
  });

  it('refuses to start when an applied migration was edited', async () => {
    write('001_a.sql', 'CREATE TABLE a (id int);');
    await runMigrations(test.db, { dir });
    write('001_a.sql', 'CREATE TABLE a (id bigint);');
    await expect(runMigrations(test.db, { dir })).rejects.toThrow(/001_a\.sql was changed after it was applied/);
  });

  it('applies each migration once when two runners start together', async () => {
    // pg_sleep widens the window in which the runners overlap.
    write('001_slow.sql', 'SELECT pg_sleep(0.2);\nCREATE TABLE slow (id int);');
    write('002_counter.sql', 'CREATE TABLE counter (n int);\nINSERT INTO counter VALUES (1);');
    // On PostgreSQL the second runner is a separate pool, as a second process would be.
    const other = test.url ? new PgDatabase(test.url, { max: 2 }) : test.db;
    try {
      const reports = await Promise.all([runMigrations(test.db, { dir }), runMigrations(other, { dir })]);
      expect(reports.flatMap((r) => r.applied.map((m) => m.version)).sort()).toEqual([1, 2]);
      expect(reports.reduce((n, r) => n + r.alreadyApplied, 0)).toBe(2);
      expect((await test.db.query('SELECT * FROM counter')).rowCount).toBe(1);
    } finally {
      if (other !== test.db) await other.close();
    }
  });
});
