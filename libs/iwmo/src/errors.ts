import { render, type Text } from '@lib/i18n';
import { XmlErrorCode } from './validation/report';

type XmlCode = (typeof XmlErrorCode)[keyof typeof XmlErrorCode];

/**
 * A message that cannot be read as an iWmo 3.2 message: its code, where, and what to do.
 * `text` says it from the catalogue; the error's message is that text in Dutch.
 */
export class IwmoInputError extends Error {
  constructor(
    readonly code: XmlCode,
    readonly text: Text,
    readonly line: number | null = null,
    readonly path: string | null = null,
  ) {
    super(render(text));
    this.name = 'IwmoInputError';
  }
}
