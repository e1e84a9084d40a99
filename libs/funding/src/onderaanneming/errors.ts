import { text, type Text } from '@lib/i18n';
import { listed } from '@lib/rules';
import { SaidError } from '../said-error';

/** One thing wrong with a request, named by its field, with what to do about it. */
export interface Problem {
  /** the field or element concerned, e.g. "toewijzingNummer", "begindatum" */
  readonly field: string;
  /** a stable code a client can act on, e.g. NOT_DELEGATED_TO_YOU */
  readonly code: string;
  /** what is wrong and how to fix it, said in the reader's language by the edge */
  readonly text: Text;
}

/**
 * Refusals of the onderaanneming domain. `kind` tells the caller how to answer (the gateway maps
 * invalid to 422, not-found to 404, conflict to 409, forbidden to 403); `problems` names each
 * failure, and `text` says them all: "field (CODE): what is wrong" one after the other.
 */
export class OnderaannemingError extends SaidError {
  constructor(
    readonly kind: 'invalid' | 'not-found' | 'conflict' | 'forbidden',
    readonly problems: readonly Problem[],
  ) {
    // a refusal names at least one problem, so the list is a Text
    super(listed(problems.map((p) => text('funding.onderaanneming.problem', { field: p.field, code: p.code, problem: p.text })), ' ') as Text);
    this.name = 'OnderaannemingError';
  }

  static one(kind: OnderaannemingError['kind'], field: string, code: string, said: Text): OnderaannemingError {
    return new OnderaannemingError(kind, [{ field, code, text: said }]);
  }
}

/** A BSN shown to someone who may know of the client but need not read the number: ******123 (as the rules' texts name it). */
export { maskedBsn as maskBsn } from '@lib/rules';
