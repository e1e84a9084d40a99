import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgliteDatabase } from './pglite-database';
import { assertPgliteCanLoad, testDatabaseBackends, TestDatabase } from './testing';

describe.each(testDatabaseBackends().map((b) => [b.name, b] as const))('Database on %s', (_name, backend) => {
  let test: TestDatabase;
  beforeEach(async () => {
    test = await backend.create();
    await test.db.exec('CREATE TABLE item (id bigserial PRIMARY KEY, label text NOT NULL UNIQUE)');
  });
  afterEach(() => test?.dispose());

  it('runs parameterised queries and counts rows', async () => {
    const inserted = await test.db.query<{ id: string }>('INSERT INTO item (label) VALUES ($1), ($2) RETURNING id', ['a', 'b']);
    expect(inserted.rowCount).toBe(2);
    const { rows, rowCount } = await test.db.query<{ label: string }>('SELECT label FROM item WHERE label = ANY($1) ORDER BY label', [['a', 'b', 'c']]);
    expect(rows).toEqual([{ label: 'a' }, { label: 'b' }]);
    expect(rowCount).toBe(2);
    const updated = await test.db.query('UPDATE item SET label = label || $1', ['!']);
    expect(updated).toEqual({ rows: [], rowCount: 2 });
  });

  it('runs scripts of several statements', async () => {
    await test.db.exec("INSERT INTO item (label) VALUES ('x'); INSERT INTO item (label) VALUES ('y');");
    expect((await test.db.query('SELECT * FROM item')).rowCount).toBe(2);
  });

  it('converts types the same way on every backend', async () => {
    const { rows } = await test.db.query(
      `SELECT 9007199254740993::int8 AS big, count(*) AS n, 12.50::numeric(10,2) AS amount, DATE '2024-03-31' AS day,
              TIMESTAMPTZ '2024-03-31T22:00:00Z' AS at, '{"a":[1]}'::jsonb AS doc, '\\x0102'::bytea AS bytes,
              true AS flag, 7 AS small, NULL::text AS missing FROM item`,
    );
    expect(rows[0]).toEqual({
      big: '9007199254740993', n: '0', amount: '12.50', day: '2024-03-31', at: new Date('2024-03-31T22:00:00Z'),
      doc: { a: [1] }, bytes: Buffer.from([1, 2]), flag: true, small: 7, missing: null,
    });
    expect(Buffer.isBuffer(rows[0].bytes)).toBe(true);
  });

  it('commits a transaction and returns its result', async () => {
    const result = await test.db.transaction(async (tx) => {
      await tx.query('INSERT INTO item (label) VALUES ($1)', ['kept']);
      await tx.exec("INSERT INTO item (label) VALUES ('also kept')");
      return (await tx.query<{ n: string }>('SELECT count(*) AS n FROM item')).rows[0].n;
    });
    expect(result).toBe('2');
    expect((await test.db.query('SELECT * FROM item')).rowCount).toBe(2);
  });

  it('rolls back when the callback throws, and rethrows', async () => {
    await expect(
      test.db.transaction(async (tx) => {
        await tx.query('INSERT INTO item (label) VALUES ($1)', ['gone']);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await test.db.query('SELECT * FROM item')).rowCount).toBe(0);
  });

  it('rolls back when a statement fails, and stays usable', async () => {
    await test.db.query('INSERT INTO item (label) VALUES ($1)', ['dup']);
    await expect(
      test.db.transaction(async (tx) => {
        await tx.query('INSERT INTO item (label) VALUES ($1)', ['new']);
        await tx.query('INSERT INTO item (label) VALUES ($1)', ['dup']);
      }),
    ).rejects.toThrow(/unique/i);
    expect((await test.db.query<{ label: string }>('SELECT label FROM item')).rows).toEqual([{ label: 'dup' }]);
    await expect(test.db.query('SELECT 1 AS one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
  });

  it('runs statements started together in a transaction one after the other, in the order started', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      await test.db.transaction(async (tx) => {
        await Promise.all(['a', 'b', 'c'].map((label) => tx.query('INSERT INTO item (label) VALUES ($1)', [label])));
        const [count, failing] = await Promise.allSettled([tx.query<{ n: string }>('SELECT count(*) AS n FROM item'), tx.query('SELECT 1 FROM no_such_table')]);
        expect(count).toMatchObject({ status: 'fulfilled', value: { rows: [{ n: '3' }] } });
        expect(failing).toMatchObject({ status: 'rejected' });
        throw new Error('undo');
      }).catch((error: Error) => expect(error.message).toBe('undo'));
      expect((await test.db.query('SELECT * FROM item')).rowCount).toBe(0);
      await test.db.transaction(async (tx) => {
        await Promise.all(['a', 'b', 'c'].map((label) => tx.query('INSERT INTO item (label) VALUES ($1)', [label])));
      });
      expect((await test.db.query<{ label: string }>('SELECT label FROM item ORDER BY id')).rows.map((r) => r.label)).toEqual(['a', 'b', 'c']);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => /already executing a query/.test(w))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('rejects invalid SQL with the server message', async () => {
    await expect(test.db.query('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
  });
});

describe('PgliteDatabase on disk', () => {
  let dir: string;
  beforeEach(() => {
    assertPgliteCanLoad();
    dir = mkdtempSync(join(tmpdir(), 'iwmo-pglite-'));
  });
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('keeps data across reopen and refuses a second open of the same files', async () => {
    const dataDir = join(dir, 'pglite');
    const first = await PgliteDatabase.open(dataDir);
    await first.exec("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('yes')");
    await expect(PgliteDatabase.open(dataDir)).rejects.toThrow(/already open in this process/);
    await first.close();

    const second = await PgliteDatabase.open(dataDir);
    expect((await second.query('SELECT v FROM kept')).rows).toEqual([{ v: 'yes' }]);
    await second.close();
  });
});
