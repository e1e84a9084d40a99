import { Command, InvalidArgumentError } from 'commander';
import type { Lang } from '@lib/i18n';
import { action, withConnection } from './admin-client';
import { sayIn, type Say } from './lang';
import { table } from './table';

/**
 * `iwmo admin onderaanneming add|list|end`: the registry of onderaanneming relations, as an HTTP
 * client of /v1/admin/onderaanneming/relaties. Connection options and exit codes as the other
 * `iwmo admin` commands: 0 done, 1 the gateway refused, 2 usage or an unreachable gateway.
 */

interface Relatie {
  id: string;
  hoofdaannemer: string;
  onderaannemer: string;
  gemeente: string;
  producten: Array<{ categorie: string; code?: string }>;
  vanaf: string;
  totEnMet: string | null;
  goedkeuring: boolean;
}

/** "02" (a whole category) or "02/02A03" (one product). */
const product = (say: Say) => (value: string, previous: Relatie['producten'] = []): Relatie['producten'] => {
  const match = /^(\d{2})(?:\/([0-9A-Z]{5}))?$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError(say('cli.onderaanneming.bad-product'));
  return [...previous, match[2] ? { categorie: match[1]!, code: match[2] } : { categorie: match[1]! }];
};

const describeProducten = (r: Relatie, say: Say) =>
  r.producten.map((p) => (p.code ? `${p.categorie}/${p.code}` : say('cli.onderaanneming.whole-categorie', { categorie: p.categorie }))).join(', ');
const RELATIES = '/onderaanneming/relaties';

export function registerOnderaannemingCommands(program: Command, lang: Lang): void {
  const say = sayIn(lang);
  const admin = program.commands.find((c) => c.name() === 'admin') ?? program.command('admin');
  const oa = admin.command('onderaanneming').description(say('cli.onderaanneming.description'));

  withConnection(oa.command('add'), say)
    .description(say('cli.onderaanneming.add'))
    .requiredOption('--hoofdaannemer <agb>', say('cli.onderaanneming.option-hoofdaannemer'))
    .requiredOption('--onderaannemer <agb>', say('cli.onderaanneming.option-onderaannemer'))
    .requiredOption('--gemeente <cbs>', say('cli.onderaanneming.option-gemeente'))
    .requiredOption('--product <categorie[/code]>', say('cli.onderaanneming.option-product'), product(say))
    .requiredOption('--vanaf <date>', say('cli.contracts.option-vanaf'))
    .option('--tot-en-met <date>', say('cli.contracts.option-tot-open'))
    .option('--goedkeuring', say('cli.onderaanneming.option-goedkeuring'))
    .action(
      action(lang, async (client, print, options: { hoofdaannemer: string; onderaannemer: string; gemeente: string; product: Relatie['producten']; vanaf: string; totEnMet?: string; goedkeuring?: boolean }) => {
        const body = {
          hoofdaannemer: options.hoofdaannemer, onderaannemer: options.onderaannemer, gemeente: options.gemeente, producten: options.product, vanaf: options.vanaf,
          ...(options.totEnMet && { totEnMet: options.totEnMet }), goedkeuring: options.goedkeuring === true,
        };
        const r = await client.request<Relatie>('POST', RELATIES, body);
        print.result(r, () => say('cli.onderaanneming.registered', {
          id: r.id, hoofdaannemer: r.hoofdaannemer, producten: describeProducten(r, say), gemeente: r.gemeente, onderaannemer: r.onderaannemer,
          vanaf: r.vanaf, totEnMet: r.totEnMet ?? say('cli.onderaanneming.open'), approval: r.goedkeuring ? say('cli.onderaanneming.with-approval') : '',
        }));
      }),
    );

  withConnection(oa.command('list'), say)
    .description(say('cli.onderaanneming.list'))
    .option('--hoofdaannemer <agb>', say('cli.onderaanneming.option-only-hoofdaannemer'))
    .option('--onderaannemer <agb>', say('cli.onderaanneming.option-only-onderaannemer'))
    .option('--gemeente <cbs>', say('cli.contracts.option-one-gemeente'))
    .action(
      action(lang, async (client, print, options: { hoofdaannemer?: string; onderaannemer?: string; gemeente?: string }) => {
        const query = new URLSearchParams(Object.entries({ hoofdaannemer: options.hoofdaannemer, onderaannemer: options.onderaannemer, gemeente: options.gemeente }).filter(([, v]) => v) as Array<[string, string]>);
        const rows = await client.request<Relatie[]>('GET', `${RELATIES}${query.size ? `?${query}` : ''}`);
        print.result(rows, () => table(
          [say('cli.admin.column-id'), say('cli.contracts.column-gemeente'), say('cli.onderaanneming.column-hoofdaannemer'), say('cli.onderaanneming.column-onderaannemer'),
            say('cli.onderaanneming.column-vanaf'), say('cli.onderaanneming.column-tot-en-met'), say('cli.onderaanneming.column-goedkeuring'), say('cli.onderaanneming.column-producten')],
          rows.map((r) => [r.id, r.gemeente, r.hoofdaannemer, r.onderaannemer, r.vanaf, r.totEnMet ?? say('cli.onderaanneming.open'),
            r.goedkeuring ? say('cli.onderaanneming.on') : say('cli.onderaanneming.off'), describeProducten(r, say)]),
          { none: say('cli.program.none') },
        ));
      }),
    );

  withConnection(oa.command('end'), say)
    .description(say('cli.onderaanneming.end'))
    .argument('<relatie-id>', say('cli.onderaanneming.argument-relatie'))
    .requiredOption('--tot-en-met <date>', say('cli.onderaanneming.option-end-tot-en-met'))
    .action(
      action(lang, async (client, print, options: { totEnMet: string }, id) => {
        const r = await client.request<Relatie>('POST', `${RELATIES}/${encodeURIComponent(id)}/end`, { totEnMet: options.totEnMet });
        print.result(r, () => say('cli.onderaanneming.ended', { id: r.id, hoofdaannemer: r.hoofdaannemer, onderaannemer: r.onderaannemer, gemeente: r.gemeente, totEnMet: r.totEnMet ?? '' }));
      }),
    );
}
