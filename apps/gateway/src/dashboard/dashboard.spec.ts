/**
 * The dashboard over HTTP on the real gateway app (in-process), on the real Redis and both
 * databases: users via the admin API, log-in with CSRF, sessions that end, throttling, every
 * page, CSV export, scope (a gemeente user cannot see another gemeente), BSN masking,
 * requeue, and the audit log of it all; the money split by hoofd-/onderaannemer with a delegated
 * toewijzing (what a hoofdaannemer and an onderaannemer see), and the gemeente's 325 verdicts on
 * the Rejects page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { validateEnv, validateTestEnv } from '@lib/config';
import { DATABASE, type Database } from '@lib/persistence';
import { assertPgliteCanLoad, testDatabaseBackends, type TestDatabase } from '@lib/persistence/testing';
import { loadContractRegister } from '@lib/funding';
import { createGatewayApp, localUrl } from '../gateway.app';
import { seedDeclaraties, seedMessages, seedParties, seedToewijzingen } from './testing/dashboard-seed';

const { redisUrl } = validateTestEnv();
const backends = testDatabaseBackends().map((b) => [b.name, b] as const);
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
const PASSWORD = 'correct horse battery staple';
/** Westland: aanbieder A delegates two of its five toewijzingen to this onderaannemer */
const ONDER = '80000001';
const WESTLAND_323 = '7b0c2f7e-3a51-4d0e-8f43-2b6f1c9e0323';
const WESTLAND_325 = '7b0c2f7e-3a51-4d0e-8f43-2b6f1c9e0325';

/** A browser-ish client: keeps cookies, does not follow redirects. */
class Client {
  private readonly cookies = new Map<string, string>();
  /** headers: sent with every request (Accept-Language) */
  constructor(private readonly base: string, private readonly headers: Record<string, string> = {}) {}

  async request(method: 'GET' | 'POST', path: string, form?: Record<string, string>): Promise<{ status: number; headers: Headers; text: string }> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...this.headers,
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form && { 'content-type': 'application/x-www-form-urlencoded' }),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      const value = pair!.slice(at + 1);
      if (value === '' || /Max-Age=0/.test(c)) this.cookies.delete(pair!.slice(0, at));
      else this.cookies.set(pair!.slice(0, at), value);
    }
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, form: Record<string, string>) => this.request('POST', path, form);

  async login(username: string, password: string): Promise<{ status: number; headers: Headers; text: string }> {
    const form = await this.get('/dashboard/login');
    return this.post('/dashboard/login', { _csrf: csrfOf(form.text), username, password });
  }
}

const csrfOf = (page: string): string => /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';

(redisUrl ? describe.each(backends) : describe.skip.each(backends))('dashboard over HTTP on %s', (name, backend) => {
  let app: NestExpressApplication;
  let url: string;
  let db: Database;
  let test: TestDatabase | undefined;
  let dataDir: string;
  let deadDelivery: string;
  let rejectedId: string;
  let midden: string;
  /** the monthly tarief of 01A01 in Westland this month, eurocents */
  let tarief: number;

  const admin = async (method: string, path: string, body?: unknown, lang?: string) => {
    const response = await fetch(`${url}/v1/admin/dashboard-users${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body !== undefined && { 'content-type': 'application/json' }), ...(lang && { 'accept-language': lang }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const audit = async (action: string) =>
    (await db.query<{ actor: string; outcome: string; reason: string | null; detail: Record<string, unknown> }>('SELECT actor, outcome, reason, detail FROM audit_log WHERE action = $1 ORDER BY id', [action])).rows;

  beforeAll(async () => {
    if (name === 'pglite') assertPgliteCanLoad();
    else test = await backend.create();
    dataDir = mkdtempSync(join(tmpdir(), 'iwmo-dashboard-'));
    const config = validateEnv({
      PORT: '0', DATA_DIR: dataDir, REDIS_URL: redisUrl!, SEED_DEMO: 'false', WORKER_MODE: 'separate', ADMIN_TOKEN, DASHBOARD_MIN_GROUP: '2',
      ...(test ? { DATABASE_URL: test.url! } : {}),
    });
    app = await createGatewayApp(config, { logger: false });
    await app.listen(0, '127.0.0.1');
    url = localUrl(app);
    db = app.get<Database>(DATABASE);
    const today = new Date().toISOString().slice(0, 10);
    const parties = await seedParties(db, [{ code: '0503', name: 'Delft' }, { code: '1842', name: 'Midden-Delfland' }, { code: '12345678', name: 'A' }]);
    const ids = await seedMessages(db, parties, [
      { type: 'WMO301', afzender: '0503', ontvanger: '12345678', receivedAt: `${today}T08:00:00Z` },
      {
        type: 'WMO305', afzender: '12345678', ontvanger: '0503', status: 'rejected', retourcodes: ['9338'], receivedAt: `${today}T08:05:00Z`,
        errors: [{ layer: 'rule', code: '9338', rule: 'TR338', path: '/Bericht/Client/Bsn', message: 'Client 123456782 has no toewijzing 42; send the right ToewijzingNummer.' }],
      },
      { type: 'WMO301', afzender: '1842', ontvanger: '12345678', receivedAt: `${today}T08:10:00Z` },
    ], (_, i) => (i === 2 ? 'dead' : 'acked'));
    [, rejectedId, midden] = ids as [string, string, string];
    deadDelivery = (await db.query<{ id: string }>(`SELECT id FROM deliveries WHERE status = 'dead'`)).rows[0]!.id;
    const month = `${today.slice(0, 7)}-01`;
    await seedToewijzingen(db, ['100000001', '100000002', '100000003'].map((bsn, i) => ({
      gemeente: i < 2 ? '0503' : '1842', aanbieder: '12345678', bsn, nummer: String(i + 1), productCode: '01A01', ingangsdatum: month, einddatum: null,
    })));
    await seedDeclaraties(db, [{ aanbieder: '12345678', gemeente: '0503', periode: month, prestaties: [{ bsn: '100000001', productCode: '01A01', periode: month, bedrag: 20000 }, { bsn: '100000002', productCode: '01A01', periode: month, bedrag: 10000 }] }]);
    // Westland: three toewijzingen A delivers itself, two it delegated to ONDER; each declared at the full tarief,
    // and Westland's 325 (stored today) rejected one of ONDER's prestaties with 9321
    tarief = loadContractRegister().tarief('1783', '01A01', month)!;
    const westland = ['100000011', '100000012', '100000013', '100000014', '100000015'];
    await seedToewijzingen(db, westland.map((bsn, i) => ({
      gemeente: '1783', aanbieder: '12345678', bsn, nummer: String(11 + i), productCode: '01A01', ingangsdatum: month, einddatum: null, onderaannemer: i >= 3 ? ONDER : undefined,
    })));
    await seedDeclaraties(db, [{
      aanbieder: '12345678', gemeente: '1783', periode: month, messageId: WESTLAND_323, antwoordMessageId: WESTLAND_325, antwoordAt: `${today}T09:00:00Z`,
      prestaties: westland.map((bsn, i) => ({
        bsn, productCode: '01A01', periode: month, bedrag: tarief, toewijzingNummer: String(11 + i), onderaannemer: i >= 3 ? ONDER : undefined,
        ...(i === 4 ? { status: 'afgewezen' as const, retourcodes: ['9321'] } : {}),
      })),
    }]);
  });
  afterAll(async () => {
    await app?.close();
    await test?.dispose();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('manages users through the admin API: validated, a generated password shown once, audit-logged', async () => {
    expect((await admin('POST', '', { username: 'team', role: 'contractteam', password: PASSWORD })).status).toBe(201);
    const delft = await admin('POST', '', { username: 'delft', role: 'gemeente', party: '0503' });
    expect(delft.status).toBe(201);
    expect(typeof delft.body.password).toBe('string');
    await admin('POST', '', { username: 'aanbieder', role: 'aanbieder', party: '12345678', password: PASSWORD });
    const bad = await admin('POST', '', { username: 'x y', role: 'gemeente', password: 'short' });
    expect(bad.status).toBe(400);
    expect(String(bad.body.detail)).toMatch(/username: .*; party: een gemeentegebruiker heeft de CBS-gemeentecode nodig.*; password: moet ten minste 12 tekens lang zijn/);
    const english = await admin('POST', '', { username: 'x y', role: 'gemeente', password: 'short' }, 'en');
    expect(String(english.body.detail)).toMatch(/username: .*; party: a gemeente user needs the CBS gemeentecode.*; password: must be at least 12 characters/);
    const taken = await admin('POST', '', { username: 'team', role: 'admin', password: PASSWORD });
    expect([taken.status, taken.body.detail]).toEqual([409, 'username: team bestaat al; kies een andere naam, of schakel eerst de oude gebruiker uit']);
    expect((await admin('POST', '', { username: 'nemo', role: 'opperhoofd' }, 'en')).body.detail).toBe('role: must be one of contractteam, gemeente, aanbieder, admin');
    expect((await admin('POST', '/nemo/disable', undefined, 'en')).body.detail).toBe('username: no dashboard user nemo; see the list of users');
    const list = await fetch(`${url}/v1/admin/dashboard-users`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const users = (await list.json()) as Array<Record<string, unknown>>;
    expect(users.map((u) => u.username)).toEqual(['aanbieder', 'delft', 'team']);
    expect(JSON.stringify(users)).not.toMatch(/scrypt|password/);
    expect((await fetch(`${url}/v1/admin/dashboard-users`)).status).toBe(401);
    const created = await audit('admin.dashboard-user.create');
    expect(created.filter((a) => a.outcome === 'allowed')).toHaveLength(3);
    expect(JSON.stringify(created)).not.toContain(PASSWORD);
  });

  it('sends a visitor without a session to the log-in page, and logs in only with the form\'s CSRF token', async () => {
    const c = new Client(url);
    const page = await c.get('/dashboard/flows?from=2026-01-01');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe(`/dashboard/login?next=${encodeURIComponent('/dashboard/flows?from=2026-01-01')}`);
    expect((await c.post('/dashboard/login', { _csrf: 'forged', username: 'team', password: PASSWORD })).status).toBe(403);
    const wrong = await c.login('team', 'not the password');
    expect(wrong.status).toBe(401);
    expect(wrong.text).toContain('Gebruikersnaam of wachtwoord is onjuist.');
    const ok = await c.login('team', PASSWORD);
    expect(ok.status).toBe(303);
    expect(ok.headers.getSetCookie().join()).toMatch(/iwmo_dashboard=[^;]+; Path=\/dashboard; HttpOnly; SameSite=Strict/);
    const logins = await audit('dashboard.login');
    expect(logins.map((l) => [l.actor, l.outcome, l.reason])).toEqual([['dashboard:team', 'refused', 'wrong password'], ['dashboard:team', 'allowed', null]]);
  });

  it('serves every page with a strict Content-Security-Policy, its own chart.js and no inline script', async () => {
    const c = new Client(url);
    await c.login('team', PASSWORD);
    for (const path of ['/dashboard/flows', '/dashboard/rejects', '/dashboard/queues', '/dashboard/money', `/dashboard/messages/${rejectedId}`]) {
      const page = await c.get(path);
      expect([path, page.status]).toEqual([path, 200]);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(page.text).not.toMatch(/<script>(?!<)|<script [^>]*>[^<]|style="/);
      expect(page.text).toContain('<table');
    }
    const chart = await c.get('/dashboard/assets/chart.umd.js');
    expect(chart.status).toBe(200);
    expect(chart.text.length).toBeGreaterThan(100_000);
    expect((await c.get('/dashboard/assets/dashboard.js')).text).toContain('data-rendered');
  });

  it('speaks Dutch by default and English on request: ?lang= sets a cookie and redirects, else Accept-Language, and the cookie wins', async () => {
    const flowsIn = (page: string) => ({
      lang: /<html lang="(\w+)">/.exec(page)?.[1],
      title: /<h1>([^<]+)<\/h1>/.exec(page)?.[1],
      switchTo: /<p class="lang"><a href="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(page)?.slice(1),
    });
    const dutch = new Client(url);
    await dutch.login('team', PASSWORD);
    expect(flowsIn((await dutch.get('/dashboard/flows?gemeente=1842')).text)).toEqual({
      lang: 'nl', title: 'Berichtenstromen', switchTo: ['/dashboard/flows?gemeente=1842&amp;lang=en', 'English'],
    });

    // the switch: the cookie for a year on the dashboard's path, and back to the same page without lang
    const asked = await dutch.get('/dashboard/flows?gemeente=1842&lang=en');
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toBe('/dashboard/flows?gemeente=1842');
    expect(asked.headers.getSetCookie()).toEqual(['iwmo_lang=en; Path=/dashboard; HttpOnly; SameSite=Lax; Max-Age=31536000']);
    const english = (await dutch.get('/dashboard/flows?gemeente=1842')).text;
    expect(flowsIn(english)).toEqual({ lang: 'en', title: 'Message flows', switchTo: ['/dashboard/flows?gemeente=1842&amp;lang=nl', 'Nederlands'] });
    expect(english).toMatch(/<dt>messages<\/dt><dd>1<\/dd>/);
    expect(english).toContain('>Log out</button>');
    expect(english).not.toMatch(/Berichtenstromen|Uitloggen|geaccepteerd|Nederlandse tijd/);
    // error pages too: a 400 and a 404 said in English
    const bad = await dutch.get('/dashboard/flows?from=2026-13-01');
    expect([bad.status, flowsIn(bad.text).title]).toEqual([400, 'Invalid input']);
    expect(bad.text).toContain('from: 2026-13-01 is not a calendar date (YYYY-MM-DD)');
    const none = await dutch.get('/dashboard/messages/00000000-0000-4000-8000-000000000000');
    expect([none.status, flowsIn(none.text).title]).toEqual([404, 'Not found']);
    // an unknown language is dropped without changing the choice
    const odd = await dutch.get('/dashboard/flows?lang=de');
    expect([odd.status, odd.headers.get('location'), odd.headers.getSetCookie()]).toEqual([303, '/dashboard/flows', []]);
    expect(flowsIn((await dutch.get('/dashboard/flows')).text).lang).toBe('en');
    expect((await dutch.get('/dashboard/flows?lang=nl')).headers.getSetCookie()).toEqual(['iwmo_lang=nl; Path=/dashboard; HttpOnly; SameSite=Lax; Max-Age=31536000']);
    expect(flowsIn((await dutch.get('/dashboard/flows')).text).lang).toBe('nl');

    // without the cookie, the Accept-Language header decides (q-values honoured); a language the dashboard does not speak is Dutch
    for (const [header, lang] of [['en-GB,en;q=0.9', 'en'], ['de-DE, en;q=0.5, nl;q=0.8', 'nl'], ['fr', 'nl']] as const) {
      const c = new Client(url, { 'accept-language': header });
      const login = await c.get('/dashboard/login');
      expect([header, flowsIn(login.text).lang]).toEqual([header, lang]);
      await c.login('team', PASSWORD);
      expect([header, flowsIn((await c.get('/dashboard/flows')).text).lang]).toEqual([header, lang]);
    }
    // the log-in page in English, before any session, and its refusal too
    const visitor = new Client(url, { 'accept-language': 'en' });
    const page = (await visitor.get('/dashboard/login')).text;
    expect(flowsIn(page)).toEqual({ lang: 'en', title: 'Log in', switchTo: ['/dashboard/login?lang=nl', 'Nederlands'] });
    expect((await visitor.login('team', 'not the password')).text).toContain('Username or password is wrong.');
    // the cookie wins over the header
    expect((await visitor.get('/dashboard/login?lang=nl')).status).toBe(303);
    expect(flowsIn((await visitor.get('/dashboard/login')).text).lang).toBe('nl');
    await visitor.login('team', PASSWORD);
    expect(flowsIn((await visitor.get('/dashboard/flows')).text)).toMatchObject({ lang: 'nl', title: 'Berichtenstromen' });
  });

  it('filters change the numbers: the flows of one gemeente', async () => {
    const c = new Client(url);
    await c.login('team', PASSWORD);
    const total = (text: string) => /<dt>berichten<\/dt><dd>(\d+)<\/dd>/.exec(text)?.[1];
    expect(total((await c.get('/dashboard/flows')).text)).toBe('3');
    expect(total((await c.get('/dashboard/flows?gemeente=1842')).text)).toBe('1');
    expect(total((await c.get('/dashboard/flows?outcome=rejected')).text)).toBe('1');
    // all three messages came today: the 30-day table lists that one day, not 29 rows of zeros
    const perDay = (await c.get('/dashboard/flows/export.csv?table=per-period')).text.trim().split('\r\n');
    expect(perDay).toHaveLength(2);
    expect(perDay[1]).toMatch(/^\d{4}-\d{2}-\d{2},2,1,3,/);
    expect((await c.get('/dashboard/flows')).text).toContain('Alleen de dagen met berichten; 29 dagen zonder berichten weggelaten.');
    // the money page's headline figures include what the gemeente awarded and what is still open
    expect((await c.get('/dashboard/money')).text).toMatch(/<dt>toegekend door de gemeente<\/dt><dd>[^<]+<\/dd><\/div><div><dt>open \(nog geen antwoord\)<\/dt>/);
    const bad = await c.get('/dashboard/flows?from=2026-13-01');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('from: 2026-13-01 bestaat niet als kalenderdatum (JJJJ-MM-DD)');
    // whatever comes back from the request is escaped
    const xss = await c.get(`/dashboard/flows?type=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(xss.status).toBe(400);
    expect(xss.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xss.text).not.toContain('<script>alert');
  });

  it('keeps a gemeente user to its own gemeente: 403 for another, and none of its rows', async () => {
    const c = new Client(url);
    const { body } = await admin('POST', '', { username: 'delft2', role: 'gemeente', party: '0503', password: PASSWORD });
    expect(body.username).toBe('delft2');
    await c.login('delft2', PASSWORD);
    expect((await c.get('/dashboard/flows?gemeente=1842')).status).toBe(403);
    expect((await c.get('/dashboard/money?gemeente=1842')).status).toBe(403);
    expect((await c.get(`/dashboard/messages/${midden}`)).status).toBe(404);
    const flows = await c.get('/dashboard/flows');
    expect(/<dt>berichten<\/dt><dd>(\d+)<\/dd>/.exec(flows.text)?.[1]).toBe('2');
    expect(flows.text).not.toContain('1842 Midden-Delfland</td>');
    const csv = await c.get('/dashboard/money/export.csv?table=money');
    expect(csv.text).toContain('0503 Delft');
    expect(csv.text).not.toContain('1842');
    expect((await audit('dashboard.access')).some((a) => a.actor === 'dashboard:delft2' && a.outcome === 'refused')).toBe(true);
    // no requeue for a gemeente
    const queues = await c.get('/dashboard/queues');
    expect(queues.text).not.toContain('opnieuw aanbieden</button>');
    expect((await c.post(`/dashboard/deliveries/${deadDelivery}/requeue`, { _csrf: csrfOf(queues.text) })).status).toBe(403);
  });

  it('refuses in the page language, and audit-logs the refusal in Dutch', async () => {
    const c = new Client(url, { 'accept-language': 'en' });
    await c.login('delft2', PASSWORD);
    const refused = await c.get('/dashboard/flows?gemeente=1842');
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('You may see gemeente 0503 only; remove the gemeente filter 1842.');
    const reasons = (await audit('dashboard.access')).filter((a) => a.actor === 'dashboard:delft2').map((a) => a.reason);
    expect(reasons.at(-1)).toBe('U mag alleen gemeente 0503 zien; haal het gemeentefilter 1842 weg.');
  });

  it('shows a message, its status history and its findings in the page language (a finding stored with its catalogue text)', async () => {
    const [{ errors }] = (await db.query<{ errors: unknown[] }>('SELECT errors FROM messages WHERE id = $1', [rejectedId])).rows as [{ errors: unknown[] }];
    const finding = {
      layer: 'rule', code: '8001', rule: 'TR342', path: '/Bericht/Header', message: 'Het DeclaratieAntwoord wijst de declaratie af (stored words)',
      text: { key: 'TR342.rejected-with-prestaties', params: { codes: '8001', count: 2 } },
    };
    await db.query('UPDATE messages SET errors = $2 WHERE id = $1', [rejectedId, JSON.stringify([...errors, finding])]);
    try {
      const nl = new Client(url);
      await nl.login('team', PASSWORD);
      const dutch = (await nl.get(`/dashboard/messages/${rejectedId}`)).text;
      expect(dutch).toContain('<h2 id="title-history">Statushistorie</h2>');
      expect(dutch).toContain('tijdstip (Nederlandse tijd)');
      expect(dutch).toContain('stuurt 2 prestaties terug (TR342)');
      expect(dutch).toContain('Client ******782 has no toewijzing 42'); // stored without a text: its stored words
      const en = new Client(url, { 'accept-language': 'en' });
      await en.login('team', PASSWORD);
      const english = (await en.get(`/dashboard/messages/${rejectedId}`)).text;
      expect(english).toContain('<h2 id="title-history">Status history</h2>');
      expect(english).toContain('time (Amsterdam time)');
      expect(english).toContain('yet returns 2 prestaties (TR342)');
      expect(english).toContain('Client ******782 has no toewijzing 42');
      expect(english).toMatch(/<td>received<\/td>/);
      expect(english).not.toMatch(/Statushistorie|Nederlandse tijd|ontvangen|stuurt 2 prestaties/);
      const csv = (await en.get(`/dashboard/messages/${rejectedId}/export.csv?table=errors`)).text.split('\r\n');
      expect(csv[0]).toBe('element,rule,code,what to fix,what the rule asks');
    } finally {
      await db.query('UPDATE messages SET errors = $2 WHERE id = $1', [rejectedId, JSON.stringify(errors)]);
    }
  });

  it('masks BSNs on pages and in exports, and suppresses groups under DASHBOARD_MIN_GROUP', async () => {
    const c = new Client(url);
    await c.login('team', PASSWORD);
    const message = await c.get(`/dashboard/messages/${rejectedId}`);
    expect(message.text).toContain('Client ******782 has no toewijzing 42');
    expect(message.text).not.toContain('123456782');
    const errors = await c.get(`/dashboard/messages/${rejectedId}/export.csv?table=errors`);
    expect(errors.text).toContain('******782');
    expect(errors.text).not.toContain('123456782');
    const money = await c.get('/dashboard/money/export.csv?table=money');
    expect(money.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(money.headers.get('content-disposition')).toMatch(/attachment; filename="iwmo-money-money-/);
    const lines = money.text.split('\r\n');
    expect(lines[0]).toContain('gemeente,maand,cliënten met toewijzing,toegewezen');
    expect(lines.find((l) => l.startsWith('1842'))).toContain('onderdrukt'); // one client
    expect(lines.find((l) => l.startsWith('0503'))).toMatch(/,2,.*,2,300\.00,/); // two clients: 200.00 + 100.00 declared
    expect((await audit('dashboard.export')).length).toBeGreaterThanOrEqual(2);
  });

  it('recomputes the money figures as soon as a declaratie arrives (no stale cache)', async () => {
    const c = new Client(url);
    await c.login('team', PASSWORD);
    const row = async () => (await c.get('/dashboard/money/export.csv?table=money')).text.split('\r\n').find((l) => l.startsWith('0503'));
    expect(await row()).toMatch(/,2,300\.00,/);
    expect(await row()).toMatch(/,2,300\.00,/); // reused
    const month = `${new Date().toISOString().slice(0, 7)}-01`;
    await seedDeclaraties(db, [{ aanbieder: '12345678', gemeente: '0503', periode: month, prestaties: [{ bsn: '100000001', productCode: '01A01', periode: month, bedrag: 5000 }] }]);
    expect(await row()).toMatch(/,2,350\.00,/);
    expect(await row()).toMatch(/^0503 Delft,\d{4}-\d{2},2,/);
    await seedToewijzingen(db, [{ gemeente: '0503', aanbieder: '12345678', bsn: '100000009', nummer: '9', productCode: '01A01', ingangsdatum: month, einddatum: null }]);
    expect(await row()).toMatch(/^0503 Delft,\d{4}-\d{2},3,/);
  });

  it('splits money by hoofd-/onderaannemer with the delegated toegewezen bedrag, for the team, the hoofdaannemer and the onderaannemer', async () => {
    const euro = (c: number) => (c / 100).toFixed(2);
    const westland = async (c: Client, split: string) =>
      (await c.get(`/dashboard/money/export.csv?table=money&split=${split}`)).text.split('\r\n').filter((l) => l.startsWith('1783,'));
    // gemeente, maand, geleverd door, cliënten met toewijzing, toegewezen, per cliënt, ingediend, afgewezen door gateway, afgewezen door gemeente,
    // cliënten gedeclareerd, gedeclareerd, per cliënt, toegekend, open, verzilvering: ONDER's prestatie rejected by Westland is not gedeclareerd
    const hoofd = `hoofdaannemer zelf,3,${euro(3 * tarief)},${euro(tarief)},${euro(3 * tarief)},0.00,0.00,3,${euro(3 * tarief)},${euro(tarief)},${euro(3 * tarief)},0.00,100.0`;
    const onder = `onderaannemer ${ONDER},2,${euro(2 * tarief)},${euro(tarief)},${euro(2 * tarief)},0.00,${euro(tarief)},1,${euro(tarief)},onderdrukt,${euro(tarief)},0.00,50.0`;
    const team = new Client(url);
    await team.login('team', PASSWORD);
    expect((await westland(team, 'aannemer')).map((l) => l.replace(/^1783,\d{4}-\d{2},/, ''))).toEqual([hoofd, onder]);
    const page = await team.get('/dashboard/money?split=aannemer');
    expect(page.text).toContain('tellen bij die onderaannemer');
    // what each column counts, in Dutch on the page
    expect(page.text).toContain('Gedeclareerd: wat niet is afgewezen (toegekend + open)');
    expect(page.text).toContain('Afgewezen door de gateway:');
    expect(page.text).toContain('chart-verzilvering');
    // the same in English: the words of the page and the CSV, the amounts in English notation on the page and the machine's in the CSV
    const en = new Client(url, { 'accept-language': 'en' });
    await en.login('team', PASSWORD);
    const enCsv = (await en.get('/dashboard/money/export.csv?table=money&split=aannemer')).text.split('\r\n');
    expect(enCsv[0]).toMatch(/^gemeente,month,delivered by,clients with a toewijzing,allocated,allocated per client,submitted,rejected by gateway,/);
    expect(enCsv.filter((l) => l.startsWith('1783,')).map((l) => l.replace(/^1783,\d{4}-\d{2},/, ''))).toEqual([
      hoofd.replace('hoofdaannemer zelf', 'hoofdaannemer itself'), onder.replace('onderdrukt', 'suppressed'),
    ]);
    const enPage = (await en.get('/dashboard/money?split=aannemer')).text;
    expect(enPage).toContain('count for that onderaannemer');
    expect(enPage).toMatch(/<dt>awarded by the gemeente<\/dt><dd>€[\d,]+\.\d\d<\/dd>/);
    expect(enPage).not.toMatch(/toegekend door|Bedragen in euro|onderdrukt/);

    await admin('POST', '', { username: 'hoofd', role: 'aanbieder', party: '12345678', password: PASSWORD });
    await admin('POST', '', { username: 'onder', role: 'aanbieder', party: ONDER, password: PASSWORD });
    // the hoofdaannemer exchanged its onderaannemer's toewijzingen and prestaties with the gemeente: it sees both rows
    const h = new Client(url);
    await h.login('hoofd', PASSWORD);
    expect((await westland(h, 'aannemer')).map((l) => l.replace(/^1783,\d{4}-\d{2},/, ''))).toEqual([hoofd, onder]);
    // the onderaannemer sees only its own, in every split
    const o = new Client(url);
    await o.login('onder', PASSWORD);
    expect((await westland(o, 'aannemer')).map((l) => l.replace(/^1783,\d{4}-\d{2},/, ''))).toEqual([onder]);
    expect((await westland(o, 'totaal')).map((l) => l.replace(/^1783,\d{4}-\d{2},/, ''))).toEqual([onder.replace(`onderaannemer ${ONDER},`, '')]);
    const all = await o.get('/dashboard/money/export.csv?table=money&split=totaal');
    expect(all.text).not.toContain('0503');
    expect((await o.get('/dashboard/money?aanbieder=12345678')).status).toBe(403);
  });

  it('shows the gemeente\'s 325 verdicts on Rejects by source, filterable, in the trend and CSV, down to the declaratie', async () => {
    const c = new Client(url);
    await c.login('team', PASSWORD);
    const codes = (await c.get('/dashboard/rejects/export.csv?table=retourcodes')).text.split('\r\n');
    expect(codes[0]).toBe('bron,retourcode,aantal,geteld,betekenis,regel,wat de regel vraagt');
    expect(codes.find((l) => l.includes(',9321,'))).toMatch(/^gemeente \(WMO325\),9321,1,prestaties,.*TR321/);
    expect(codes.find((l) => l.includes(',9338,'))).toMatch(/^gateway \(controle bericht\),9338,1,berichten,/);
    const gateway = (await c.get('/dashboard/rejects/export.csv?table=retourcodes&bron=gateway')).text;
    expect(gateway).toContain(',9338,');
    expect(gateway).not.toContain('9321');
    expect((await c.get('/dashboard/rejects/export.csv?table=retourcodes&bron=gemeente')).text).not.toContain('9338');
    expect((await c.get('/dashboard/rejects/export.csv?table=trend')).text.split('\r\n')[0]).toContain('9321 (325)');
    expect((await c.get('/dashboard/rejects/export.csv?table=per-aanbieder')).text).toMatch(/12345678 A,gemeente \(WMO325\),9321,.*,1,prestaties/);
    expect((await c.get('/dashboard/rejects?bron=elders')).status).toBe(400);
    // drill-down: the rejected prestatie, masked, with links to its declaratie (323) and the 325
    const drill = await c.get('/dashboard/rejects?bron=gemeente&retourcode=9321');
    expect(drill.text).toContain(`/dashboard/messages/${WESTLAND_323}`);
    expect(drill.text).toContain(`/dashboard/messages/${WESTLAND_325}`);
    expect(drill.text).toContain('******015');
    expect(drill.text).not.toContain('100000015');
    const csv = (await c.get('/dashboard/rejects/export.csv?table=prestaties&bron=gemeente&retourcode=9321')).text;
    expect(csv).toContain('******015');
    expect(csv).toContain('9321');
    // the same page in English: the words are the page's, the standard's betekenis and definitions stay as the standard says them
    const en = new Client(url, { 'accept-language': 'en' });
    await en.login('team', PASSWORD);
    const enCodes = (await en.get('/dashboard/rejects/export.csv?table=retourcodes')).text.split('\r\n');
    expect(enCodes[0]).toBe('source,retourcode,count,counted,meaning (betekenis),rule,what the rule asks');
    expect(enCodes.find((l) => l.includes(',9321,'))).toBe(codes.find((l) => l.includes(',9321,')));
    expect(enCodes.find((l) => l.includes(',9338,'))).toMatch(/^gateway \(message check\),9338,1,messages,/);
    const enPage = (await en.get('/dashboard/rejects?bron=gemeente&retourcode=9321')).text;
    expect(enPage).toContain('<h1>Rejections</h1>');
    expect(enPage).toContain('Prestaties a gemeente rejected in its WMO325 with retourcode 9321');
    expect(enPage).toContain('answer (WMO325) (Amsterdam time)');
    expect(enPage).not.toMatch(/Afkeuringen|Meest voorkomende|verschillende codes/);
    // Delft's gemeente user does not see Westland's verdicts
    const delft = new Client(url);
    await delft.login('delft2', PASSWORD);
    expect((await delft.get('/dashboard/rejects/export.csv?table=retourcodes')).text).not.toContain('9321');
  });

  it('requeues a dead-lettered delivery from the Queues page (contractteam, with CSRF), audit-logged', async () => {
    const c = new Client(url);
    await c.login('team', PASSWORD);
    const queues = await c.get('/dashboard/queues');
    expect(queues.text).toContain(`/dashboard/deliveries/${deadDelivery}/requeue`);
    expect(queues.text).toContain('>opnieuw aanbieden</button>');
    const en = new Client(url, { 'accept-language': 'en' });
    await en.login('team', PASSWORD);
    const enQueues = (await en.get('/dashboard/queues')).text;
    expect(enQueues).toContain('<h1>Queues and deadlines</h1>');
    expect(enQueues).toContain('>requeue</button>');
    expect(enQueues).toContain('dead-letter (given up)');
    expect(enQueues).not.toMatch(/Afleveringen|opnieuw aanbieden|wachtend/);
    expect((await c.post(`/dashboard/deliveries/${deadDelivery}/requeue`, { _csrf: 'wrong' })).status).toBe(403);
    const done = await c.post(`/dashboard/deliveries/${deadDelivery}/requeue`, { _csrf: csrfOf(queues.text) });
    expect(done.status).toBe(303);
    expect((await db.query<{ status: string }>('SELECT status FROM deliveries WHERE id = $1', [deadDelivery])).rows[0]!.status).toBe('pending');
    expect((await audit('dashboard.requeue')).map((a) => [a.actor, a.outcome])).toEqual([['dashboard:team', 'allowed']]);
    expect((await en.get(`/dashboard/queues?requeued=${deadDelivery}`)).text).toContain(`Delivery ${deadDelivery} is back in the queue.`);
    expect((await c.get(`/dashboard/queues?requeued=${deadDelivery}`)).text).toContain(`Aflevering ${deadDelivery} staat weer in de wachtrij.`);
    expect((await audit('dashboard.csrf')).length).toBeGreaterThanOrEqual(1);
  });

  it('ends sessions: log-out (POST with CSRF), expiry, and disabling the user', async () => {
    const c = new Client(url);
    await c.login('aanbieder', PASSWORD);
    const page = await c.get('/dashboard/flows');
    expect(page.status).toBe(200);
    expect((await c.post('/dashboard/logout', {})).status).toBe(403);
    expect((await c.post('/dashboard/logout', { _csrf: csrfOf(page.text) })).status).toBe(303);
    expect((await c.get('/dashboard/flows')).status).toBe(303);

    await c.login('aanbieder', PASSWORD);
    await db.query(`UPDATE dashboard_sessions SET expires_at = now() - interval '1 second'`);
    expect((await c.get('/dashboard/flows')).status).toBe(303);

    await c.login('aanbieder', PASSWORD);
    expect((await c.get('/dashboard/flows')).status).toBe(200);
    expect((await admin('POST', '/aanbieder/disable')).status).toBe(200);
    expect((await c.get('/dashboard/flows')).status).toBe(303);
    expect((await c.login('aanbieder', PASSWORD)).status).toBe(401);
  });

  it('slows log-in down after five failures for a username from one address, with Retry-After, whatever the password', async () => {
    await admin('POST', '', { username: 'slow', role: 'contractteam', password: PASSWORD });
    const c = new Client(url);
    for (let i = 0; i < 5; i++) expect((await c.login('slow', `guess ${i}`)).status).toBe(401);
    const throttled = await c.login('slow', PASSWORD);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');
    expect(throttled.text).toContain('Te veel mislukte inlogpogingen voor deze gebruikersnaam vanaf uw adres. Probeer het over 1 seconde opnieuw');
    // the delay is a second, not a lockout: after it the right password logs in
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await c.login('slow', PASSWORD)).status).toBe(303);
  });
});
