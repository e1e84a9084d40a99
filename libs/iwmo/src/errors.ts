import { XmlErrorCode } from './validation/report';

type XmlCode = (typeof XmlErrorCode)[keyof typeof XmlErrorCode];

/** A message that cannot be read as an iWmo 3.2 message: its code, where, and what to do. */
export class IwmoInputError extends Error {
  constructor(
    readonly code: XmlCode,
    message: string,
    readonly line: number | null = null,
    readonly path: string | null = null,
  ) {
    super(message);
    this.name = 'IwmoInputError';
  }
}
