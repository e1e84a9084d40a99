import { ruleCatalogue } from '@lib/rules';

/** `iwmo rules [--json] [--message WMO323] [--missing]`: the rule catalogue. */
export function rulesCommand(options: { json?: boolean; message?: string; missing?: boolean }, out = process.stdout): number {
  const rules = ruleCatalogue().filter(
    (r) => (!options.message || r.messages.includes(options.message.toUpperCase())) && (!options.missing || !r.implemented),
  );
  if (options.json) {
    for (const r of rules) out.write(`${JSON.stringify(r)}\n`);
    return 0;
  }
  for (const r of rules) {
    out.write(`${r.implemented ? 'yes' : 'no '}  ${r.code.padEnd(6)} ${r.retourcode.padEnd(6)} ${r.level.padEnd(19)} ${r.definition}\n`);
  }
  const done = rules.filter((r) => r.implemented).length;
  out.write(`${rules.length} rules, ${done} implemented\n`);
  return 0;
}
