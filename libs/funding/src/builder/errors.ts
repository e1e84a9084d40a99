/** Domain errors of the declaratie builder: each names the rule or field and the fix. */

/** A build that cannot be made as asked (HTTP 422). */
export class BuildRefused extends Error {
  override name = 'BuildRefused';
  constructor(
    readonly code: 'INVALID_PERIODE' | 'ALREADY_DECLARED' | 'MONTH_SKIPPED' | 'GEMEENTE_NOT_IN_REGISTER' | 'NOTHING_TO_DECLARE' | 'DECLARATIE_REJECTED_BY_RULES' | 'TOO_LARGE',
    message: string,
  ) {
    super(message);
  }
}

/** No build with this id for this aanbieder (HTTP 404). */
export class BuildNotFound extends Error {
  override name = 'BuildNotFound';
  constructor(id: string) {
    super(`No declaratie build ${id} of yours.`);
  }
}
