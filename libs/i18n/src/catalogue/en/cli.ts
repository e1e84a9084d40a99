import { formatNumber } from '../../format';
import type { cli as nl } from '../nl/cli';

/** A count as English writes it (12,345); a parameter that is not a number as it is. */
const n = (value: number): string => (Number.isFinite(Number(value)) ? formatNumber(Number(value), 'en') : String(value));

/** English texts: cli, the same keys and parameters as the Dutch section. */
export const cli: typeof nl = {
  // ------------------------------------------------------------ the program, its help and commander's own errors
  'cli.program.description': () => 'iWmo 3.2 tools of the H4 gateway',
  'cli.program.version': () => 'the version of the gateway these tools belong to',
  'cli.program.lang': () => 'the language of the output: nl (Dutch, the default) or en (English); also IWMO_LANG',
  'cli.program.help-option': () => 'display help for command',
  'cli.program.help-command': () => 'display help for command',
  'cli.program.heading-usage': () => 'Usage:',
  'cli.program.heading-arguments': () => 'Arguments:',
  'cli.program.heading-options': () => 'Options:',
  'cli.program.heading-global-options': () => 'Global Options:',
  'cli.program.heading-commands': () => 'Commands:',
  'cli.program.help-default': (p) => `default: ${p.value}`,
  'cli.program.help-choices': (p) => `choices: ${p.choices}`,
  'cli.program.unknown-lang': (p) => `iwmo: unknown language '${p.value}' in ${p.source}; choose one of ${p.langs} (nl: Dutch, en: English)`,
  'cli.program.did-you-mean': (p) => ` (did you mean ${p.names}?)`,
  'cli.program.unknown-option': (p) => `error: unknown option '${p.option}'${p.hint}`,
  'cli.program.unknown-command': (p) => `error: unknown command '${p.command}'${p.hint}`,
  'cli.program.missing-argument': (p) => `error: missing required argument '${p.argument}'`,
  'cli.program.option-missing-value': (p) => `error: option '${p.option}' argument missing`,
  'cli.program.missing-option': (p) => `error: required option '${p.option}' not specified`,
  'cli.program.excess-arguments': (p) => `error: too many arguments for '${p.command}': expected ${n(p.expected)}, got ${n(p.got)}`,
  'cli.program.invalid-option-value': (p) => `error: option '${p.option}' argument '${p.value}' is invalid: ${p.reason}`,
  'cli.program.invalid-argument-value': (p) => `error: value '${p.value}' is invalid for argument '${p.argument}': ${p.reason}`,
  'cli.program.allowed-choices': (p) => `allowed choices are ${p.choices}`,
  'cli.program.none': () => '(none)',

  // ------------------------------------------------------------ the one-line user errors of main.ts
  'cli.main.unexpected': (p) => `iwmo: unexpected error: ${p.message} (IWMO_DEBUG=1 shows the details)`,
  'cli.main.file-error': (p) => `${p.path}: ${p.problem}`,
  'cli.main.ENOENT': () => 'no such file or directory',
  'cli.main.EACCES': () => 'permission denied',
  'cli.main.EPERM': () => 'operation not permitted (check the permissions)',
  'cli.main.EISDIR': () => 'is a directory, not a file',
  'cli.main.ENOTDIR': () => 'a part of the path is not a directory',
  'cli.main.ELOOP': () => 'too many symbolic links in the path',
  'cli.main.ENAMETOOLONG': () => 'the name is too long',
  'cli.main.contract-register': (p) => `${p.source} is not a valid contract register (see docs/contracts.md): ${p.problems}`,
  'cli.main.env': (p) => `invalid environment configuration: ${p.problems}`,

  // ------------------------------------------------------------ iwmo validate
  'cli.validate.description': () => 'validate iWmo 3.2 messages (files, or directories searched for *.xml) against the XSDs and the rules within a message',
  'cli.validate.argument': () => 'messages to validate',
  'cli.validate.option-json': () => 'one JSON object per file per line',
  'cli.validate.option-schemas': () => 'validate against the XSDs in this folder instead of the built-in ones',
  'cli.validate.option-max-bytes': () => 'size limit per message in bytes (default 25 MB)',
  'cli.validate.positive-int': () => 'expected a positive whole number',
  'cli.validate.none-given': () => 'give at least one file or directory to validate',
  'cli.validate.progress': () => 'validating [{bar}] {value}/{total} files',
  'cli.validate.valid': () => 'OK',
  'cli.validate.invalid': () => 'INVALID',
  'cli.validate.missing': () => 'MISSING',
  'cli.validate.unknown-message': () => 'unknown message type',
  'cli.validate.line': (p) => `line ${p.line}`,
  'cli.validate.summary': (p) =>
    `${n(p.files)} file${p.files === 1 ? '' : 's'}: ${n(p.valid)} valid, ${n(p.invalid)} invalid${p.missing ? `, ${n(p.missing)} not found` : ''}`,
  'cli.validate.missing-arguments': (p) => `iwmo: ${n(p.missing)} of the arguments ${p.missing === 1 ? 'does' : 'do'} not exist (see FILE-NOT-FOUND above)`,

  // ------------------------------------------------------------ iwmo replay
  'cli.replay.description': () => 'run messages in order through the gateway pipeline (all layers, all rules) on an empty store',
  'cli.replay.argument': () => 'messages, in the order they are exchanged',
  'cli.replay.option-json': () => 'one JSON object per message per line',
  'cli.replay.option-contracts': () => 'contract register for TR381/TR418 (default: the illustrative H4 register)',
  'cli.replay.option-today': () => 'the date the rules take as today, YYYY-MM-DD (default: today in the Netherlands)',
  'cli.replay.none-given': () => 'give the messages to replay, in order',
  'cli.replay.not-a-file': (p) => `no such file: ${p.file}`,
  'cli.replay.bad-today': () => '--today takes a date as YYYY-MM-DD',
  'cli.replay.accepted': () => 'ACCEPTED',
  'cli.replay.findings': () => 'FINDINGS',
  'cli.replay.summary': (p) => `${n(p.messages)} message${p.messages === 1 ? '' : 's'}: ${n(p.accepted)} accepted, ${n(p.findings)} with findings`,

  // ------------------------------------------------------------ iwmo rules
  'cli.rules.description': () => 'the rule catalogue: every rule of iWmo 3.2, its retourcode and whether the gateway implements it',
  'cli.rules.option-json': () => 'one JSON object per rule per line',
  'cli.rules.option-message': () => 'only the rules of this message, e.g. WMO323',
  'cli.rules.option-missing': () => 'only the rules not implemented',
  'cli.rules.header-implemented': () => 'implemented',
  'cli.rules.header-rule': () => 'rule',
  'cli.rules.header-retourcode': () => 'retourcode',
  'cli.rules.header-level': () => 'level',
  'cli.rules.header-definition': () => 'definition',
  'cli.rules.yes': () => 'yes',
  'cli.rules.no': () => 'no',
  'cli.rules.summary': (p) => `${n(p.rules)} rule${p.rules === 1 ? '' : 's'}, ${n(p.implemented)} implemented`,
};
