/**
 * POST /v1/declaraties/build and GET /v1/declaraties/builds/:id(/xml) through the real gateway app
 * (in-process HTTP), on the real Redis and on both databases.
 */
import { validateTestEnv } from '@lib/config';
import { parse } from '@lib/iwmo';
import { sampleWmo301, sampleWmo305 } from '@lib/iwmo/testing/sample-messages';
import type { Database } from '@lib/persistence';
import { testDatabaseBackends } from '@lib/persistence/testing';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';

const { redisUrl } = validateTestEnv();
const backends = testDatabaseBackends().map((b) => [b.name, b] as const);

(redisUrl ? describe.each(backends) : describe.skip.each(backends))('declaratie builder API on %s', (_name, backend) => {
  let gateway: TestGateway;
  let url: string;
  let db: Database;
  const keys = { aanbieder: '', other: '', gemeente: '' };

  beforeAll(async () => {
    gateway = await startTestGateway('declaraties-build', backend);
    ({ url, db } = gateway);
    keys.gemeente = await gateway.addParty('gemeente', '0503', 'Delft');
    keys.aanbieder = await gateway.addParty('aanbieder', '12345678', 'Zorg BV');
    keys.other = await gateway.addParty('aanbieder', '87654321', 'Andere Zorg');
    // Delft assigns 100001 (02A03) and 100002 (01A02) from 2026-03-01; the aanbieder starts both.
    for (const [key, xml] of [[keys.gemeente, sampleWmo301()], [keys.aanbieder, sampleWmo305()]] as const) {
      const response = await fetch(`${url}/v1/berichten`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/xml' }, body: xml });
      if (response.status !== 202) throw new Error(`setup message refused: ${await response.text()}`);
    }
  });
  afterAll(() => gateway?.close());

  const build = (key: string, body: unknown, lang?: string) =>
    fetch(`${url}/v1/declaraties/build`, {
      method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(lang && { 'accept-language': lang }) }, body: JSON.stringify(body),
    });
  const get = (key: string, path: string) => fetch(`${url}${path}`, { headers: { authorization: `Bearer ${key}` } });
  const count = async (table: string) => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);

  it('shows the difference per client with the BSN masked on a dry run, and stores and numbers nothing', async () => {
    const response = await build(keys.aanbieder, { gemeente: '0503', periode: '2026-10', dryRun: true });
    const body = (await response.json()) as { summary: { lines: Record<string, number>; totaal: unknown; clients: Array<{ bsn: string; nieuw: number }> }; build?: unknown; xml?: string };
    expect(response.status).toBe(200);
    expect(body.summary.lines).toEqual({ nieuw: 2, credit: 0, debet: 0, herindiening: 0 });
    // 02A03 and 01A02 in October 2026 (illustrative H4 register)
    expect(body.summary.clients).toEqual([{ bsn: '******019', nieuw: 34300 + 24500, herindiening: 0, credit: 0, debet: 0, verschil: 34300 + 24500 }]);
    expect(JSON.stringify(body)).not.toContain('999990019');
    expect(body.build).toBeUndefined();
    expect(body.xml).toBeUndefined();
    expect(await count('declaratie_builds')).toBe(0);
    expect(await count('builder_counters')).toBe(0);
  });

  it('builds, stores and submits the declaratie: the gateway accepts it; only its aanbieder can read the build', async () => {
    const response = await build(keys.aanbieder, { gemeente: '0503', periode: '2026-10', submit: true });
    const body = (await response.json()) as { build: { id: string; declaratieNummer: string; links: { xml: string } }; xml: string; verdict: { status: string; retourcodes: string[]; errors: unknown[] } };
    expect(response.status).toBe(200);
    expect(body.verdict).toMatchObject({ status: 'accepted', retourcodes: [], errors: [] });
    const message = parse(Buffer.from(body.xml));
    expect(message.code).toBe('WMO323');
    if (message.code === 'WMO323') {
      expect(message.bericht.Header).toMatchObject({ Afzender: '12345678', Ontvanger: '0503' });
      expect(message.bericht.Declaratie).toMatchObject({ DeclaratieNummer: body.build.declaratieNummer, DeclaratiePeriode: { Begindatum: '2026-10-01', Einddatum: '2026-10-31' } });
    }
    expect(await count('declaraties')).toBe(1);

    const own = await get(keys.aanbieder, `/v1/declaraties/builds/${body.build.id}`);
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ id: body.build.id, periode: '2026-10', lines: [{ soort: 'nieuw', lines: 2, bedrag: 58800 }] });
    expect(await (await get(keys.aanbieder, body.build.links.xml)).text()).toBe(body.xml);
    expect((await get(keys.other, `/v1/declaraties/builds/${body.build.id}`)).status).toBe(404);
    expect((await get(keys.other, `/v1/declaraties/builds/${body.build.id}/xml`)).status).toBe(404);

    const audit = await db.query<{ actor: string; action: string }>(`SELECT actor, action FROM audit_log WHERE action LIKE 'declaratie.build%' ORDER BY id`);
    expect(audit.rows).toEqual([{ actor: '12345678', action: 'declaratie.build.dry-run' }, { actor: '12345678', action: 'declaratie.build' }]);
  });

  it('refuses the same month again (TR318), a gemeente, bad input and no key, saying why', async () => {
    const again = await build(keys.aanbieder, { gemeente: '0503', periode: '2026-10' });
    expect(again.status).toBe(422);
    expect(await again.json()).toMatchObject({ code: 'ALREADY_DECLARED', detail: expect.stringMatching(/TR318.*2026-11/) });
    expect((await build(keys.gemeente, { gemeente: '0503', periode: '2026-11' })).status).toBe(403);
    const bad = await build(keys.aanbieder, { gemeente: 'Delft', periode: '2026-13' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/CBS-gemeentecode.*JJJJ-MM|JJJJ-MM.*CBS-gemeentecode/);
    expect((await fetch(`${url}/v1/declaraties/build`, { method: 'POST' })).status).toBe(401);
  });

  it('says the same refusal in Dutch by default and in English with Accept-Language: en', async () => {
    const dutch = await build(keys.aanbieder, { gemeente: '0503', periode: '2026-10' });
    const english = await build(keys.aanbieder, { gemeente: '0503', periode: '2026-10' }, 'en');
    expect([dutch.status, english.status]).toEqual([422, 422]);
    expect(await dutch.json()).toEqual({
      status: 422, code: 'ALREADY_DECLARED', title: 'Niet te verwerken',
      detail: 'aanbieder 12345678 heeft 2026-10 al gedeclareerd bij gemeente 0503 (een declaratie die niet als geheel is afgewezen); een maand wordt één keer gedeclareerd (TR318). ' +
        'Stel 2026-11 op: die declaratie bevat ook de correcties van 2026-10.',
    });
    expect(await english.json()).toEqual({
      status: 422, code: 'ALREADY_DECLARED', title: 'Unprocessable',
      detail: 'aanbieder 12345678 already declared 2026-10 to gemeente 0503 (a declaratie not rejected as a whole); a month is declared once (TR318). ' +
        'Build 2026-11: its declaratie also carries the corrections of 2026-10.',
    });
    const missing = await fetch(`${url}/v1/declaraties/builds/00000000-0000-4000-8000-000000000000`, { headers: { authorization: `Bearer ${keys.aanbieder}`, 'accept-language': 'en' } });
    expect([missing.status, ((await missing.json()) as { detail: string }).detail]).toEqual([404, 'No declaratie build 00000000-0000-4000-8000-000000000000 of yours.']);
  });
});
