/**
 * The dashboard end to end: the built gateway as a real process on PostgreSQL with seeded traffic
 * (a few hundred toewijzingen with their messages, deliveries and declaraties), driven by Debian's
 * Chromium through playwright-core (no browser download). Each page loads, a filter changes the
 * numbers, the charts are drawn, a CSV export downloads, a gemeente user cannot see another
 * gemeente, and a page in Dutch is the same page in English after a click on the language switch.
 * Screenshots: test-artifacts/e2e/dashboard/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { validateTestEnv } from '@lib/config';
import { loadContractRegister } from '@lib/funding';
import { seedYear } from '../../apps/gateway/src/dashboard/testing/dashboard-seed';
import { ARTIFACTS_DIR, Harness } from './harness';

const { databaseUrl } = validateTestEnv();
const CHROMIUM = '/usr/bin/chromium';
const ADMIN_TOKEN = 'e2e-dashboard-admin-token-0123456789';
const PASSWORD = 'e2e dashboard password';
const SHOTS = join(ARTIFACTS_DIR, 'dashboard');

interface CanvasLike {
  width: number;
  height: number;
  dataset: Record<string, string | undefined>;
  chart?: { data: { datasets: Array<{ data: unknown[] }> } };
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
}

(databaseUrl ? describe : describe.skip)('dashboard end to end (real gateway, PostgreSQL, headless Chromium)', () => {
  let h: Harness;
  let browser: Browser;
  const scriptErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: the dashboard end-to-end tests drive Debian's chromium. Run scripts/ensure-chromium.sh (apt-get install chromium).`);
    }
    mkdirSync(SHOTS, { recursive: true });
    h = await Harness.start({ name: 'dashboard', worker: false, env: { ADMIN_TOKEN, DASHBOARD_MIN_GROUP: '3' } });
    const today = new Date().toISOString().slice(0, 10);
    await seedYear(h.database, { today, toewijzingen: 400, extraAanbieders: 2, register: loadContractRegister(), seed: 7 });
    for (const user of [
      { username: 'team', role: 'contractteam' },
      { username: 'delft', role: 'gemeente', party: '0503' },
    ]) {
      const response = await fetch(`${h.gatewayUrl}/v1/admin/dashboard-users`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ...user, password: PASSWORD }),
      });
      if (response.status !== 201) throw new Error(`creating ${user.username}: ${response.status} ${await response.text()}`);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  }, 180_000);

  afterEach(() => {
    // no page may have thrown in the browser (CSP violations of scripts included)
    expect(scriptErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await h?.teardown();
  }, 60_000);

  async function loggedIn(username: string): Promise<Page> {
    // a Dutch browser (Accept-Language: nl-NL): headless Chromium would otherwise ask for en-US, and the dashboard would answer in English
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, locale: 'nl-NL' });
    const page = await context.newPage();
    page.on('pageerror', (error) => scriptErrors.push(`${page.url()}: ${error.message}`));
    await page.goto(`${h.gatewayUrl}/dashboard/flows`);
    expect(page.url()).toContain('/dashboard/login');
    await page.fill('#username', username);
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL('**/dashboard/flows'), page.click('form.login button[type=submit]')]);
    return page;
  }

  const summary = async (page: Page, label: string) =>
    (await page.locator('dl.summary div', { has: page.locator(`dt:text-is("${label}")`) }).locator('dd').textContent())?.trim();
  /** A count as the Dutch page writes it (12.345), as a number. */
  const dutchCount = (text: string | undefined) => Number((text ?? '').replace(/\./g, ''));

  /** Non-blank pixels on the chart's canvas, and what chart.js says it drew. */
  const chartState = (page: Page, id: string) =>
    page.evaluate((canvasId) => {
      // the browser's DOM, typed here without the dom lib (the project compiles for Node)
      const doc = (globalThis as unknown as { document: { getElementById(id: string): CanvasLike } }).document;
      const canvas = doc.getElementById(canvasId);
      const { width, height } = canvas;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
      return { rendered: canvas.dataset.rendered, painted, datasets: canvas.chart?.data.datasets.length ?? 0, points: Number(canvas.dataset.points) };
    }, id);

  it('loads every page for the contractteam, with its charts drawn', async () => {
    const page = await loggedIn('team');
    for (const [path, chart] of [['flows', 'chart-per-period'], ['rejects', 'chart-trend'], ['queues', 'chart-deliveries'], ['money', 'chart-amounts']] as const) {
      const response = await page.goto(`${h.gatewayUrl}/dashboard/${path}`);
      expect([path, response?.status()]).toEqual([path, 200]);
      await page.waitForSelector(`#${chart}[data-rendered="true"]`, { timeout: 10_000 });
      const state = await chartState(page, chart);
      expect(state.painted).toBeGreaterThan(500);
      expect(state.datasets).toBeGreaterThan(0);
      expect(state.points).toBeGreaterThan(0);
      expect(await page.locator('table tbody tr').count()).toBeGreaterThan(1);
      await page.screenshot({ path: join(SHOTS, `${path}-contractteam.png`), fullPage: true });
    }
    // drill down from Flows to one message's status history
    await page.goto(`${h.gatewayUrl}/dashboard/flows`);
    await Promise.all([page.waitForURL('**/dashboard/messages/*'), page.locator('#table-messages tbody a').first().click()]);
    await expect(page.locator('h2', { hasText: 'Statushistorie' }).count()).resolves.toBe(1);
    expect(await page.locator('#table-history tbody tr').count()).toBeGreaterThanOrEqual(2);
    // a timeline in words and Dutch time, not JSON with UTC stamps
    await expect(page.locator('#table-history thead').innerText()).resolves.toContain('tijdstip (Nederlandse tijd)');
    const first = await page.locator('#table-history tbody tr').first().innerText();
    expect(first).toMatch(/^\d{2}-\d{2}-\d{4},? \d{2}:\d{2}:\d{2}\s+ontvangen\b/);
    expect(await page.locator('#table-history').innerText()).not.toMatch(/[{}]|\d{4}-\d{2}-\d{2}T/);
    await page.screenshot({ path: join(SHOTS, 'message-contractteam.png'), fullPage: true });
    await page.context().close();
  }, 120_000);

  it('changes the numbers when a filter is applied', async () => {
    const page = await loggedIn('team');
    await page.goto(`${h.gatewayUrl}/dashboard/flows?from=${new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10)}&granularity=month`);
    const all = dutchCount(await summary(page, 'berichten'));
    await page.selectOption('#f-gemeente', '1842');
    await Promise.all([page.waitForURL('**gemeente=1842**'), page.click('form.filters button[type=submit]')]);
    const one = dutchCount(await summary(page, 'berichten'));
    expect(all).toBeGreaterThan(0);
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThan(all);
    await page.waitForSelector('#chart-per-period[data-rendered="true"]');
    await page.screenshot({ path: join(SHOTS, 'flows-filtered-1842.png'), fullPage: true });

    await page.goto(`${h.gatewayUrl}/dashboard/money`);
    const before = await summary(page, 'gedeclareerd (niet afgewezen)');
    await page.selectOption('#f-gemeente', '0503');
    await Promise.all([page.waitForURL('**gemeente=0503**'), page.click('form.filters button[type=submit]')]);
    expect(await summary(page, 'gedeclareerd (niet afgewezen)')).not.toBe(before);
    await page.context().close();
  }, 60_000);

  it('downloads a table as CSV', async () => {
    const page = await loggedIn('team');
    await page.goto(`${h.gatewayUrl}/dashboard/money`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#section-money a.export').click()]);
    expect(download.suggestedFilename()).toMatch(/^iwmo-money-money-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('gemeente,maand,cliënten met toewijzing,toegewezen,toegewezen per cliënt,ingediend,afgewezen door gateway,afgewezen door gemeente,cliënten gedeclareerd,gedeclareerd (niet afgewezen),gedeclareerd per cliënt,toegekend,open,verzilvering (gedeclareerd / toegewezen)');
    expect(lines.length).toBeGreaterThan(10);
    expect(csv).not.toMatch(/(?<!\d)1\d{8}(?!\d)/); // no BSN of the seeded clients
    await page.context().close();
  }, 60_000);

  it('shows a page in Dutch, and the same page in English after a click on the switch (and keeps the choice)', async () => {
    const page = await loggedIn('team');
    await page.goto(`${h.gatewayUrl}/dashboard/money?gemeente=0503`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
    await expect(page.locator('h1').innerText()).resolves.toBe('Geld');
    const dutch = { rows: await page.locator('#table-money tbody tr').count(), head: await page.locator('#table-money thead').innerText() };
    expect(dutch.head).toContain('cliënten met toewijzing');
    expect(await summary(page, 'toegewezen')).toMatch(/^€\s[\d.]+,\d\d$/);
    await page.waitForSelector('#chart-amounts[data-rendered="true"]');
    await page.screenshot({ path: join(SHOTS, 'money-nl.png'), fullPage: true });

    await page.click('header .lang a:text-is("English")');
    // the link sets the cookie and sends the browser back to the same page without lang
    await page.waitForSelector('html[lang="en"]');
    expect(new URL(page.url()).search).toBe('?gemeente=0503');
    await expect(page.locator('h1').innerText()).resolves.toBe('Money');
    expect(await page.locator('#table-money tbody tr').count()).toBe(dutch.rows);
    expect(await page.locator('#table-money thead').innerText()).toContain('clients with a toewijzing');
    expect(await summary(page, 'allocated')).toMatch(/^€[\d,]+\.\d\d$/);
    expect(await page.locator('#f-gemeente option:checked').innerText()).toBe('0503 Delft');
    expect(await page.locator('#f-split option:checked').innerText()).toBe('total');
    await expect(page.locator('nav').innerText()).resolves.toContain('Message flows');
    expect(await page.locator('main').innerText()).not.toMatch(/Toegewezen|cliënten|onderdrukt|Nederlandse tijd/);
    await page.waitForSelector('#chart-amounts[data-rendered="true"]');
    await page.screenshot({ path: join(SHOTS, 'money-en.png'), fullPage: true });

    // the choice holds on the next page, and the switch brings Dutch back
    await page.goto(`${h.gatewayUrl}/dashboard/flows`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Message flows');
    await page.click('header .lang a:text-is("Nederlands")');
    await page.waitForSelector('html[lang="nl"]');
    await expect(page.locator('h1').innerText()).resolves.toBe('Berichtenstromen');
    await page.context().close();
  }, 60_000);

  it("keeps a gemeente user out of another gemeente's data", async () => {
    const page = await loggedIn('delft');
    const refused = await page.goto(`${h.gatewayUrl}/dashboard/flows?gemeente=1842`);
    expect(refused?.status()).toBe(403);
    expect(await page.locator('p.error').textContent()).toContain('U mag alleen gemeente 0503 zien');
    await page.screenshot({ path: join(SHOTS, 'flows-delft-refused-1842.png'), fullPage: true });

    await page.goto(`${h.gatewayUrl}/dashboard/money`);
    const gemeenten = await page.locator('#table-money tbody tr td:first-child').allTextContents();
    expect(gemeenten.length).toBeGreaterThan(0);
    expect(new Set(gemeenten)).toEqual(new Set(['0503 Delft']));
    expect(await page.locator('#f-gemeente option').allTextContents()).toEqual(['alle', '0503 Delft']);
    await page.screenshot({ path: join(SHOTS, 'money-delft.png'), fullPage: true });

    await page.goto(`${h.gatewayUrl}/dashboard/flows`);
    const rows = await page.locator('#table-per-gemeente tbody tr td:first-child').allTextContents();
    expect(rows).toEqual(['0503 Delft']);
    await page.context().close();
  }, 60_000);
});
