import { Command, InvalidArgumentError } from 'commander';
import { EnvValidationError, packageVersion } from '@lib/config';
import { FieldCipherError } from '@lib/persistence';
import { ContractRegisterError } from '@lib/rules';
import { AdminApiError, registerAdminCommands } from './admin.command';
import { registerUsersCommands } from './users.command';
import { registerDeclaratieCommands } from './declaratie.command';
import { registerDemoCommands } from './demo.command';
import { registerOnderaannemingCommands } from './onderaanneming.command';
import { replayCommand } from './replay.command';
import { rulesCommand } from './rules.command';
import { UsageError, validateCommand } from './validate.command';

/** The `iwmo` command line: tools for aanbieders and gemeenten to check their own iWmo 3.2 files. */

const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;

/** Errors that are the user's to fix (a file, a register, a setting, the gateway's address): one line, exit 2 (a gateway's refusal: 1). */
const USER_ERRORS = [UsageError, AdminApiError, ContractRegisterError, EnvValidationError, FieldCipherError];
/** File system errors on a path the user gave. */
const USER_FILE_ERRORS = new Set(['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR', 'EPERM', 'ELOOP', 'ENAMETOOLONG']);

export function isUserError(error: unknown): boolean {
  return USER_ERRORS.some((kind) => error instanceof kind) || USER_FILE_ERRORS.has((error as NodeJS.ErrnoException | undefined)?.code ?? '');
}

/** An error as the one line the CLI prints: its message with the lines of a multi-line list joined. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

export function buildProgram(): Command {
  const program = new Command('iwmo')
    .description('iWmo 3.2 tools of the H4 gateway')
    .version(packageVersion(), '-V, --version', 'the version of the gateway these tools belong to')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('validate')
    .description('validate iWmo 3.2 messages (files, or directories searched for *.xml) against the XSDs')
    .argument('<file-or-dir...>', 'messages to validate')
    .option('--json', 'one JSON object per file per line')
    .option('--schemas <dir>', 'validate against the XSDs in this folder instead of the built-in ones')
    .option('--max-bytes <n>', 'size limit per message in bytes (default 25 MB)', positiveInt)
    .action(async (inputs: string[], options: { json?: boolean; schemas?: string; maxBytes?: number }) => {
      process.exitCode = await validateCommand(inputs, options);
    });

  program
    .command('replay')
    .description('run messages in order through the gateway pipeline (all layers, all rules) on an empty store')
    .argument('<file...>', 'messages, in the order they are exchanged')
    .option('--json', 'one JSON object per message per line')
    .option('--contracts <file>', 'contract register for TR381/TR418 (default: the illustrative H4 register)')
    .option('--today <date>', 'the date the rules take as today, YYYY-MM-DD (default: today in the Netherlands)')
    .action(async (files: string[], options: { json?: boolean; contracts?: string; today?: string }) => {
      process.exitCode = await replayCommand(files, options);
    });

  program
    .command('rules')
    .description('the rule catalogue: every rule of iWmo 3.2, its retourcode and whether the gateway implements it')
    .option('--json', 'one JSON object per rule per line')
    .option('--message <code>', 'only the rules of this message, e.g. WMO323')
    .option('--missing', 'only the rules not implemented')
    .action((options: { json?: boolean; message?: string; missing?: boolean }) => {
      process.exitCode = rulesCommand(options);
    });

  registerAdminCommands(program);
  registerUsersCommands(program);
  registerOnderaannemingCommands(program);
  registerDeclaratieCommands(program);
  registerDemoCommands(program);

  return program;
}

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    const e = error as { code?: string; exitCode?: number; message?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return void (process.exitCode = 0);
    if (e.code?.startsWith('commander.')) return void (process.exitCode = EXIT_USAGE);
    if (isUserError(error)) {
      process.stderr.write(`iwmo: ${oneLine(error)}\n`);
      return void (process.exitCode = error instanceof AdminApiError ? error.exitCode : EXIT_USAGE);
    }
    // A fault of the tool itself: still one line; the stack only when asked for.
    process.stderr.write(`iwmo: unexpected error: ${oneLine(error)} (IWMO_DEBUG=1 shows the details)\n`);
    if (process.env.IWMO_DEBUG === '1') process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = EXIT_FAILURE;
  }
}

if (require.main === module) void main(process.argv);
