import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { DEFAULT_KEYS_FILE, DEFAULT_URL, gatewayUnreachable } from './admin.command';
import { table as tableOf } from './table';
import { UsageError } from './validate.command';

const table = (header: string[], rows: string[][]) => tableOf(header, rows, { none: '(none)' });

/**
 * `iwmo declaratie build`: an HTTP client of the gateway's POST /v1/declaraties/build (docs/declaraties.md).
 * The aanbieder's API key comes from --key or from the dev keys file a gateway started with SEED_DEMO writes.
 * Exit codes: 0 built (and accepted, with --submit), 1 the gateway refused or rejected it, 2 usage.
 */

export interface DeclaratieBuildOptions {
  aanbieder: string;
  gemeente: string;
  periode: string;
  dryRun?: boolean;
  submit?: boolean;
  out?: string;
  url: string;
  key?: string;
  keysFile: string;
  json?: boolean;
}

type Soort = 'nieuw' | 'herindiening' | 'credit' | 'debet';
interface BuildAnswer {
  summary: {
    gemeente: string;
    periode: string;
    proratie: string;
    lines: Record<Soort, number>;
    amounts: Record<Soort, number>;
    totaal: { bedrag: number; debetCredit: 'D' | 'C' };
    clients: Array<{ bsn: string; nieuw: number; herindiening: number; credit: number; debet: number; verschil: number }>;
    waiting: Array<{ bsn: string; toewijzingNummer: string; productCode: string | null; onderaannemer: string }>;
    skipped: Array<{ bsn: string; toewijzingNummer: string; maand: string; reason: string; detail: string }>;
    rejected: Array<{ referentieNummer: string; bsn: string; toewijzingNummer: string; periode: string; retourcodes: string[]; outcome: string }>;
  };
  build?: { id: string; declaratieNummer: string; identificatie: string };
  xml?: string;
  verdict?: { status: 'accepted' | 'rejected'; retourcodes: string[]; errors: Array<{ rule: string | null; code: string; path: string | null; message: string }> };
}

export async function declaratieBuildCommand(o: DeclaratieBuildOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  if (!/^\d{8}$/.test(o.aanbieder)) throw new UsageError('--aanbieder takes your 8-digit AGB-code');
  if (!/^\d{4}$/.test(o.gemeente)) throw new UsageError('--gemeente takes the 4-digit CBS gemeentecode, e.g. 0503');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(o.periode)) throw new UsageError('--periode takes a calendar month as YYYY-MM, e.g. 2026-04');
  if (o.dryRun && (o.submit || o.out)) throw new UsageError('--dry-run stores and sends nothing: leave out --submit and --out');
  let base: URL;
  try {
    base = new URL(o.url);
  } catch {
    throw new UsageError(`--url: not a URL: ${o.url}`);
  }
  const key = o.key ?? (await keyFromKeysFile(o.keysFile, o.aanbieder));

  let response: Response;
  try {
    response = await fetch(new URL('/v1/declaraties/build', base), {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ gemeente: o.gemeente, periode: o.periode, dryRun: o.dryRun === true, submit: o.submit === true }),
      signal: AbortSignal.timeout(600_000),
    });
  } catch (error) {
    const unreachable = gatewayUnreachable(base.origin, error);
    err.write(`iwmo: ${unreachable.message}\n`);
    return unreachable.exitCode;
  }
  const text = await response.text();
  if (!response.ok) {
    let detail = text.slice(0, 500);
    try {
      detail = (JSON.parse(text) as { detail?: string }).detail ?? detail;
    } catch {
      // not JSON: the text as is
    }
    err.write(`iwmo: the gateway answered ${response.status}: ${detail}${response.status === 401 ? ' Check --key, or the apiKey of your AGB-code in the dev keys file.' : ''}\n`);
    return 1;
  }
  const answer = JSON.parse(text) as BuildAnswer;
  if (o.out && answer.xml) await writeFile(o.out, answer.xml);
  if (o.json) out.write(`${JSON.stringify({ ...answer, xml: o.out ? undefined : answer.xml }, null, 2)}\n`);
  else out.write(human(answer, o));
  return answer.verdict && answer.verdict.status !== 'accepted' ? 1 : 0;
}

const euro = (cents: number) => (cents / 100).toFixed(2);

function human(a: BuildAnswer, o: DeclaratieBuildOptions): string {
  const s = a.summary;
  const parts: string[] = [];
  const what = a.build ? `declaratie ${a.build.declaratieNummer} (build ${a.build.id}, BerichtIdentificatie ${a.build.identificatie})` : 'dry run, nothing stored';
  parts.push(`${s.periode} to gemeente ${s.gemeente}: ${what}; proratie ${s.proratie}`);
  const soorten: Soort[] = ['nieuw', 'herindiening', 'credit', 'debet'];
  parts.push(table(['soort', 'lines', 'EUR'], soorten.map((k) => [k, String(s.lines[k]), euro(s.amounts[k])])));
  parts.push(`TotaalIngediendBedrag: EUR ${euro(s.totaal.bedrag)} ${s.totaal.debetCredit}`);
  parts.push('\nDifference per client:');
  parts.push(table(['client', 'nieuw', 'herindiening', 'credit', 'debet', 'verschil'], s.clients.map((c) => [c.bsn, euro(c.nieuw), euro(c.herindiening), euro(c.credit), euro(c.debet), euro(c.verschil)])));
  if (s.rejected.length) {
    parts.push('\nRejected prestaties (by the gemeente or the gateway):');
    parts.push(table(['referentie', 'client', 'toewijzing', 'periode', 'retourcodes', 'now'], s.rejected.map((r) => [r.referentieNummer, r.bsn, r.toewijzingNummer, r.periode, r.retourcodes.join(' '), r.outcome])));
  }
  if (s.waiting.length) {
    parts.push('\nWaiting for the onderaannemer (not in this declaratie):');
    parts.push(table(['client', 'toewijzing', 'product', 'onderaannemer'], s.waiting.map((w) => [w.bsn, w.toewijzingNummer, w.productCode ?? '', w.onderaannemer])));
  }
  if (s.skipped.length) {
    parts.push('\nLeft out, and why:');
    for (const k of s.skipped) parts.push(`- ${k.bsn} toewijzing ${k.toewijzingNummer} ${k.maand.slice(0, 7)} [${k.reason}]: ${k.detail}`);
  }
  if (a.verdict) {
    parts.push(`\nSubmitted: ${a.verdict.status}${a.verdict.retourcodes.length ? `, retourcodes ${a.verdict.retourcodes.join(' ')}` : ''}`);
    for (const e of a.verdict.errors) parts.push(`  - [${e.rule ?? e.code}] ${e.path ?? ''}: ${e.message}`);
  }
  if (o.out && a.xml) parts.push(`\nWMO323 written to ${o.out}`);
  return `${parts.join('\n')}\n`;
}

async function keyFromKeysFile(file: string, aanbieder: string): Promise<string> {
  const path = resolve(file);
  let parsed: { parties?: Array<{ code?: string; apiKey?: string }> };
  try {
    parsed = JSON.parse(await readFile(path, 'utf8')) as typeof parsed;
  } catch {
    throw new UsageError(`no API key: pass --key, or run where ${file} is (a gateway started with SEED_DEMO writes it), or give --keys-file`);
  }
  const key = parsed.parties?.find((p) => p.code === aanbieder)?.apiKey;
  if (!key) throw new UsageError(`${path} holds no API key for aanbieder ${aanbieder}; pass --key`);
  return key;
}

export function registerDeclaratieCommands(program: Command): void {
  const declaratie = program.command('declaratie').description("declaraties (WMO323) built by the gateway from an aanbieder's toewijzingen");
  declaratie
    .command('build')
    .description('build the WMO323 for one month to a gemeente, with corrections of earlier months (docs/declaraties.md)')
    .requiredOption('--aanbieder <agb>', 'your AGB-code (8 digits)')
    .requiredOption('--gemeente <code>', 'CBS gemeentecode, e.g. 0503')
    .requiredOption('--periode <YYYY-MM>', 'the calendar month')
    .option('--dry-run', 'show the difference per client; store, number and send nothing')
    .option('--submit', 'submit the built WMO323 at once and show the verdict')
    .option('--out <file>', 'write the WMO323 to this file')
    .option('--url <url>', 'the gateway', DEFAULT_URL)
    .option('--key <key>', `your API key (default: from ${DEFAULT_KEYS_FILE})`)
    .option('--keys-file <path>', 'dev keys file to take the API key from', DEFAULT_KEYS_FILE)
    .option('--json', 'print the JSON the gateway answered')
    .action(async (options: DeclaratieBuildOptions) => {
      process.exitCode = await declaratieBuildCommand(options);
    });
}
