import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_LANG, type Lang } from '@lib/i18n';
import { action, withConnection } from './admin.command';
import { sayIn } from './lang';
import { table as tableOf } from './table';

const table = (header: string[], rows: string[][]) => tableOf(header, rows, { none: '(none)' });
import { UsageError } from './validate.command';

/**
 * `iwmo admin contracts ...`: the contract register (TR381, TR418, the declaratie builder) through
 * the admin API (/v1/admin/contracts). Every change makes a new version with a reason; the gateway
 * uses it at once. Exit codes as `iwmo admin`: 0 done, 1 the gateway refused (every problem on
 * stderr), 2 usage.
 */

interface VersionInfo {
  version: number;
  illustrative: boolean;
  checksum: string;
  reason: string;
  createdBy: string;
  createdAt: string;
  basedOn: number | null;
}
interface Tarief {
  vanaf: string;
  totEnMet: string | null;
  tariefPerMaand: number;
}
interface RegisterView extends VersionInfo {
  notice?: string;
  gemeenten: Array<{ code: string; naam: string; declaratiebeleid: { proratie: string } }>;
  producten: Array<{ gemeente: string; productCode: string; resultaatgebied: string; trede: number; geldigVanaf: string; geldigTotEnMet: string | null; tarieven: Tarief[] }>;
  contracten: Array<{ aanbieder: string; naam: string; gemeente: string; perceel: string; vanaf: string; totEnMet: string | null }>;
}
interface Change {
  version: VersionInfo;
  saved: boolean;
  changes: Array<{ kind: string; text: string }>;
  notice?: string;
}

const ILLUSTRATIVE = 'ILLUSTRATIVE: example data, not the real contract of the H4 gemeenten (docs/contracts.md).';
const euro = (cents: number) => `EUR ${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
const period = (vanaf: string, tot: string | null) => (tot ? `${vanaf} to ${tot}` : `from ${vanaf}`);

function date(value: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD, e.g. 2026-04-01');
  }
  return value;
}

function cents(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected eurocents as a whole number, e.g. 41200 for EUR 412.00');
  return n;
}

function versionNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError('expected a version number (see iwmo admin contracts versions)');
  return n;
}

/** The options of every change: why, and who. */
function withReason(command: Command): Command {
  return command
    .requiredOption('--reason <text>', 'why this version is made; kept with the version')
    .option('--author <name>', 'who makes the change (default: your user name)');
}

const author = (options: { author?: string }) => options.author ?? safeUserName();
function safeUserName(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

function changeText(change: Change): string {
  const lines = change.saved
    ? [`Saved contract register version ${change.version.version} (${change.version.reason}); the gateway uses it now.`, ...change.changes.map((c) => `  - ${c.text}`)]
    : [`Nothing changed: version ${change.version.version} stays in use.`];
  if (change.version.illustrative) lines.push(ILLUSTRATIVE);
  return lines.join('\n');
}

function registerText(view: RegisterView, gemeente?: string): string {
  const lines = [
    `Contract register version ${view.version}: ${view.reason} (${view.createdBy}, ${view.createdAt})`,
    ...(view.illustrative ? [ILLUSTRATIVE] : []),
    '',
    table(['GEMEENTE', 'NAAM', 'PRORATIE'], view.gemeenten.filter((g) => !gemeente || g.code === gemeente).map((g) => [g.code, g.naam, g.declaratiebeleid.proratie])),
    '',
    table(
      ['GEMEENTE', 'CODE', 'GEBIED', 'TREDE', 'GELDIG', 'TARIEVEN PER MAAND'],
      view.producten
        .filter((p) => !gemeente || p.gemeente === gemeente)
        .map((p) => [p.gemeente, p.productCode, p.resultaatgebied, String(p.trede), period(p.geldigVanaf, p.geldigTotEnMet), p.tarieven.map((t) => `${t.vanaf} ${euro(t.tariefPerMaand)}`).join('; ')]),
    ),
    '',
  ];
  // one row per aanbieder, gemeente and period, with its percelen
  const rows = new Map<string, string[]>();
  for (const c of view.contracten.filter((c) => !gemeente || c.gemeente === gemeente)) {
    const key = [c.aanbieder, c.naam, c.gemeente, period(c.vanaf, c.totEnMet)].join('\u0000');
    rows.set(key, [...(rows.get(key) ?? []), c.perceel]);
  }
  lines.push(table(['AANBIEDER', 'NAAM', 'GEMEENTE', 'CONTRACT', 'PERCELEN'], [...rows].map(([key, percelen]) => [...key.split('\u0000'), percelen.join(', ')])));
  return lines.join('\n');
}

export function registerContractsCommands(admin: Command, lang: Lang = DEFAULT_LANG): void {
  const say = sayIn(lang);
  const contracts = admin
    .command('contracts')
    .description('the contract register: product codes, tarieven, contracted aanbieders and declaratiebeleid per gemeente, versioned');

  withConnection(contracts.command('show'), say)
    .description('the register in use: version, gemeenten, product codes with tarieven, contracts')
    .option('--gemeente <code>', 'only this gemeente')
    .action(
      action(lang, async (client, print, options: { gemeente?: string }) => {
        const view = await client.request<RegisterView>('GET', '/contracts');
        print.result(view, () => registerText(view, options.gemeente));
      }),
    );

  withConnection(contracts.command('versions'), say)
    .description('every version, newest first: who made it, when and why')
    .action(
      action(lang, async (client, print) => {
        const versions = await client.request<VersionInfo[]>('GET', '/contracts/versions');
        print.result(versions, () =>
          table(['VERSION', 'CREATED', 'BY', 'ILLUSTRATIVE', 'REASON'], versions.map((v) => [String(v.version), v.createdAt, v.createdBy, v.illustrative ? 'yes' : 'no', v.reason])));
      }),
    );

  withConnection(contracts.command('diff'), say)
    .description('what changed from one version to another, in plain words')
    .argument('<from>', 'version', versionNumber)
    .argument('<to>', 'version', versionNumber)
    .action(
      action(lang, async (client, print, _options, from, to) => {
        const diff = await client.request<{ from: number; to: number; changes: Array<{ text: string }> }>('GET', `/contracts/diff?from=${from}&to=${to}`);
        print.result(diff, () => (diff.changes.length ? [`From version ${diff.from} to ${diff.to}:`, ...diff.changes.map((c) => `  - ${c.text}`)] : [`No changes from version ${diff.from} to ${diff.to}.`]).join('\n'));
      }),
    );

  withConnection(contracts.command('download'), say)
    .description('the whole document of a version (format: docs/contracts.md), to edit and upload again')
    .argument('<version>', 'version', versionNumber)
    .option('--out <file>', 'write it to this file instead of standard output')
    .action(
      action(lang, async (client, _print, options: { out?: string }, version) => {
        const stored = await client.request<VersionInfo & { document: unknown }>('GET', `/contracts/versions/${version}`);
        const text = `${JSON.stringify(stored.document, null, 2)}\n`;
        if (options.out) {
          await writeFile(options.out, text);
          process.stdout.write(`Wrote version ${stored.version} to ${options.out}; upload it with --based-on ${stored.version} after editing.\n`);
        } else process.stdout.write(text);
      }),
    );

  withReason(withConnection(contracts.command('upload'), say))
    .description('store a whole register file as the next version (validated as a whole; every problem is listed)')
    .argument('<file>', 'the register as JSON (format: docs/contracts.md)')
    .option('--based-on <version>', 'refuse if another version was saved after this one', versionNumber)
    .action(
      action(lang, async (client, print, options: { reason: string; author?: string; basedOn?: number }, file) => {
        let document: unknown;
        try {
          document = JSON.parse(await readFile(file, 'utf8'));
        } catch (error) {
          throw new UsageError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not JSON (${(error as Error).message})`}`);
        }
        const change = await client.request<Change>('PUT', '/contracts', { document, reason: options.reason, author: author(options), ...(options.basedOn && { basedOn: options.basedOn }) });
        print.result(change, () => changeText(change));
      }),
    );

  withReason(withConnection(contracts.command('set-tarief'), say))
    .description("set a product code's all-in tarief per calendar month from a date, which may lie in the past (retroactive)")
    .requiredOption('--code <productCode>', 'e.g. 02A01')
    .requiredOption('--vanaf <date>', 'first day of the tarief, YYYY-MM-DD', date)
    .requiredOption('--tarief <eurocents>', 'eurocents per calendar month, e.g. 41200 for EUR 412.00', cents)
    .option('--gemeente <codes...>', 'only these gemeenten (default: every gemeente that uses the code)')
    .action(
      action(lang, async (client, print, options: { code: string; vanaf: string; tarief: number; gemeente?: string[]; reason: string; author?: string }) => {
        const change = await client.request<Change>('POST', '/contracts/tarieven', {
          productCode: options.code, vanaf: options.vanaf, tariefPerMaand: options.tarief, ...(options.gemeente && { gemeenten: options.gemeente }), reason: options.reason, author: author(options),
        });
        print.result(change, () => changeText(change));
      }),
    );

  withReason(withConnection(contracts.command('add-contract'), say))
    .description('contract an aanbieder for percelen (resultaatgebieden) in gemeenten')
    .requiredOption('--aanbieder <agb>', 'AGB-code')
    .requiredOption('--gemeente <codes...>', 'CBS gemeentecodes')
    .requiredOption('--perceel <codes...>', 'resultaatgebied codes, e.g. ORH SPF')
    .requiredOption('--vanaf <date>', 'first day, YYYY-MM-DD', date)
    .option('--tot <date>', 'last day, YYYY-MM-DD (default: open)', date)
    .option('--naam <name>', "the aanbieder's name (default: from its other contracts)")
    .action(
      action(lang, async (client, print, options: { aanbieder: string; gemeente: string[]; perceel: string[]; vanaf: string; tot?: string; naam?: string; reason: string; author?: string }) => {
        const change = await client.request<Change>('POST', '/contracts/contracten', {
          aanbieder: options.aanbieder, gemeenten: options.gemeente, percelen: options.perceel, vanaf: options.vanaf,
          ...(options.tot && { totEnMet: options.tot }), ...(options.naam && { naam: options.naam }), reason: options.reason, author: author(options),
        });
        print.result(change, () => changeText(change));
      }),
    );

  withReason(withConnection(contracts.command('end-contract'), say))
    .description("end an aanbieder's running contracts on a date (their last day): all, or for some gemeenten or percelen")
    .requiredOption('--aanbieder <agb>', 'AGB-code')
    .requiredOption('--tot <date>', 'last day of the contract, YYYY-MM-DD', date)
    .option('--gemeente <codes...>', 'only in these gemeenten')
    .option('--perceel <codes...>', 'only these percelen')
    .action(
      action(lang, async (client, print, options: { aanbieder: string; tot: string; gemeente?: string[]; perceel?: string[]; reason: string; author?: string }) => {
        const change = await client.request<Change>('POST', '/contracts/contracten/end', {
          aanbieder: options.aanbieder, totEnMet: options.tot, ...(options.gemeente && { gemeenten: options.gemeente }), ...(options.perceel && { percelen: options.perceel }),
          reason: options.reason, author: author(options),
        });
        print.result(change, () => changeText(change));
      }),
    );

  withReason(withConnection(contracts.command('set-beleid'), say))
    .description("set how a gemeente wants a partly covered month declared: kalenderdagen (tarief x days / days in the month) or volle-maand")
    .requiredOption('--gemeente <code>', 'CBS gemeentecode')
    .addOption(new Option('--proratie <proratie>', 'kalenderdagen or volle-maand').choices(['kalenderdagen', 'volle-maand']).makeOptionMandatory())
    .action(
      action(lang, async (client, print, options: { gemeente: string; proratie: string; reason: string; author?: string }) => {
        const change = await client.request<Change>('PUT', `/contracts/beleid/${encodeURIComponent(options.gemeente)}`, { proratie: options.proratie, reason: options.reason, author: author(options) });
        print.result(change, () => changeText(change));
      }),
    );
}
