import { ConflictException, ForbiddenException, HttpException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { saying } from '@lib/i18n';
import { OnderaannemingError } from '@lib/funding';

/**
 * A domain refusal as the HttpException ProblemFilter answers: 422, 404, 409 or 403, the detail naming
 * every field and fix, said in the request's language (its message, for the audit trail, in Dutch).
 */
export function toHttp(error: unknown): unknown {
  if (!(error instanceof OnderaannemingError)) return error;
  const Exception: new (message: string) => HttpException = {
    invalid: UnprocessableEntityException,
    'not-found': NotFoundException,
    conflict: ConflictException,
    forbidden: ForbiddenException,
  }[error.kind];
  return saying((message) => new Exception(message), error.text);
}

/** Runs a domain call, answering its refusals as HTTP. */
export async function http<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toHttp(error);
  }
}
