import type { Command } from 'commander';
import type { Say } from './lang';

/**
 * Commander's own words in the chosen language: the help option and command, the headings and
 * the "(default: ..., choices: ...)" of the help, and its parse errors. Commander writes those
 * errors itself in English; here it writes none, and `commanderErrorLine` says them from the
 * error's code and the values its message quotes.
 */
export function speaking(program: Command, say: Say): Command {
  const headings: Record<string, string> = {
    'Usage:': say('cli.program.heading-usage'),
    'Arguments:': say('cli.program.heading-arguments'),
    'Options:': say('cli.program.heading-options'),
    'Global Options:': say('cli.program.heading-global-options'),
    'Commands:': say('cli.program.heading-commands'),
  };
  const described = (description: string, choices: readonly string[] | undefined, value: unknown, valueDescription: string | undefined): string => {
    const extra = [
      ...(choices ? [say('cli.program.help-choices', { choices: choices.join(', ') })] : []),
      ...(value !== undefined ? [say('cli.program.help-default', { value: valueDescription ?? JSON.stringify(value) })] : []),
    ];
    return extra.length ? `${description ? `${description} ` : ''}(${extra.join(', ')})` : description;
  };
  // set before any subcommand is made: a subcommand takes these over when it is created
  return program
    .helpOption('-h, --help', say('cli.program.help-option'))
    .helpCommand('help [command]', say('cli.program.help-command'))
    .configureHelp({
      styleTitle: (title) => headings[title] ?? title,
      // a default shown only for options that take a value (not the `true` of a --no-... flag)
      optionDescription: (o) => described(o.description, o.argChoices, o.required || o.optional ? o.defaultValue : undefined, o.defaultValueDescription),
      argumentDescription: (a) => described(a.description, a.argChoices, a.defaultValue, a.defaultValueDescription),
    })
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: () => undefined });
}

const HINT = /\n\(Did you mean (?:one of )?(.+)\?\)$/;

/** Commander's messages, by code: the values they quote (commander 14's wording; see the spec). */
const PATTERNS: Record<string, RegExp> = {
  'commander.unknownOption': /^error: unknown option '(.*)'$/s,
  'commander.unknownCommand': /^error: unknown command '(.*)'$/s,
  'commander.missingArgument': /^error: missing required argument '(.*)'$/s,
  'commander.optionMissingArgument': /^error: option '(.*)' argument missing$/s,
  'commander.missingMandatoryOptionValue': /^error: required option '(.*)' not specified$/s,
  'commander.excessArguments': /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s,
  'commander.invalidArgument': /^error: (?:option '(.*?)' argument '(.*?)'|command-argument value '(.*?)' is invalid for argument '(.*?)')(?: is invalid)?\.(?: (.*))?$/s,
};

/** A parse error of commander as one line in the chosen language; a message of another shape as commander said it. */
export function commanderErrorLine(error: { code: string; message: string }, say: Say, command = 'iwmo'): string {
  const hint = HINT.exec(error.message)?.[1];
  const message = error.message.replace(HINT, '');
  const match = PATTERNS[error.code]?.exec(message);
  const didYouMean = hint ? say('cli.program.did-you-mean', { names: hint }) : '';
  if (match) {
    const [, a = '', b = '', c = '', d = '', e = ''] = match;
    switch (error.code) {
      case 'commander.unknownOption':
        return say('cli.program.unknown-option', { option: a, hint: didYouMean });
      case 'commander.unknownCommand':
        return say('cli.program.unknown-command', { command: a, hint: didYouMean });
      case 'commander.missingArgument':
        return say('cli.program.missing-argument', { argument: a });
      case 'commander.optionMissingArgument':
        return say('cli.program.option-missing-value', { option: a });
      case 'commander.missingMandatoryOptionValue':
        return say('cli.program.missing-option', { option: a });
      case 'commander.excessArguments':
        return say('cli.program.excess-arguments', { command: a || command, expected: Number(b), got: Number(c) });
      case 'commander.invalidArgument': {
        const choices = /^Allowed choices are (.*)\.$/s.exec(e)?.[1];
        const reason = choices === undefined ? e : say('cli.program.allowed-choices', { choices });
        return a ? say('cli.program.invalid-option-value', { option: a, value: b, reason }) : say('cli.program.invalid-argument-value', { argument: d, value: c, reason });
      }
    }
  }
  return `${message}${hint ? ` (${hint}?)` : ''}`.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
}
