/**
 * The contract register through HTTP on the real gateway app (in-process), on the real Redis and
 * on both databases: the admin API (read, versions, diff, changes, problems, audit), the parties'
 * read-only view, and a retroactive tarief change that TR418 applies to the next declaratie.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot, validateTestEnv } from '@lib/config';
import type { Database } from '@lib/persistence';
import { MessageJudge } from '@lib/pipeline';
import { testDatabaseBackends } from '@lib/persistence/testing';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';
import { findingMessage } from '@lib/rules';

const { redisUrl } = validateTestEnv();
const backends = testDatabaseBackends().map((b) => [b.name, b] as const);
const ADMIN_TOKEN = 'contracts-admin-token-0123456789abcdef';
const SCENARIO = join(packageRoot(), 'test', 'scenarios', 'tr418-tarief-van-voor-de-verhoging');

interface Problem {
  status: number;
  code: string;
  detail: string;
  problems?: string[];
}
interface Change {
  version: { version: number; reason: string; createdBy: string; basedOn: number | null; illustrative: boolean };
  saved: boolean;
  changes: Array<{ kind: string; text: string }>;
  notice?: string;
}

(redisUrl ? describe.each(backends) : describe.skip.each(backends))('contract register API on %s', (_name, backend) => {
  let gateway: TestGateway;
  let url: string;
  let db: Database;
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    gateway = await startTestGateway('contracts', backend, { WORKER_MODE: 'separate', ADMIN_TOKEN });
    ({ url, db } = gateway);
    for (const [role, code] of [['gemeente', '0503'], ['gemeente', '1783'], ['aanbieder', '12345678'], ['aanbieder', '11223344']] as const) {
      keys[code] = await gateway.addParty(role, code, `party ${code}`);
    }
  });
  afterAll(() => gateway?.close());

  const call = async <T = unknown>(method: string, path: string, body?: unknown, token: string | null = ADMIN_TOKEN, lang?: string) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(token !== null && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }), ...(lang && { 'accept-language': lang }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: (text ? JSON.parse(text) : undefined) as T };
  };
  const latestVersion = async () => (await call<Array<{ version: number }>>('GET', '/v1/admin/contracts/versions')).body[0]!.version;

  it('refuses the admin routes without the admin token, and a party key is no admin token', async () => {
    expect((await call('GET', '/v1/admin/contracts', undefined, null)).status).toBe(401);
    expect((await call('GET', '/v1/admin/contracts', undefined, keys['12345678'])).status).toBe(401);
    expect((await call('POST', '/v1/admin/contracts/tarieven', { productCode: '02A01', vanaf: '2026-01-01', tariefPerMaand: 1, reason: 'x' }, null)).status).toBe(401);
  });

  it('shows the register in use, seeded from CONTRACTS_FILE as version 1 and marked illustrative', async () => {
    const { status, body } = await call<{
      version: number; illustrative: boolean; notice: string; createdBy: string;
      gemeenten: Array<{ code: string; declaratiebeleid: { proratie: string } }>;
      producten: Array<{ gemeente: string; productCode: string; tarieven: Array<{ vanaf: string; totEnMet: string | null; tariefPerMaand: number }> }>;
      contracten: Array<{ aanbieder: string }>;
    }>('GET', '/v1/admin/contracts');
    expect(status).toBe(200);
    expect(body).toMatchObject({ version: 1, illustrative: true, createdBy: 'CONTRACTS_FILE', notice: expect.stringMatching(/^ILLUSTRATIEF/) });
    expect(body.gemeenten.map((g) => [g.code, g.declaratiebeleid.proratie])).toEqual([
      ['0503', 'kalenderdagen'], ['0603', 'kalenderdagen'], ['1783', 'kalenderdagen'], ['1842', 'volle-maand'],
    ]);
    expect(body.producten.find((p) => p.gemeente === '0503' && p.productCode === '02A01')!.tarieven).toEqual([
      { vanaf: '2025-01-01', totEnMet: '2025-12-31', tariefPerMaand: 38600 },
      { vanaf: '2026-01-01', totEnMet: '2026-03-31', tariefPerMaand: 39800 },
      { vanaf: '2026-04-01', totEnMet: null, tariefPerMaand: 41200 },
    ]);
    expect(new Set(body.contracten.map((c) => c.aanbieder))).toEqual(new Set(['12345678', '87654321', '11223344']));
  });

  it('answers an invalid register as a problem listing every problem, and stores nothing', async () => {
    const before = await latestVersion();
    const current = (await call<{ document: Record<string, unknown> }>('GET', `/v1/admin/contracts/versions/${before}`)).body.document;
    const broken = { ...current, illustrative: 'maybe', gemeenten: { ...(current.gemeenten as object), 503: 'Delft zonder nul' } };
    const response = await call<Problem>('PUT', '/v1/admin/contracts', { document: broken, reason: 'kapot' });
    expect(response.status).toBe(400);
    expect(response.type).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, code: 'CONTRACT_REGISTER_INVALID' });
    expect(response.body.problems).toEqual([
      'illustrative: moet true zijn (illustratieve standaardwaarden) of false (het echte contract)',
      'gemeenten.503: de sleutel moet een CBS-gemeentecode van 4 cijfers zijn',
    ]);
    expect(response.body.detail).toContain('  - gemeenten.503: de sleutel moet een CBS-gemeentecode van 4 cijfers zijn');

    const noReason = await call<Problem>('PUT', '/v1/admin/contracts', { document: current });
    expect([noReason.status, noReason.body.detail]).toEqual([400, expect.stringMatching(/reason moet zeggen waarom/)]);
    const badDate = await call<Problem>('POST', '/v1/admin/contracts/tarieven', { productCode: '02A01', vanaf: '2026-02-30', tariefPerMaand: 12.5, reason: 'x' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.detail).toMatch(/vanaf moet een bestaande datum zijn als JJJJ-MM-DD.*tariefPerMaand moet een geheel aantal eurocent zijn/);
    expect(await latestVersion()).toBe(before);
  });

  it('says the same refusal in Dutch by default and in English with Accept-Language: en', async () => {
    const before = await latestVersion();
    const current = (await call<{ document: Record<string, unknown> }>('GET', `/v1/admin/contracts/versions/${before}`)).body.document;
    const broken = { ...current, illustrative: 'maybe' };
    const dutch = await call<Problem & { title: string }>('PUT', '/v1/admin/contracts', { document: broken, reason: 'kapot' });
    const english = await call<Problem & { title: string }>('PUT', '/v1/admin/contracts', { document: broken, reason: 'kapot' }, ADMIN_TOKEN, 'en');
    expect(dutch.body).toEqual({
      status: 400, code: 'CONTRACT_REGISTER_INVALID', title: 'Ongeldig contractregister',
      detail: 'Het contractregister is niet opgeslagen: één probleem (zie docs/contracts.md):\n  - illustrative: moet true zijn (illustratieve standaardwaarden) of false (het echte contract)',
      problems: ['illustrative: moet true zijn (illustratieve standaardwaarden) of false (het echte contract)'],
    });
    expect(english.body).toEqual({
      status: 400, code: 'CONTRACT_REGISTER_INVALID', title: 'Invalid contract register',
      detail: 'The contract register was not saved: a problem (see docs/contracts.md):\n  - illustrative: must be true (illustrative defaults) or false (the real contract)',
      problems: ['illustrative: must be true (illustrative defaults) or false (the real contract)'],
    });
    const missing = await call<Problem>('GET', '/v1/admin/contracts/versions/999', undefined, ADMIN_TOKEN, 'en');
    expect(missing.body.detail).toBe(`There is no contract register version 999; the versions are 1 to ${before}.`);
    const illustrative = await call<{ notice: string }>('GET', '/v1/admin/contracts', undefined, ADMIN_TOKEN, 'en');
    expect(illustrative.body.notice).toMatch(/^ILLUSTRATIVE: these product codes/);
    expect(await latestVersion()).toBe(before);
  });

  it('stores a tarief change as a new version, lists the versions and says what changed', async () => {
    const before = await latestVersion();
    const set = await call<Change>('POST', '/v1/admin/contracts/tarieven', { productCode: '01A01', vanaf: '2026-06-01', tariefPerMaand: 31900, gemeenten: ['0603'], reason: 'indexatie Rijswijk', author: 'j.jansen' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ saved: true, version: { version: before + 1, reason: 'indexatie Rijswijk', createdBy: 'admin: j.jansen', basedOn: before }, notice: expect.stringMatching(/^ILLUSTRATIEF/) });
    expect(set.body.changes).toEqual([{ kind: 'tarief', text: 'Tarief van 01A01 vanaf 2026-06-01: €\u00a0312,00 -> €\u00a0319,00 in Rijswijk (0603).' }]);
    const english = await call<Change>('GET', `/v1/admin/contracts/diff?from=${before}&to=${before + 1}`, undefined, ADMIN_TOKEN, 'en');
    expect(english.body.changes).toEqual([{ kind: 'tarief', text: 'Tarief of 01A01 from 2026-06-01: €312.00 -> €319.00 in Rijswijk (0603).' }]);

    const again = await call<Change>('POST', '/v1/admin/contracts/tarieven', { productCode: '01A01', vanaf: '2026-06-01', tariefPerMaand: 31900, gemeenten: ['0603'], reason: 'nog eens' });
    expect(again.body).toMatchObject({ saved: false, changes: [], version: { version: before + 1 } });

    const versions = await call<Array<{ version: number; reason: string }>>('GET', '/v1/admin/contracts/versions');
    expect(versions.body[0]).toMatchObject({ version: before + 1, reason: 'indexatie Rijswijk' });
    const diff = await call<{ from: number; to: number; changes: Array<{ text: string }> }>('GET', `/v1/admin/contracts/diff?from=${before}&to=${before + 1}`);
    expect(diff.body).toEqual({ from: before, to: before + 1, changes: set.body.changes });
    expect((await call('GET', '/v1/admin/contracts/diff')).body).toEqual(diff.body);

    const missing = await call<Problem>('GET', '/v1/admin/contracts/versions/999');
    expect([missing.status, missing.body.detail]).toEqual([404, `Er is geen versie 999 van het contractregister; de versies zijn 1 tot en met ${before + 1}.`]);
    expect((await call<Problem>('GET', '/v1/admin/contracts/versions/abc')).status).toBe(400);
  });

  it('adds and ends contracts and sets a declaratiebeleid, refusing what cannot be done', async () => {
    const added = await call<Change>('POST', '/v1/admin/contracts/contracten', { aanbieder: '11223344', gemeenten: ['1783'], percelen: ['DAG'], vanaf: '2026-07-01', reason: 'aanbesteding Westland' });
    expect(added.body.changes.map((c) => c.text)).toEqual(['Contract toegevoegd: 11223344 Demo Dagbesteding voor DAG in Westland (1783) vanaf 2026-07-01.']);
    const overlap = await call<Problem>('POST', '/v1/admin/contracts/contracten', { aanbieder: '11223344', gemeenten: ['1783'], percelen: ['DAG'], vanaf: '2026-08-01', reason: 'dubbel' });
    expect(overlap.status).toBe(400);
    expect(overlap.body.problems).toEqual([expect.stringMatching(/overlapt een ander contract van 11223344 voor DAG in gemeente 1783 \(vanaf 2026-07-01\)/)]);

    const ended = await call<Change>('POST', '/v1/admin/contracts/contracten/end', { aanbieder: '11223344', totEnMet: '2026-12-31', gemeenten: ['1783'], reason: 'einde proef' });
    expect(ended.body.changes.map((c) => c.text)).toEqual(['Contract van 11223344 Demo Dagbesteding voor DAG in Westland (1783) eindigt op 2026-12-31.']);
    const nothing = await call<Problem>('POST', '/v1/admin/contracts/contracten/end', { aanbieder: '99999999', totEnMet: '2026-12-31', reason: 'x' });
    expect([nothing.status, nothing.body.code, nothing.body.problems]).toEqual([400, 'CONTRACT_CHANGE_REFUSED', ['aanbieder 99999999 heeft geen contract dat na 2026-12-31 doorloopt']]);

    const beleid = await call<Change>('PUT', '/v1/admin/contracts/beleid/0503', { proratie: 'volle-maand', reason: 'besluit Delft' });
    expect(beleid.body.changes.map((c) => c.text)).toEqual(['Declaratiebeleid van Delft (0503): proratie kalenderdagen -> volle-maand.']);
    expect((await call<Problem>('PUT', '/v1/admin/contracts/beleid/0503', { proratie: 'per-uur', reason: 'x' })).body.detail).toMatch(/^proratie moet een van deze waarden zijn: kalenderdagen, volle-maand/);
    expect((await call<Problem>('PUT', '/v1/admin/contracts/beleid/0518', { proratie: 'volle-maand', reason: 'x' })).body.problems).toEqual([
      'gemeente 0518 staat niet in het register (de gemeenten zijn: 0503, 0603, 1783, 1842)',
    ]);
    const current = await call<{ gemeenten: Array<{ code: string; declaratiebeleid: { proratie: string } }> }>('GET', '/v1/admin/contracts');
    expect(current.body.gemeenten.find((g) => g.code === '0503')!.declaratiebeleid).toEqual({ proratie: 'volle-maand' });
  });

  it('audit-logs every change, refusals with the problems', async () => {
    const audit = (await call<Array<{ action: string; outcome: string; reason: string | null }>>('GET', '/v1/admin/audit?limit=1000')).body;
    expect(audit.find((e) => e.action === 'admin.contracts.tarief.set' && e.outcome === 'allowed')).toBeDefined();
    const refused = (action: string) => audit.filter((e) => e.action === action && e.outcome === 'refused').map((e) => e.reason);
    expect(refused('admin.contracts.replace')).toContainEqual(expect.stringMatching(/gemeenten\.503: de sleutel moet een CBS-gemeentecode van 4 cijfers zijn/));
    expect(refused('admin.contracts.replace')).toContainEqual(expect.stringMatching(/reason moet zeggen waarom/));
    expect(refused('admin.contracts.contract.end')).toEqual([expect.stringMatching(/99999999 heeft geen contract/)]);
  });

  it("shows an aanbieder the tarieven of its own percelen and its own contracts, never another aanbieder's", async () => {
    const mine = await call<{ version: number; gemeenten: Array<{ gemeente: string; producten: Array<{ productCode: string; resultaatgebied: string; tariefOpDatum?: number }>; contracten: Array<{ aanbieder: string; perceel: string }> }> }>(
      'GET', '/v1/contracts/tarieven?datum=2026-04-01', undefined, keys['11223344'],
    );
    expect(mine.status).toBe(200);
    expect(mine.body.gemeenten.map((g) => g.gemeente)).toEqual(['0503', '1783', '1842']);
    for (const g of mine.body.gemeenten) {
      expect(new Set(g.producten.map((p) => p.resultaatgebied))).toEqual(new Set(['DAG']));
      expect(new Set(g.contracten.map((c) => c.aanbieder))).toEqual(new Set(['11223344']));
    }
    expect(mine.body.gemeenten[0]!.producten.every((p) => typeof p.tariefOpDatum === 'number')).toBe(true);
    expect(JSON.stringify(mine.body)).not.toContain('12345678');

    const delft = await call<{ gemeenten: Array<{ gemeente: string; producten: unknown[]; contracten: Array<{ aanbieder: string }> }> }>('GET', '/v1/contracts/tarieven?gemeente=0503', undefined, keys['12345678']);
    expect(delft.body.gemeenten.map((g) => g.gemeente)).toEqual(['0503']);
    expect(new Set(delft.body.gemeenten[0]!.contracten.map((c) => c.aanbieder))).toEqual(new Set(['12345678']));

    const gemeente = await call<{ gemeenten: Array<{ gemeente: string; contracten: Array<{ aanbieder: string }> }> }>('GET', '/v1/contracts/tarieven', undefined, keys['0503']);
    expect(gemeente.body.gemeenten.map((g) => g.gemeente)).toEqual(['0503']);
    expect(new Set(gemeente.body.gemeenten[0]!.contracten.map((c) => c.aanbieder))).toEqual(new Set(['12345678', '87654321', '11223344']));
    expect((await call<Problem>('GET', '/v1/contracts/tarieven?gemeente=1783', undefined, keys['0503'])).status).toBe(403);
    expect((await call<Problem>('GET', '/v1/contracts/tarieven?gemeente=0518', undefined, keys['12345678'])).body.detail).toBe(
      'Het contractregister beschrijft gemeente 0518 niet; het beschrijft 0503, 0603, 1783, 1842.',
    );
    expect((await call('GET', '/v1/contracts/tarieven', undefined, null)).status).toBe(401);
  });

  it('makes TR418 accept the new tarief and reject the old one after a retroactive change through the admin API', async () => {
    const submit = async (key: string, xml: string) => {
      const response = await fetch(`${url}/v1/berichten`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/xml' }, body: xml });
      return (await response.json()) as { status: string; retourcodes: string[]; errors?: Array<{ rule?: string; message: string }> };
    };
    const file = (f: string) => readFileSync(join(SCENARIO, f), 'utf8');
    expect(await submit(keys['0503']!, file('01-toewijzing.xml'))).toMatchObject({ status: 'accepted', retourcodes: [] });
    expect(await submit(keys['12345678']!, file('02-start.xml'))).toMatchObject({ status: 'accepted', retourcodes: [] });
    /**
     * September's prestatie at a tarief, with numbers of its own (TR056, TR314, TR333), in the
     * declaratie for September or, declared late, in the one for October (TR318, TR319).
     */
    let n = 0;
    const declaratie = (tarief: number, periode: 'september' | 'oktober') => {
      n++;
      let xml = file('03-declaratie-oud-tarief.xml')
        .replace('ZD-D-0101', `ZD-D-010${n}`).replace('ZD2609D01', `ZD2609D0${n}`).replace('ZD-2609-0001', `ZD-2609-000${n}`)
        .replace(/>36500</g, `>${tarief}<`);
      if (periode === 'oktober') {
        xml = xml
          .replace(/(<wmo323:DeclaratiePeriode>\s*<iwmo:Begindatum>)2026-09-01(<\/iwmo:Begindatum>\s*<iwmo:Einddatum>)2026-09-30/, '$12026-10-01$22026-10-31')
          .replace(/2026-10-02/g, '2026-11-02');
      }
      return xml;
    };

    // before the change the register holds EUR 378.00 for September: the judge (no state written) rejects EUR 395.00
    const judge = gateway.app.get(MessageJudge);
    const before = await judge.judge(Buffer.from(declaratie(39500, 'september')));
    expect(before.findings.filter((f) => f.rule === 'TR418').map((f) => findingMessage(f, 'en'))).toEqual([expect.stringMatching(/378\.00|37800/)]);

    const raised = await call<Change>('POST', '/v1/admin/contracts/tarieven', {
      productCode: '02A02', vanaf: '2026-09-01', tariefPerMaand: 39500, gemeenten: ['0503'], reason: 'reparatie: verhoging met terugwerkende kracht',
    });
    expect(raised.body.changes.map((c) => c.text)).toEqual(['Tarief van 02A02 vanaf 2026-09-01: €\u00a0378,00 -> €\u00a0395,00 in Delft (0503).']);

    // the tarief that was right until the change is now the old one
    const old = await submit(keys['12345678']!, declaratie(37800, 'september'));
    expect(old.retourcodes).toEqual(['0611']);
    expect(old.errors!.find((e) => e.rule === 'TR418')!.message).toMatch(/395,00|39500/);
    const accepted = await submit(keys['12345678']!, declaratie(39500, 'oktober'));
    expect(accepted).toMatchObject({ status: 'accepted', retourcodes: [] });

    // the aanbieder sees the tarief it now declares
    const tarieven = await call<{ gemeenten: Array<{ producten: Array<{ productCode: string; tariefOpDatum?: number }> }> }>('GET', '/v1/contracts/tarieven?gemeente=0503&datum=2026-09-01', undefined, keys['12345678']);
    expect(tarieven.body.gemeenten[0]!.producten.find((p) => p.productCode === '02A02')!.tariefOpDatum).toBe(39500);
  });
});
