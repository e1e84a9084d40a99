import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { DEFAULT_LANG, formatEuros, type Lang } from '@lib/i18n';
import { DEFAULT_KEYS_FILE, DEFAULT_URL, gatewayRefused, gatewayUnreachable, gatewayUrl } from './admin-client';
import { sayIn, type Say } from './lang';
import { table } from './table';
import { UsageError } from './validate.command';

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
  /** the language of the summary and errors, and the one the gateway is asked to answer in; Dutch unless given */
  lang?: Lang;
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
  const lang = o.lang ?? DEFAULT_LANG;
  const say = sayIn(lang);
  if (!/^\d{8}$/.test(o.aanbieder)) throw new UsageError(say('cli.declaratie.bad-aanbieder'));
  if (!/^\d{4}$/.test(o.gemeente)) throw new UsageError(say('cli.declaratie.bad-gemeente'));
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(o.periode)) throw new UsageError(say('cli.declaratie.bad-periode'));
  if (o.dryRun && (o.submit || o.out)) throw new UsageError(say('cli.declaratie.dry-run-alone'));
  const base = gatewayUrl(o.url, say);
  const key = o.key ?? (await keyFromKeysFile(o.keysFile, o.aanbieder, say));

  let response: Response;
  try {
    response = await fetch(new URL('/v1/declaraties/build', base), {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', accept: 'application/json', 'accept-language': lang },
      body: JSON.stringify({ gemeente: o.gemeente, periode: o.periode, dryRun: o.dryRun === true, submit: o.submit === true }),
      signal: AbortSignal.timeout(600_000),
    });
  } catch (error) {
    const unreachable = gatewayUnreachable(base.origin, error, lang);
    err.write(`iwmo: ${unreachable.message}\n`);
    return unreachable.exitCode;
  }
  const text = await response.text();
  if (!response.ok) {
    err.write(`iwmo: ${gatewayRefused(response, text, say, response.status === 401 ? say('cli.declaratie.check-key') : '').message}\n`);
    return 1;
  }
  const answer = JSON.parse(text) as BuildAnswer;
  if (o.out && answer.xml) await writeFile(o.out, answer.xml);
  if (o.json) out.write(`${JSON.stringify({ ...answer, xml: o.out ? undefined : answer.xml }, null, 2)}\n`);
  else out.write(human(answer, o, lang));
  return answer.verdict && answer.verdict.status !== 'accepted' ? 1 : 0;
}

/** The summary of a build as tables, amounts as euros in `lang`; the detail of a left-out line and the verdict's messages are the gateway's words. */
function human(a: BuildAnswer, o: DeclaratieBuildOptions, lang: Lang): string {
  const say = sayIn(lang);
  const euro = (cents: number) => formatEuros(cents, lang);
  const none = { none: say('cli.program.none') };
  const s = a.summary;
  const parts: string[] = [];
  const what = a.build
    ? say('cli.declaratie.built', { declaratieNummer: a.build.declaratieNummer, build: a.build.id, identificatie: a.build.identificatie })
    : say('cli.declaratie.dry-run');
  parts.push(say('cli.declaratie.heading', { periode: s.periode, gemeente: s.gemeente, what, proratie: s.proratie }));
  const soorten: Soort[] = ['nieuw', 'herindiening', 'credit', 'debet'];
  parts.push(table(
    [say('cli.declaratie.column-soort'), say('cli.declaratie.column-lines'), say('cli.declaratie.column-amount')],
    soorten.map((k) => [k, String(s.lines[k]), euro(s.amounts[k])]),
    none,
  ));
  parts.push(`TotaalIngediendBedrag: ${euro(s.totaal.bedrag)} ${s.totaal.debetCredit}`);
  parts.push(`\n${say('cli.declaratie.per-client')}`);
  parts.push(table(
    [say('cli.declaratie.column-client'), 'nieuw', 'herindiening', 'credit', 'debet', say('cli.declaratie.column-verschil')],
    s.clients.map((c) => [c.bsn, euro(c.nieuw), euro(c.herindiening), euro(c.credit), euro(c.debet), euro(c.verschil)]),
    none,
  ));
  if (s.rejected.length) {
    parts.push(`\n${say('cli.declaratie.rejected')}`);
    parts.push(table(
      [say('cli.declaratie.column-referentie'), say('cli.declaratie.column-client'), say('cli.declaratie.column-toewijzing'), say('cli.declaratie.column-periode'),
        say('cli.declaratie.column-retourcodes'), say('cli.declaratie.column-now')],
      s.rejected.map((r) => [r.referentieNummer, r.bsn, r.toewijzingNummer, r.periode, r.retourcodes.join(' '), r.outcome]),
      none,
    ));
  }
  if (s.waiting.length) {
    parts.push(`\n${say('cli.declaratie.waiting')}`);
    parts.push(table(
      [say('cli.declaratie.column-client'), say('cli.declaratie.column-toewijzing'), say('cli.declaratie.column-product'), say('cli.declaratie.column-onderaannemer')],
      s.waiting.map((w) => [w.bsn, w.toewijzingNummer, w.productCode ?? '', w.onderaannemer]),
      none,
    ));
  }
  if (s.skipped.length) {
    parts.push(`\n${say('cli.declaratie.skipped')}`);
    for (const k of s.skipped) parts.push(`- ${k.bsn} toewijzing ${k.toewijzingNummer} ${k.maand.slice(0, 7)} [${k.reason}]: ${k.detail}`);
  }
  if (a.verdict) {
    const status = a.verdict.status === 'accepted' ? say('cli.declaratie.accepted') : say('cli.declaratie.rejected-status');
    parts.push(`\n${say('cli.declaratie.submitted', { status })}${a.verdict.retourcodes.length ? `, retourcodes ${a.verdict.retourcodes.join(' ')}` : ''}`);
    for (const e of a.verdict.errors) parts.push(`  - [${e.rule ?? e.code}] ${e.path ?? ''}: ${e.message}`);
  }
  if (o.out && a.xml) parts.push(`\n${say('cli.declaratie.written', { file: o.out })}`);
  return `${parts.join('\n')}\n`;
}

async function keyFromKeysFile(file: string, aanbieder: string, say: Say): Promise<string> {
  const path = resolve(file);
  let parsed: { parties?: Array<{ code?: string; apiKey?: string }> };
  try {
    parsed = JSON.parse(await readFile(path, 'utf8')) as typeof parsed;
  } catch {
    throw new UsageError(say('cli.declaratie.no-key', { file }));
  }
  const key = parsed.parties?.find((p) => p.code === aanbieder)?.apiKey;
  if (!key) throw new UsageError(say('cli.declaratie.keys-no-key', { path, aanbieder }));
  return key;
}

export function registerDeclaratieCommands(program: Command, lang: Lang): void {
  const say = sayIn(lang);
  const declaratie = program.command('declaratie').description(say('cli.declaratie.description'));
  declaratie
    .command('build')
    .description(say('cli.declaratie.build'))
    .requiredOption('--aanbieder <agb>', say('cli.declaratie.option-aanbieder'))
    .requiredOption('--gemeente <code>', say('cli.declaratie.option-gemeente'))
    .requiredOption('--periode <YYYY-MM>', say('cli.declaratie.option-periode'))
    .option('--dry-run', say('cli.declaratie.option-dry-run'))
    .option('--submit', say('cli.declaratie.option-submit'))
    .option('--out <file>', say('cli.declaratie.option-out'))
    .option('--url <url>', say('cli.admin.option-url'), DEFAULT_URL)
    .option('--key <key>', say('cli.declaratie.option-key', { file: DEFAULT_KEYS_FILE }))
    .option('--keys-file <path>', say('cli.declaratie.option-keys-file'), DEFAULT_KEYS_FILE)
    .option('--json', say('cli.admin.option-json'))
    .action(async (options: DeclaratieBuildOptions) => {
      process.exitCode = await declaratieBuildCommand({ ...options, lang });
    });
}
