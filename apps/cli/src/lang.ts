import { DEFAULT_LANG, LANGS, langOf, render, text, type Lang, type Text, type TextKey } from '@lib/i18n';

/** The parameters `text(key, ...)` takes for `key`. */
type TextArgs<K extends TextKey> = Parameters<typeof text<K>> extends [unknown, ...infer A] ? A : never;

/** Says a catalogue text in the language the user chose; `text` says a Text made elsewhere (an error's) in it. */
export type Say = (<K extends TextKey>(key: K, ...args: TextArgs<K>) => string) & { readonly text: (said: Text) => string };

const anyText = text as (key: TextKey, ...args: unknown[]) => Text;
export const sayIn = (lang: Lang): Say =>
  Object.assign(<K extends TextKey>(key: K, ...args: TextArgs<K>) => render(anyText(key, ...args), lang), { text: (said: Text) => render(said, lang) });

/** The language the command line asks for, or the one line that says its value is not a language (exit 2). */
export type LangChoice = { lang: Lang; error?: never } | { lang?: never; error: string };

/** `--lang VALUE` or `--lang=VALUE` among the arguments (before a `--`), as the program option reads it. */
function langArgument(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') value = argv[++i];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  return value;
}

/** Whether a value names one of the languages (en, en-GB, NL), which langOf then reads; langOf reads anything else as Dutch. */
const namesLang = (value: string): boolean => (LANGS as readonly string[]).includes(value.trim().toLowerCase().split(/[-_]/)[0]!);

/**
 * Dutch unless `--lang` or IWMO_LANG says English; the option wins over the variable. A value that
 * is no language is a usage error, said in the language of the variable when that one is valid.
 */
export function chooseLang(argv: readonly string[], variable: string | undefined): LangChoice {
  const option = langArgument(argv);
  const fromVariable = variable?.trim() ? variable : undefined;
  const fallback = fromVariable !== undefined && namesLang(fromVariable) ? langOf(fromVariable) : DEFAULT_LANG;
  if (option !== undefined) {
    if (namesLang(option)) return { lang: langOf(option) };
    return { error: sayIn(fallback)('cli.program.unknown-lang', { value: option, source: '--lang', langs: LANGS.join(', ') }) };
  }
  if (fromVariable === undefined) return { lang: DEFAULT_LANG };
  if (namesLang(fromVariable)) return { lang: langOf(fromVariable) };
  return { error: sayIn(DEFAULT_LANG)('cli.program.unknown-lang', { value: fromVariable, source: 'IWMO_LANG', langs: LANGS.join(', ') }) };
}
