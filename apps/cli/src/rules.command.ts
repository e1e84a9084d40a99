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
  const row = (implemented: string, code: string, retourcode: string, level: string, definition: string) =>
    `${implemented.padEnd(11)} ${code.padEnd(6)} ${retourcode.padEnd(10)} ${level.padEnd(19)} ${definition}\n`;
  out.write(row('implemented', 'rule', 'retourcode', 'level', 'definition'));
  for (const r of rules) out.write(row(r.implemented ? 'yes' : 'no', r.code, r.retourcode, r.level, r.definition));
  const done = rules.filter((r) => r.implemented).length;
  out.write(`${rules.length} rules, ${done} implemented\n`);
  return 0;
}
