/** One thing wrong with a request, named by its field, with what to do about it. */
export interface Problem {
  /** the field or element concerned, e.g. "toewijzingNummer", "begindatum" */
  readonly field: string;
  /** a stable code a client can act on, e.g. NOT_DELEGATED_TO_YOU */
  readonly code: string;
  /** what is wrong and how to fix it */
  readonly message: string;
}

/**
 * Refusals of the onderaanneming domain. `kind` tells the caller how to answer (the gateway maps
 * invalid to 422, not-found to 404, conflict to 409, forbidden to 403); `problems` names each failure.
 */
export class OnderaannemingError extends Error {
  constructor(
    readonly kind: 'invalid' | 'not-found' | 'conflict' | 'forbidden',
    readonly problems: readonly Problem[],
  ) {
    super(problems.map((p) => `${p.field} (${p.code}): ${p.message}`).join(' '));
    this.name = 'OnderaannemingError';
  }

  static one(kind: OnderaannemingError['kind'], field: string, code: string, message: string): OnderaannemingError {
    return new OnderaannemingError(kind, [{ field, code, message }]);
  }
}

/** A BSN shown to someone who may know of the client but need not read the number: ******123 (as the rules' texts name it). */
export { maskedBsn as maskBsn } from '@lib/rules';
