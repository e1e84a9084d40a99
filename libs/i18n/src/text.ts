import { en } from './catalogue/en';
import { nl } from './catalogue/nl';
import type { Section } from './catalogue/section';
import { DEFAULT_LANG, type Lang } from './lang';

export type Catalogue = typeof nl;
export type TextKey = keyof Catalogue;

const CATALOGUES: Record<Lang, Catalogue> = { nl, en };

/** A parameter: a value shown as it is, or a phrase of its own that is rendered in the same language. */
export type Param = string | number | Text;

/**
 * What to say, not yet said in a language: a catalogue key and its parameters. Findings, refusals
 * and errors carry a Text; the edge (API answer, CLI, dashboard) renders it in the reader's language.
 * It is plain JSON, so it can be stored and sent between threads.
 */
export interface Text {
  readonly key: TextKey;
  readonly params?: Readonly<Record<string, Param>>;
}

type ParamsOf<K extends TextKey> = Parameters<Catalogue[K]>;
/** A text's parameters where any string may also be a phrase (a Text) of its own. */
type Phrased<P> = { [F in keyof P]: P[F] extends string ? string | Text : P[F] };
type ArgsOf<K extends TextKey> = ParamsOf<K> extends [] ? [] : [params: Phrased<ParamsOf<K>[0]>];

/** A Text for `key`, its parameters checked against the catalogue. */
export function text<K extends TextKey>(key: K, ...args: ArgsOf<K>): Text {
  const [params] = args as unknown as [Record<string, Param> | undefined];
  return params === undefined ? { key } : { key, params };
}

export const isText = (value: unknown): value is Text =>
  typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';

/** Whether the catalogue has `key` (a Text read back from storage may come from another version). */
export const hasText = (key: string): key is TextKey => Object.prototype.hasOwnProperty.call(nl, key);

/** The Text said in `lang`; a phrase among its parameters is said in the same language. */
export function render(value: Text, lang: Lang = DEFAULT_LANG): string {
  const say = (CATALOGUES[lang] as Section)[value.key] as ((params?: Record<string, string | number>) => string) | undefined;
  if (say === undefined) throw new Error(`no text '${value.key}' in the ${lang} catalogue`);
  if (value.params === undefined) return say();
  const params: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(value.params)) params[name] = isText(param) ? render(param, lang) : param;
  return say(params);
}

/**
 * A stored Text said in `lang`, or `fallback` when it is missing or names a key this version does
 * not know (an answer stored before a text was added keeps the words it was given then).
 */
export function renderStored(value: unknown, lang: Lang, fallback: string): string {
  if (!isText(value) || !hasText(value.key)) return fallback;
  try {
    return render(value, lang);
  } catch {
    return fallback;
  }
}

/** An error that says a catalogue text: the edge renders `text` in the reader's language. */
export interface Said {
  readonly text: Text;
}

/** The catalogue text an error (or any value) carries, if it carries one. */
export function textOf(value: unknown): Text | undefined {
  const carried = typeof value === 'object' && value !== null ? (value as { text?: unknown }).text : undefined;
  return isText(carried) ? carried : undefined;
}

/**
 * `error` made to say `said`: its message is the Dutch rendering (for logs and the audit trail, which
 * are kept in the default language) and its `text` lets the edge say it in the reader's language.
 * For errors of other libraries (Nest's HttpExceptions): `saying((m) => new NotFoundException(m), text(...))`.
 */
export function saying<E extends Error>(make: (message: string) => E, said: Text): E & Said {
  return Object.assign(make(render(said)), { text: said });
}
