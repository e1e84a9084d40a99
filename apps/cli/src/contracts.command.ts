import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { formatEuros, type Lang } from '@lib/i18n';
import { action, withConnection } from './admin-client';
import { sayIn, type Say } from './lang';
import { table } from './table';
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

const period = (vanaf: string, tot: string | null, say: Say) => (tot ? say('cli.contracts.period', { vanaf, tot }) : say('cli.contracts.period-open', { vanaf }));

const date = (say: Say) => (value: string): string => {
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError(say('cli.contracts.bad-date'));
  }
  return value;
};

const cents = (say: Say) => (value: string): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(say('cli.contracts.bad-cents'));
  return n;
};

const versionNumber = (say: Say) => (value: string): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError(say('cli.contracts.bad-version'));
  return n;
};

/** The options of every change: why, and who. */
function withReason(command: Command, say: Say): Command {
  return command
    .requiredOption('--reason <text>', say('cli.contracts.option-reason'))
    .option('--author <name>', say('cli.contracts.option-author'));
}

const author = (options: { author?: string }) => options.author ?? safeUserName();
function safeUserName(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

/** A change as the gateway answered it; the change lines are the gateway's words. */
function changeText(change: Change, say: Say): string {
  const { version, reason, illustrative } = change.version;
  const lines = change.saved
    ? [say('cli.contracts.saved', { version: String(version), reason }), ...change.changes.map((c) => `  - ${c.text}`)]
    : [say('cli.contracts.unchanged', { version: String(version) })];
  if (illustrative) lines.push(say('cli.contracts.illustrative'));
  return lines.join('\n');
}

function registerText(view: RegisterView, lang: Lang, gemeente?: string): string {
  const say = sayIn(lang);
  const none = { none: say('cli.program.none') };
  const lines = [
    say('cli.contracts.register', { version: String(view.version), reason: view.reason, by: view.createdBy, at: view.createdAt }),
    ...(view.illustrative ? [say('cli.contracts.illustrative')] : []),
    '',
    table(
      [say('cli.contracts.column-gemeente'), say('cli.admin.column-name'), say('cli.contracts.column-proratie')],
      view.gemeenten.filter((g) => !gemeente || g.code === gemeente).map((g) => [g.code, g.naam, g.declaratiebeleid.proratie]),
      none,
    ),
    '',
    table(
      [say('cli.contracts.column-gemeente'), say('cli.admin.column-code'), say('cli.contracts.column-gebied'), say('cli.contracts.column-trede'),
        say('cli.contracts.column-geldig'), say('cli.contracts.column-tarieven')],
      view.producten
        .filter((p) => !gemeente || p.gemeente === gemeente)
        .map((p) => [p.gemeente, p.productCode, p.resultaatgebied, String(p.trede), period(p.geldigVanaf, p.geldigTotEnMet, say),
          p.tarieven.map((t) => `${t.vanaf} ${formatEuros(t.tariefPerMaand, lang)}`).join('; ')]),
      none,
    ),
    '',
  ];
  // one row per aanbieder, gemeente and period, with its percelen
  const rows = new Map<string, string[]>();
  for (const c of view.contracten.filter((c) => !gemeente || c.gemeente === gemeente)) {
    const key = [c.aanbieder, c.naam, c.gemeente, period(c.vanaf, c.totEnMet, say)].join('\u0000');
    rows.set(key, [...(rows.get(key) ?? []), c.perceel]);
  }
  lines.push(table(
    [say('cli.contracts.column-aanbieder'), say('cli.admin.column-name'), say('cli.contracts.column-gemeente'), say('cli.contracts.column-contract'), say('cli.contracts.column-percelen')],
    [...rows].map(([key, percelen]) => [...key.split('\u0000'), percelen.join(', ')]),
    none,
  ));
  return lines.join('\n');
}

export function registerContractsCommands(admin: Command, lang: Lang): void {
  const say = sayIn(lang);
  const contracts = admin.command('contracts').description(say('cli.contracts.description'));

  withConnection(contracts.command('show'), say)
    .description(say('cli.contracts.show'))
    .option('--gemeente <code>', say('cli.contracts.option-one-gemeente'))
    .action(
      action(lang, async (client, print, options: { gemeente?: string }) => {
        const view = await client.request<RegisterView>('GET', '/contracts');
        print.result(view, () => registerText(view, lang, options.gemeente));
      }),
    );

  withConnection(contracts.command('versions'), say)
    .description(say('cli.contracts.versions'))
    .action(
      action(lang, async (client, print) => {
        const versions = await client.request<VersionInfo[]>('GET', '/contracts/versions');
        print.result(versions, () => table(
          [say('cli.contracts.column-version'), say('cli.admin.column-created'), say('cli.contracts.column-by'), say('cli.contracts.column-illustrative'), say('cli.admin.column-reason')],
          versions.map((v) => [String(v.version), v.createdAt, v.createdBy, v.illustrative ? say('cli.program.yes') : say('cli.program.no'), v.reason]),
          { none: say('cli.program.none') },
        ));
      }),
    );

  withConnection(contracts.command('diff'), say)
    .description(say('cli.contracts.diff'))
    .argument('<from>', say('cli.contracts.argument-version'), versionNumber(say))
    .argument('<to>', say('cli.contracts.argument-version'), versionNumber(say))
    .action(
      action(lang, async (client, print, _options, from, to) => {
        const diff = await client.request<{ from: number; to: number; changes: Array<{ text: string }> }>('GET', `/contracts/diff?from=${from}&to=${to}`);
        const versions = { from: String(diff.from), to: String(diff.to) };
        print.result(diff, () => (diff.changes.length
          ? [say('cli.contracts.diff-from-to', versions), ...diff.changes.map((c) => `  - ${c.text}`)]
          : [say('cli.contracts.diff-none', versions)]).join('\n'));
      }),
    );

  withConnection(contracts.command('download'), say)
    .description(say('cli.contracts.download'))
    .argument('<version>', say('cli.contracts.argument-version'), versionNumber(say))
    .option('--out <file>', say('cli.contracts.option-out'))
    .action(
      action(lang, async (client, _print, options: { out?: string }, version) => {
        const stored = await client.request<VersionInfo & { document: unknown }>('GET', `/contracts/versions/${version}`);
        const text = `${JSON.stringify(stored.document, null, 2)}\n`;
        if (options.out) {
          await writeFile(options.out, text);
          process.stdout.write(`${say('cli.contracts.written', { version: String(stored.version), file: options.out })}\n`);
        } else process.stdout.write(text);
      }),
    );

  withReason(withConnection(contracts.command('upload'), say), say)
    .description(say('cli.contracts.upload'))
    .argument('<file>', say('cli.contracts.argument-file'))
    .option('--based-on <version>', say('cli.contracts.option-based-on'), versionNumber(say))
    .action(
      action(lang, async (client, print, options: { reason: string; author?: string; basedOn?: number }, file) => {
        let document: unknown;
        try {
          document = JSON.parse(await readFile(file, 'utf8'));
        } catch (error) {
          throw new UsageError((error as NodeJS.ErrnoException).code === 'ENOENT'
            ? say('cli.main.file-error', { path: file, problem: say('cli.main.ENOENT') })
            : say('cli.contracts.not-json', { file, reason: (error as Error).message }));
        }
        const change = await client.request<Change>('PUT', '/contracts', { document, reason: options.reason, author: author(options), ...(options.basedOn && { basedOn: options.basedOn }) });
        print.result(change, () => changeText(change, say));
      }),
    );

  withReason(withConnection(contracts.command('set-tarief'), say), say)
    .description(say('cli.contracts.set-tarief'))
    .requiredOption('--code <productCode>', say('cli.contracts.option-code'))
    .requiredOption('--vanaf <date>', say('cli.contracts.option-tarief-vanaf'), date(say))
    .requiredOption('--tarief <eurocents>', say('cli.contracts.option-tarief'), cents(say))
    .option('--gemeente <codes...>', say('cli.contracts.option-tarief-gemeenten'))
    .action(
      action(lang, async (client, print, options: { code: string; vanaf: string; tarief: number; gemeente?: string[]; reason: string; author?: string }) => {
        const change = await client.request<Change>('POST', '/contracts/tarieven', {
          productCode: options.code, vanaf: options.vanaf, tariefPerMaand: options.tarief, ...(options.gemeente && { gemeenten: options.gemeente }), reason: options.reason, author: author(options),
        });
        print.result(change, () => changeText(change, say));
      }),
    );

  withReason(withConnection(contracts.command('add-contract'), say), say)
    .description(say('cli.contracts.add-contract'))
    .requiredOption('--aanbieder <agb>', say('cli.contracts.option-aanbieder'))
    .requiredOption('--gemeente <codes...>', say('cli.contracts.option-gemeenten'))
    .requiredOption('--perceel <codes...>', say('cli.contracts.option-percelen'))
    .requiredOption('--vanaf <date>', say('cli.contracts.option-vanaf'), date(say))
    .option('--tot <date>', say('cli.contracts.option-tot-open'), date(say))
    .option('--naam <name>', say('cli.contracts.option-naam'))
    .action(
      action(lang, async (client, print, options: { aanbieder: string; gemeente: string[]; perceel: string[]; vanaf: string; tot?: string; naam?: string; reason: string; author?: string }) => {
        const change = await client.request<Change>('POST', '/contracts/contracten', {
          aanbieder: options.aanbieder, gemeenten: options.gemeente, percelen: options.perceel, vanaf: options.vanaf,
          ...(options.tot && { totEnMet: options.tot }), ...(options.naam && { naam: options.naam }), reason: options.reason, author: author(options),
        });
        print.result(change, () => changeText(change, say));
      }),
    );

  withReason(withConnection(contracts.command('end-contract'), say), say)
    .description(say('cli.contracts.end-contract'))
    .requiredOption('--aanbieder <agb>', say('cli.contracts.option-aanbieder'))
    .requiredOption('--tot <date>', say('cli.contracts.option-tot'), date(say))
    .option('--gemeente <codes...>', say('cli.contracts.option-only-gemeenten'))
    .option('--perceel <codes...>', say('cli.contracts.option-only-percelen'))
    .action(
      action(lang, async (client, print, options: { aanbieder: string; tot: string; gemeente?: string[]; perceel?: string[]; reason: string; author?: string }) => {
        const change = await client.request<Change>('POST', '/contracts/contracten/end', {
          aanbieder: options.aanbieder, totEnMet: options.tot, ...(options.gemeente && { gemeenten: options.gemeente }), ...(options.perceel && { percelen: options.perceel }),
          reason: options.reason, author: author(options),
        });
        print.result(change, () => changeText(change, say));
      }),
    );

  withReason(withConnection(contracts.command('set-beleid'), say), say)
    .description(say('cli.contracts.set-beleid'))
    .requiredOption('--gemeente <code>', say('cli.contracts.option-gemeente'))
    .addOption(new Option('--proratie <proratie>', say('cli.contracts.option-proratie')).choices(['kalenderdagen', 'volle-maand']).makeOptionMandatory())
    .action(
      action(lang, async (client, print, options: { gemeente: string; proratie: string; reason: string; author?: string }) => {
        const change = await client.request<Change>('PUT', `/contracts/beleid/${encodeURIComponent(options.gemeente)}`, { proratie: options.proratie, reason: options.reason, author: author(options) });
        print.result(change, () => changeText(change, say));
      }),
    );
}
