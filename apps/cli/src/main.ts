import { Command, InvalidArgumentError } from 'commander';
import { EnvValidationError, packageVersion } from '@lib/config';
import { DEFAULT_LANG, type Lang } from '@lib/i18n';
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
import { commanderErrorLine, speaking } from './commander-lang';
import { chooseLang, sayIn, type Say } from './lang';

/** The `iwmo` command line: tools for aanbieders and gemeenten to check their own iWmo 3.2 files. */

const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;

/** Errors that are the user's to fix (a file, a register, a setting, the gateway's address): one line, exit 2 (a gateway's refusal: 1). */
const USER_ERRORS = [UsageError, AdminApiError, ContractRegisterError, EnvValidationError, FieldCipherError];
/** File system errors on a path the user gave. */
const USER_FILE_ERRORS = ['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR', 'EPERM', 'ELOOP', 'ENAMETOOLONG'] as const;
type UserFileError = (typeof USER_FILE_ERRORS)[number];
const fileErrorOf = (error: unknown): UserFileError | undefined =>
  USER_FILE_ERRORS.find((code) => code === (error as NodeJS.ErrnoException | undefined)?.code);

export function isUserError(error: unknown): boolean {
  return USER_ERRORS.some((kind) => error instanceof kind) || fileErrorOf(error) !== undefined;
}

/** A user error as the one line the CLI prints: in the chosen language where the CLI knows its shape, else its message. */
export function userErrorLine(error: unknown, say: Say): string {
  const list = (problems: readonly string[]) => problems.map((p) => `- ${p.trim()}`).join(' ');
  if (error instanceof ContractRegisterError) {
    return say('cli.main.contract-register', { source: error.source, problems: list(error.problems.map(say.text)) });
  }
  if (error instanceof EnvValidationError) return say('cli.main.env', { problems: list(error.problems) });
  const code = fileErrorOf(error);
  const path = (error as NodeJS.ErrnoException | undefined)?.path;
  if (code !== undefined && path !== undefined) return say('cli.main.file-error', { path, problem: say(`cli.main.${code}`) });
  return oneLine(error);
}

/** An error as the one line the CLI prints: its message with the lines of a multi-line list joined. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
}

const positiveInt = (say: Say) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(say('cli.validate.positive-int'));
  return n;
};

/** The program with its texts in `lang` (the language is chosen before: help and descriptions are made here). */
export function buildProgram(lang: Lang = DEFAULT_LANG): Command {
  const say = sayIn(lang);
  const program = speaking(new Command('iwmo'), say)
    .description(say('cli.program.description'))
    .version(packageVersion(), '-V, --version', say('cli.program.version'))
    // read by chooseLang before the program is made; declared so that commander knows it and shows it
    .option('--lang <lang>', say('cli.program.lang'))
    .exitOverride();

  program
    .command('validate')
    .description(say('cli.validate.description'))
    .argument('<file-or-dir...>', say('cli.validate.argument'))
    .option('--json', say('cli.validate.option-json'))
    .option('--schemas <dir>', say('cli.validate.option-schemas'))
    .option('--max-bytes <n>', say('cli.validate.option-max-bytes'), positiveInt(say))
    .action(async (inputs: string[], options: { json?: boolean; schemas?: string; maxBytes?: number }) => {
      process.exitCode = await validateCommand(inputs, { ...options, lang });
    });

  program
    .command('replay')
    .description(say('cli.replay.description'))
    .argument('<file...>', say('cli.replay.argument'))
    .option('--json', say('cli.replay.option-json'))
    .option('--contracts <file>', say('cli.replay.option-contracts'))
    .option('--today <date>', say('cli.replay.option-today'))
    .action(async (files: string[], options: { json?: boolean; contracts?: string; today?: string }) => {
      process.exitCode = await replayCommand(files, { ...options, lang });
    });

  program
    .command('rules')
    .description(say('cli.rules.description'))
    .option('--json', say('cli.rules.option-json'))
    .option('--message <code>', say('cli.rules.option-message'))
    .option('--missing', say('cli.rules.option-missing'))
    .action((options: { json?: boolean; message?: string; missing?: boolean }) => {
      process.exitCode = rulesCommand({ ...options, lang });
    });

  registerAdminCommands(program, lang);
  registerUsersCommands(program, lang);
  registerOnderaannemingCommands(program, lang);
  registerDeclaratieCommands(program, lang);
  registerDemoCommands(program, lang);

  return program;
}

async function main(argv: string[]): Promise<void> {
  const chosen = chooseLang(argv.slice(2), process.env.IWMO_LANG);
  if (chosen.error !== undefined) {
    process.stderr.write(`${chosen.error}\n`);
    return void (process.exitCode = EXIT_USAGE);
  }
  const say = sayIn(chosen.lang);
  try {
    await buildProgram(chosen.lang).parseAsync(argv);
  } catch (error) {
    const e = error as { code?: string; exitCode?: number; message?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return void (process.exitCode = 0);
    // the help of a command that needs a subcommand, on stderr: it says all there is to say
    if (e.code === 'commander.help') return void (process.exitCode = EXIT_USAGE);
    if (e.code?.startsWith('commander.')) {
      process.stderr.write(`${commanderErrorLine({ code: e.code, message: e.message ?? '' }, say)}\n`);
      return void (process.exitCode = EXIT_USAGE);
    }
    if (isUserError(error)) {
      process.stderr.write(`iwmo: ${userErrorLine(error, say)}\n`);
      return void (process.exitCode = error instanceof AdminApiError ? error.exitCode : EXIT_USAGE);
    }
    // A fault of the tool itself: still one line; the stack only when asked for.
    process.stderr.write(`${say('cli.main.unexpected', { message: oneLine(error) })}\n`);
    if (process.env.IWMO_DEBUG === '1') process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = EXIT_FAILURE;
  }
}

if (require.main === module) void main(process.argv);
