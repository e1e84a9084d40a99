import { DEFAULT_LANG, type Lang } from '@lib/i18n';
import { ruleCatalogue } from '@lib/rules';
import { sayIn } from './lang';
import { table } from './table';

/** `iwmo rules [--json] [--message WMO323] [--missing]`: the rule catalogue (definitions in the standard's own words). */
export function rulesCommand(options: { json?: boolean; message?: string; missing?: boolean; lang?: Lang }, out = process.stdout): number {
  const say = sayIn(options.lang ?? DEFAULT_LANG);
  const rules = ruleCatalogue().filter(
    (r) => (!options.message || r.messages.includes(options.message.toUpperCase())) && (!options.missing || !r.implemented),
  );
  if (options.json) {
    for (const r of rules) out.write(`${JSON.stringify(r)}\n`);
    return 0;
  }
  const header = ['implemented', 'rule', 'retourcode', 'level', 'definition'] as const;
  const yes = say('cli.program.yes');
  const no = say('cli.program.no');
  out.write(`${table(
    header.map((column) => say(`cli.rules.header-${column}`)),
    rules.map((r) => [r.implemented ? yes : no, r.code, r.retourcode, r.level, r.definition]),
    { gap: 1 },
  )}\n`);
  out.write(`${say('cli.rules.summary', { rules: rules.length, implemented: rules.filter((r) => r.implemented).length })}\n`);
  return 0;
}
