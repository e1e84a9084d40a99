import { Command, InvalidArgumentError } from 'commander';
import type { Lang } from '@lib/i18n';
import { DEFAULT_KEYS_FILE, DEFAULT_URL } from './admin-client';
import { demoSeedCommand, type DemoSeedOptions } from './demo/demo-seed';
import { sayIn, type Say } from './lang';

/**
 * `iwmo demo seed`: demo traffic for a development gateway, through its HTTP API (apps/cli/src/demo/).
 * Exit codes: 0 seeded, 1 the gateway refused a step, 2 usage, an unreachable gateway or data seeded already.
 */
export const DEFAULT_DEAD_LETTER_WAIT_SECONDS = 300;

const seconds = (say: Say) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(say('cli.demo.bad-wait'));
  return n;
};

export function registerDemoCommands(program: Command, lang: Lang): void {
  const say = sayIn(lang);
  const demo = program.command('demo').description(say('cli.demo.description'));
  demo
    .command('seed')
    .description(say('cli.demo.seed'))
    .option('--url <url>', say('cli.admin.option-url'), DEFAULT_URL)
    .option('--keys-file <path>', say('cli.demo.option-keys-file'), DEFAULT_KEYS_FILE)
    .option('--token <token>', say('cli.demo.option-token'))
    .option('--wait <seconds>', say('cli.demo.option-wait'), seconds(say), DEFAULT_DEAD_LETTER_WAIT_SECONDS)
    .option('--today <date>', say('cli.demo.option-today'))
    .action(async (options: DemoSeedOptions) => {
      process.exitCode = await demoSeedCommand({ ...options, lang });
    });
}
