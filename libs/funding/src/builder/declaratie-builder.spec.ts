/**
 * Month by month through the real pipeline (all layers, all rules, state applied as the gateway applies it):
 * toewijzingen (301), starts and stops (305, 307), the builder's declaraties (323) and the gemeente's answers
 * (325), over months with new, changed, ended and withdrawn toewijzingen, a rejected prestatie and a retroactive
 * tarief change. Every built 323 must be accepted with zero findings; then `iwmo replay --json` runs the same
 * files and must accept every message.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildDeclaratieAntwoord, MESSAGE_TYPES, MessageValidator, parse, serialize, XsdValidationPool, type LDT_RetourCode, type ParsedMessageOf } from '@lib/iwmo';
import { MessageRepository, PersistentStateStore, runMigrations, type Database } from '@lib/persistence';
import { assertPgliteCanLoad, testDatabaseBackends, type TestDatabase } from '@lib/persistence/testing';
import { MessageJudge, type Judgement } from '@lib/pipeline';
import { ContractRegister, headerOf } from '@lib/rules';
import { DEFAULT_CONTRACTS_FILE } from '@lib/config';
import { render } from '@lib/i18n';
import { DeclaratieBuilder, type BuildOutcome } from './declaratie-builder';
import { wmo301, wmo305, wmo307, type ScenarioProduct } from './testing/scenario-messages';

const ROOT = join(__dirname, '../../../..');
const TODAY = '2026-07-01';
const P = { gemeente: '0503', aanbieder: '12345678' };
const [A, B, C, D, E, F] = ['999990019', '999990032', '999990056', '999990081', '999990123', '999990147'];

type RegisterJson = { producten: Array<{ productCode: string; tarieven: Array<{ vanaf: string; tariefPerMaand: number }> }> };
const registerJson = (): RegisterJson => JSON.parse(readFileSync(DEFAULT_CONTRACTS_FILE, 'utf8')) as RegisterJson;
/** The retroactive change learned in May: 02A05 (SPF trede 5) costs 25000 from 2026-03-01 instead of 24700. */
function raisedJson(): RegisterJson {
  const json = registerJson();
  json.producten.find((p) => p.productCode === '02A05')!.tarieven.push({ vanaf: '2026-03-01', tariefPerMaand: 25000 });
  return json;
}

const product = (nummer: string, code: string, over: Partial<ScenarioProduct> = {}): ScenarioProduct => ({
  nummer, categorie: code.slice(0, 2), code, ingangsdatum: '2026-03-01', einddatum: '2026-12-31', toewijzingsdatum: '2026-02-20', ...over,
});

describe('DeclaratieBuilder, month by month through the pipeline', () => {
  let test: TestDatabase;
  let db: Database;
  let pool: XsdValidationPool;
  let dir: string;
  const files: string[] = [];
  let register = ContractRegister.fromJson(registerJson());

  beforeAll(async () => {
    assertPgliteCanLoad();
    test = await testDatabaseBackends()[0]!.create();
    db = test.db;
    await runMigrations(db);
    pool = await XsdValidationPool.start({ threads: 1 });
    dir = mkdtempSync(join(tmpdir(), 'iwmo-builder-'));
  });
  afterAll(async () => {
    await pool?.close();
    await test?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Judges a message as the gateway does and, when accepted, applies it (as `iwmo replay` does); keeps the file for the replay. */
  async function send(name: string, xml: string): Promise<Judgement> {
    const file = join(dir, `${String(files.length + 1).padStart(2, '0')}-${name}.xml`);
    writeFileSync(file, xml);
    files.push(file);
    const judge = new MessageJudge(new MessageValidator(pool), new PersistentStateStore(db), { contracts: register }, () => TODAY);
    const judgement = await judge.judge(Buffer.from(xml));
    const message = judgement.parsed;
    if (message && !judgement.rejected) {
      await db.transaction(async (tx) => {
        const id = randomUUID();
        const h = headerOf(message);
        await new MessageRepository(tx).insert({
          id, messageType: message.code, kind: MESSAGE_TYPES[message.code].kind, submittedBy: null, recipientId: null, afzender: h.Afzender, ontvanger: h.Ontvanger,
          identificatie: h.BerichtIdentificatie.Identificatie, dagtekening: h.BerichtIdentificatie.Dagtekening, status: 'accepted', retourcodes: judgement.report.retourcodes,
          errors: [], raw: Buffer.from(xml), sha256: id, inReplyTo: null, madeByGateway: false,
        });
        await PersistentStateStore.apply(tx, message, { messageId: id, findings: judgement.findings });
      });
    }
    return judgement;
  }

  async function accepted(name: string, xml: string): Promise<void> {
    const judgement = await send(name, xml);
    expect({ name, errors: judgement.report.errors }).toEqual({ name, errors: [] });
  }

  async function buildAndSend(periode: string, dagtekening: string, beforeSending?: (xml: string) => Promise<void>): Promise<{ outcome: BuildOutcome; message: ParsedMessageOf<'WMO323'> }> {
    const builder = new DeclaratieBuilder(db, register, undefined, () => TODAY);
    const dry = await builder.build({ ...P, periode, dryRun: true, builtBy: 'test', dagtekening });
    const outcome = await builder.build({ ...P, periode, dryRun: false, builtBy: 'test', dagtekening });
    expect(outcome.summary).toEqual({ ...dry.summary, dryRun: false });
    // a stored build that was not sent changes nothing the builder reads
    await beforeSending?.(outcome.build!.xml);
    const judgement = await send(`wmo323-${periode}`, outcome.build!.xml);
    // every declaratie the builder makes passes all rules
    expect({ periode, findings: judgement.findings, errors: judgement.report.errors }).toEqual({ periode, findings: [], errors: [] });
    return { outcome, message: judgement.parsed as ParsedMessageOf<'WMO323'> };
  }

  async function answer(message: ParsedMessageOf<'WMO323'>, dagtekening: string, reject: (p: { bsn: string; nummer: string }) => boolean): Promise<void> {
    const rejected = new Map<string, LDT_RetourCode[]>();
    message.bericht.Declaratie.Clienten.Client.forEach((c, i) =>
      c.Prestaties.Prestatie.forEach((p, j) => {
        if (reject({ bsn: c.Bsn, nummer: p.ToewijzingNummer })) rejected.set(`/Bericht/Declaratie/Clienten/Client[${i + 1}]/Prestaties/Prestatie[${j + 1}]`, ['0611' as LDT_RetourCode]);
      }),
    );
    const antwoord = buildDeclaratieAntwoord(message, { identificatie: `A${dagtekening.replace(/-/g, '')}`, dagtekening, rejected });
    await accepted(`wmo325-${dagtekening}`, serialize(antwoord));
  }

  const lines = (o: BuildOutcome) => o.summary.clients.map((c) => [c.bsn, c.nieuw, c.herindiening, c.credit, c.debet]);

  it('builds March, April and May; every declaratie and answer is accepted; corrections follow the changes', async () => {
    // February: toewijzingen. A has two products (stapeling); B starts mid-March on a toewijzing in euro's.
    await accepted('wmo301-A', wmo301(P, A, [product('5030001', '01A02'), product('5030002', '02A03')], 'T-A-1', '2026-02-20'));
    await accepted('wmo301-B', wmo301(P, B, [product('5030003', '02A05', { ingangsdatum: '2026-03-10', omvang: { volume: '40000', eenheid: '83', frequentie: '4' } })], 'T-B-1', '2026-02-20'));
    await accepted('wmo301-C', wmo301(P, C, [product('5030004', '02A03')], 'T-C-1', '2026-02-20'));
    await accepted('wmo301-D', wmo301(P, D, [product('5030005', '01A02')], 'T-D-1', '2026-02-20'));
    await accepted('wmo305-A', wmo305(P, A, [{ nummer: '5030001', categorie: '01', code: '01A02', begindatum: '2026-03-01' }, { nummer: '5030002', categorie: '02', code: '02A03', begindatum: '2026-03-01' }], 'S-A-1', '2026-03-12'));
    await accepted('wmo305-B', wmo305(P, B, [{ nummer: '5030003', categorie: '02', code: '02A05', begindatum: '2026-03-10' }], 'S-B-1', '2026-03-12'));
    await accepted('wmo305-C', wmo305(P, C, [{ nummer: '5030004', categorie: '02', code: '02A03', begindatum: '2026-03-01' }], 'S-C-1', '2026-03-12'));
    await accepted('wmo305-D', wmo305(P, D, [{ nummer: '5030005', categorie: '01', code: '01A02', begindatum: '2026-03-01' }], 'S-D-1', '2026-03-12'));

    // March: B prorated, 22 of 31 days of 24700 in euro's; the gemeente rejects A's 02A03.
    const march = await buildAndSend('2026-03', '2026-04-02');
    expect(lines(march.outcome)).toEqual([
      ['******019', 24500 + 33100, 0, 0, 0],
      ['******032', 17529, 0, 0, 0],
      ['******056', 33100, 0, 0, 0],
      ['******081', 24500, 0, 0, 0],
    ]);
    await answer(march.message, '2026-04-06', (p) => p.nummer === '5030002');

    // April: E and F are new, and E's toewijzing is withdrawn before anything was declared on it (TR385 refuses a
    // withdrawal after that); C's toewijzing is ended on the 15th and C is stopped.
    await accepted('wmo301-E', wmo301(P, E, [product('5030006', '02A03', { ingangsdatum: '2026-04-01', toewijzingsdatum: '2026-04-08' })], 'T-E-1', '2026-04-08'));
    await accepted('wmo305-E', wmo305(P, E, [{ nummer: '5030006', categorie: '02', code: '02A03', begindatum: '2026-04-01' }], 'S-E-1', '2026-04-09'));
    await accepted('wmo301-E-withdrawn', wmo301(P, E, [product('5030006', '02A03', { ingangsdatum: '2026-04-01', einddatum: '2026-04-01', redenWijziging: '13', toewijzingsdatum: '2026-04-20' })], 'T-E-2', '2026-04-20'));
    await accepted('wmo301-F', wmo301(P, F, [product('5030007', '02A03', { ingangsdatum: '2026-04-01', toewijzingsdatum: '2026-04-08' })], 'T-F-1', '2026-04-08'));
    await accepted('wmo305-F', wmo305(P, F, [{ nummer: '5030007', categorie: '02', code: '02A03', begindatum: '2026-04-01' }], 'S-F-1', '2026-04-09'));
    await accepted('wmo301-C-end', wmo301(P, C, [product('5030004', '02A03', { einddatum: '2026-04-15', redenWijziging: '05', toewijzingsdatum: '2026-04-10' })], 'T-C-2', '2026-04-10'));
    await accepted('wmo307-C', wmo307(P, C, [{ nummer: '5030004', categorie: '02', code: '02A03', toewijzingIngangsdatum: '2026-03-01', begindatum: '2026-03-01', redenBeeindiging: '36', einddatum: '2026-04-15' }], 'E-C-1', '2026-04-16'));

    const april = await buildAndSend('2026-04', '2026-05-04');
    expect(lines(april.outcome)).toEqual([
      // the rejected March prestatie declared again, and April
      ['******019', 24500 + 34300, 33100, 0, 0],
      ['******032', 25600, 0, 0, 0],
      // ended on the 15th: one stuk (a toewijzing in stuks per maand), ProductPeriode to the 15th
      ['******056', 34300, 0, 0, 0],
      ['******081', 24500, 0, 0, 0],
      // E withdrawn: nothing; F new
      ['******147', 34300, 0, 0, 0],
    ]);
    expect(april.outcome.summary.rejected).toEqual([expect.objectContaining({ toewijzingNummer: '5030002', retourcodes: ['0611'], outcome: 'herindiening' })]);
    const c = april.message.bericht.Declaratie.Clienten.Client.find((x) => x.Bsn === C)!.Prestaties.Prestatie[0]!;
    expect(c.ProductPeriode).toEqual({ Begindatum: '2026-04-01', Einddatum: '2026-04-15' });
    await answer(april.message, '2026-05-06', () => false);

    // May: the raise of 02A05 from 1 March is announced; D's toewijzing is shortened to 20 April; F's ended with April.
    register = ContractRegister.fromJson(raisedJson());
    await accepted('wmo301-D-short', wmo301(P, D, [product('5030005', '01A02', { einddatum: '2026-04-20', redenWijziging: '05', toewijzingsdatum: '2026-05-11' })], 'T-D-2', '2026-05-11'));
    await accepted('wmo301-F-end', wmo301(P, F, [product('5030007', '02A03', { ingangsdatum: '2026-04-01', einddatum: '2026-04-30', redenWijziging: '05', toewijzingsdatum: '2026-05-12' })], 'T-F-2', '2026-05-12'));

    const may = await buildAndSend('2026-05', '2026-06-02', async (xml) => {
      // one byte over the limit: the correction of March waits for the next declaratie; May's own lines cannot wait
      const limited = (maxBytes: number) =>
        new DeclaratieBuilder(db, register, undefined, () => TODAY, maxBytes).build({ ...P, periode: '2026-05', dryRun: true, builtBy: 'test', dagtekening: '2026-06-02' });
      const deferred = (await limited(Buffer.byteLength(xml) - 1)).summary;
      expect(deferred.lines).toMatchObject({ credit: 0, debet: 0, nieuw: 3 });
      // (D's April correction, which the rules block anyway, is deferred as well: the size is settled before the rules)
      expect(deferred.skipped.filter((x) => x.reason === 'deferred-size-limit').map((x) => [x.bsn, x.maand])).toContainEqual(['******032', '2026-03-01']);
      await expect(limited(1000)).rejects.toMatchObject({ code: 'TOO_LARGE' });
    });
    expect(lines(may.outcome)).toEqual([
      ['******019', 24500 + 34300, 0, 0, 0],
      // March credited at 17529 and declared again at 22/31 of 25000; May whole
      ['******032', 25600, 0, 17529, 17742],
    ]);
    const b = may.message.bericht.Declaratie.Clienten.Client.find((x) => x.Bsn === B)!.Prestaties.Prestatie;
    const marchCredit = b.find((p) => p.IngediendBedrag.DebetCredit === 'C')!;
    const marchDebetB = march.message.bericht.Declaratie.Clienten.Client.find((x) => x.Bsn === B)!.Prestaties.Prestatie[0]!;
    expect(marchCredit.ProductReferentie.VorigReferentieNummer).toBe(marchDebetB.ProductReferentie.ReferentieNummer);
    expect(may.outcome.summary.totaal).toEqual({ bedrag: 24500 + 34300 + 25600 + 17742 - 17529, debetCredit: 'D' });
    // what could not go in, and why: D's April correction is refused by the engine's TR308/TR388 (see docs)
    expect(may.outcome.summary.skipped.map((s) => [s.bsn, s.maand, s.reason])).toEqual([['******081', '2026-04-01', 'blocked-by-rules']]);
    const blocked = may.outcome.summary.skipped.find((s) => s.reason === 'blocked-by-rules')!.detail;
    expect(render(blocked)).toMatch(/^(credit \+ debet|debet|nieuw|herindiening).* weggelaten: TR3(0[78]|8[78]) \(\d{4}\): /);
    expect(render(blocked, 'en')).toMatch(/^(credit \+ debet|debet|nieuw|herindiening).* left out: TR3(0[78]|8[78]) \(\d{4}\): /);
    expect(JSON.stringify(blocked)).not.toContain(D);
    await answer(may.message, '2026-06-04', () => false);

    // numbers never repeat
    const numbers = [march, april, may].map((m) => m.message.bericht.Declaratie.DeclaratieNummer);
    expect(new Set(numbers).size).toBe(3);
  });

  it('`iwmo replay --json` accepts every message of the same sequence', async () => {
    const contracts = join(dir, 'contracts.json');
    writeFileSync(contracts, JSON.stringify(raisedJson()));
    const run = promisify(execFile);
    // exit code 1 when a message has findings: the lines say which
    const { stdout } = await run(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'apps/cli/src/main.ts'), 'replay', '--json', '--contracts', contracts, '--today', TODAY, ...files], {
      cwd: ROOT, maxBuffer: 64 * 1024 * 1024,
    }).catch((e: { stdout: string }) => e);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; message: string; accepted: boolean; errors: unknown[] });
    expect(out).toHaveLength(files.length);
    expect(out.filter((l) => !l.accepted).map((l) => [l.file, l.errors])).toEqual([]);
    expect(out.filter((l) => l.message === 'WMO323')).toHaveLength(3);
  }, 120_000);
});
