import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_KEYS_FILE, DEFAULT_URL } from './admin.command';
import { demoSeedCommand, type DemoSeedOptions } from './demo/demo-seed';
import { DEMO_TEXTS as T } from './demo/demo-texts';

/**
 * `iwmo demo seed`: demo traffic for a development gateway, through its HTTP API (apps/cli/src/demo/).
 * Exit codes: 0 seeded, 1 the gateway refused a step, 2 usage, an unreachable gateway or data seeded already.
 */
export const DEFAULT_DEAD_LETTER_WAIT_SECONDS = 300;

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(T.badWait);
  return n;
}

export function registerDemoCommands(program: Command): void {
  const demo = program.command('demo').description(T.commandDemo);
  demo
    .command('seed')
    .description(T.commandSeed)
    .option('--url <url>', T.optionUrl, DEFAULT_URL)
    .option('--keys-file <path>', T.optionKeysFile, DEFAULT_KEYS_FILE)
    .option('--token <token>', T.optionToken)
    .option('--wait <seconds>', T.optionWait, seconds, DEFAULT_DEAD_LETTER_WAIT_SECONDS)
    .option('--today <date>', T.optionToday)
    .action(async (options: DemoSeedOptions) => {
      process.exitCode = await demoSeedCommand(options);
    });
}
