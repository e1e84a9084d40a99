import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { declaratieBuildCommand, type DeclaratieBuildOptions } from './declaratie.command';
import { UsageError } from './validate.command';
import { capture } from './testing/capture';

const SUMMARY = {
  gemeente: '0503', periode: '2026-05', proratie: 'kalenderdagen',
  lines: { nieuw: 1, herindiening: 0, credit: 1, debet: 1 }, amounts: { nieuw: 25600, herindiening: 0, credit: 17529, debet: 17742 },
  totaal: { bedrag: 25813, debetCredit: 'D' },
  clients: [{ bsn: '******032', nieuw: 25600, herindiening: 0, credit: 17529, debet: 17742, verschil: 25813 }],
  waiting: [{ bsn: '******019', toewijzingNummer: '100001', productCode: '02A03', onderaannemer: '11223344' }],
  skipped: [{ bsn: '******081', toewijzingNummer: '5030005', maand: '2026-04-01', reason: 'blocked-by-rules', detail: 'credit + debet left out: TR388 (9388): ...' }],
  rejected: [],
};

describe('iwmo declaratie build', () => {
  let server: Server;
  let url: string;
  let dir: string;
  const requests: Array<{ path: string; auth: string; lang: string; body: unknown }> = [];
  let reply: { status: number; body: unknown } = { status: 200, body: {} };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'iwmo-declaratie-cli-'));
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => (body += String(c)));
      req.on('end', () => {
        requests.push({ path: req.url ?? '', auth: req.headers.authorization ?? '', lang: req.headers['accept-language'] ?? '', body: JSON.parse(body || 'null') });
        res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  const options = (over: Partial<DeclaratieBuildOptions> = {}): DeclaratieBuildOptions => ({
    aanbieder: '12345678', gemeente: '0503', periode: '2026-05', url, keysFile: join(dir, 'none.json'), key: 'k-1', ...over,
  });

  it('asks for a dry run with the aanbieder\'s key from the dev keys file and prints the difference per client as a table, in euros', async () => {
    const keys = join(dir, 'dev-keys.json');
    writeFileSync(keys, JSON.stringify({ parties: [{ code: '12345678', apiKey: 'from-file' }] }));
    reply = { status: 200, body: { summary: SUMMARY } };
    const out = capture();
    const code = await declaratieBuildCommand(options({ key: undefined, keysFile: keys, dryRun: true }), out.stream, capture().stream);
    expect(code).toBe(0);
    expect(requests.at(-1)).toEqual({ path: '/v1/declaraties/build', auth: 'Bearer from-file', lang: 'nl', body: { gemeente: '0503', periode: '2026-05', dryRun: true, submit: false } });
    expect(out.text()).toMatch(/^2026-05 aan gemeente 0503: proefrun, niets opgeslagen; proratie kalenderdagen\n/);
    expect(out.text()).toMatch(/\nsoort\s+regels\s+bedrag\nnieuw\s+1\s+€\s256,00\n/);
    expect(out.text()).toMatch(/\nTotaalIngediendBedrag: €\s258,13 D\n/);
    expect(out.text()).toMatch(/Verschil per cliënt:\ncliënt\s+nieuw\s+herindiening\s+credit\s+debet\s+verschil\n\*\*\*\*\*\*032\s+€\s256,00\s+€\s0,00\s+€\s175,29\s+€\s177,42\s+€\s258,13/);
    expect(out.text()).toMatch(/Wacht op de onderaannemer[\s\S]*100001\s+02A03\s+11223344/);
    expect(out.text()).toMatch(/Weggelaten, en waarom:\n- \*\*\*\*\*\*081 toewijzing 5030005 2026-04 \[blocked-by-rules\]/);

    const english = capture();
    expect(await declaratieBuildCommand(options({ dryRun: true, lang: 'en' }), english.stream, capture().stream)).toBe(0);
    expect(requests.at(-1)).toMatchObject({ lang: 'en' });
    expect(english.text()).toMatch(/^2026-05 to gemeente 0503: dry run, nothing stored; proratie kalenderdagen\n/);
    expect(english.text()).toMatch(/Difference per client:\nclient\s+nieuw\s+herindiening\s+credit\s+debet\s+difference\n\*\*\*\*\*\*032\s+€256\.00\s+€0\.00\s+€175\.29\s+€177\.42\s+€258\.13/);
    expect(english.text()).toMatch(/Waiting for the onderaannemer[\s\S]*100001\s+02A03\s+11223344/);
    expect(english.text()).toMatch(/Left out, and why:\n- \*\*\*\*\*\*081 toewijzing 5030005 2026-04 \[blocked-by-rules\]/);
  });

  it('writes the XML with --out, and exits 1 when the submitted declaratie was rejected', async () => {
    reply = { status: 200, body: { summary: SUMMARY, build: { id: '7', declaratieNummer: 'GD0000000007', identificatie: 'GB0000000007' }, xml: '<Bericht/>', verdict: { status: 'rejected', retourcodes: ['8214'], errors: [{ rule: 'TR318', code: '8214', path: '/Bericht/Declaratie', message: 'skips a month' }] } } };
    const out = capture();
    const file = join(dir, 'out.xml');
    const code = await declaratieBuildCommand(options({ submit: true, out: file }), out.stream, capture().stream);
    expect(code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('<Bericht/>');
    expect(out.text()).toMatch(/declaratie GD0000000007 \(build 7/);
    expect(out.text()).toMatch(/Ingediend: afgewezen, retourcodes 8214\n {2}- \[TR318\] \/Bericht\/Declaratie: skips a month\n\nWMO323 geschreven naar \S+out\.xml\n$/);
  });

  it('prints the gateway\'s refusal and exits 1; usage errors are UsageErrors', async () => {
    reply = { status: 422, body: { code: 'ALREADY_DECLARED', detail: 'already declared 2026-05 (TR318)' } };
    const err = capture();
    expect(await declaratieBuildCommand(options(), capture().stream, err.stream)).toBe(1);
    expect(err.text()).toBe('iwmo: de gateway antwoordde 422: already declared 2026-05 (TR318)\n');
    const english = capture();
    expect(await declaratieBuildCommand(options({ lang: 'en' }), capture().stream, english.stream)).toBe(1);
    expect(english.text()).toBe('iwmo: the gateway answered 422: already declared 2026-05 (TR318)\n');
    await expect(declaratieBuildCommand(options({ periode: '2026-5' }))).rejects.toBeInstanceOf(UsageError);
    await expect(declaratieBuildCommand(options({ dryRun: true, submit: true }))).rejects.toBeInstanceOf(UsageError);
    await expect(declaratieBuildCommand(options({ periode: '2026-5' }))).rejects.toThrow('--periode verwacht een kalendermaand als JJJJ-MM, bijvoorbeeld 2026-04');
    await expect(declaratieBuildCommand(options({ periode: '2026-5', lang: 'en' }))).rejects.toThrow('--periode takes a calendar month as YYYY-MM, e.g. 2026-04');
    await expect(declaratieBuildCommand(options({ key: undefined }))).rejects.toThrow(/^geen API-sleutel: geef --key/);
  });
});
