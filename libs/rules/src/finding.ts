import { DEFAULT_LANG, render, type Lang, type Text } from '@lib/i18n';

/**
 * A rule's verdict on one message class: which rule, which retourcode, where, and what to fix,
 * as a catalogue text (libs/i18n) that the edge says in the reader's language. Its own module, so
 * that the state (which records findings) and the rules (which make them) need not import each other.
 */
export interface Finding {
  rule: string;
  retourcode: string;
  /** the message class the code belongs on, e.g. /Bericht/Header or /Bericht/Client/StartProducten/StartProduct[2] */
  path: string;
  text: Text;
}

/** What a finding says, in `lang`. */
export const findingMessage = (finding: Finding, lang: Lang = DEFAULT_LANG): string => render(finding.text, lang);
