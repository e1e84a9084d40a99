/** Domain errors of the declaratie builder: each names the rule or field and the fix, as a catalogue text. */
import { text, type Text } from '@lib/i18n';
import { SaidError } from '../said-error';

/** A build that cannot be made as asked (HTTP 422). */
export class BuildRefused extends SaidError {
  override name = 'BuildRefused';
  constructor(
    readonly code: 'INVALID_PERIODE' | 'ALREADY_DECLARED' | 'MONTH_SKIPPED' | 'GEMEENTE_NOT_IN_REGISTER' | 'NOTHING_TO_DECLARE' | 'DECLARATIE_REJECTED_BY_RULES' | 'TOO_LARGE',
    said: Text,
  ) {
    super(said);
  }
}

/** No build with this id for this aanbieder (HTTP 404). */
export class BuildNotFound extends SaidError {
  override name = 'BuildNotFound';
  constructor(readonly id: string) {
    super(text('funding.build.not-found', { id }));
  }
}
