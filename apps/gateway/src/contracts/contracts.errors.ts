import { ArgumentsHost, Catch, ExceptionFilter, ForbiddenException, HttpException, HttpStatus, NotFoundException } from '@nestjs/common';
import type { Response } from 'express';
import { render, text as say, type Said, type Text } from '@lib/i18n';
import { ContractChangeRefused, ContractRegisterRejected, ContractVersionConflict, ContractVersionNotFound } from '@lib/funding';

/**
 * A refusal of the contract register API as a problem (RFC 9457) that lists every problem:
 * `detail` says it in one text (each problem on a line of its own), `problems` as a list.
 * It is an HttpException, so the admin audit log records it as refused with the detail as reason.
 */
export class ContractsProblem extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly problems: readonly string[] = [],
  ) {
    super(detail, status);
    this.name = 'ContractsProblem';
  }
}

/** The store's domain errors as problems; anything else is left to the global ProblemFilter. */
export function asProblem(error: unknown): unknown {
  if (error instanceof ContractRegisterRejected) return new ContractsProblem(HttpStatus.BAD_REQUEST, 'CONTRACT_REGISTER_INVALID', 'Invalid contract register', error.message, error.problems);
  if (error instanceof ContractChangeRefused) return new ContractsProblem(HttpStatus.BAD_REQUEST, 'CONTRACT_CHANGE_REFUSED', 'Change not possible', error.message, error.problems);
  if (error instanceof ContractVersionNotFound) return new ContractsProblem(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Not found', error.message);
  if (error instanceof ContractVersionConflict) return new ContractsProblem(HttpStatus.CONFLICT, 'CONTRACT_VERSION_CONFLICT', 'Conflict', error.message);
  return error;
}

/** Runs a store call and answers its domain errors as problems. */
export async function answering<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw asProblem(error);
  }
}

export class GemeenteNotInRegister extends NotFoundException implements Said {
  constructor(gemeente: string, known: readonly string[], readonly text: Text = say('api.contracts.gemeente-not-in-register', { gemeente, known: known.join(', ') })) {
    super(render(text));
    this.name = 'GemeenteNotInRegister';
  }
}

export class OtherGemeente extends ForbiddenException implements Said {
  constructor(own: string, asked: string, readonly text: Text = say('api.contracts.other-gemeente', { own, asked })) {
    super(render(text));
    this.name = 'OtherGemeente';
  }
}

/** Writes ContractsProblem as application/problem+json with its `problems` list. */
@Catch(ContractsProblem)
export class ContractsProblemFilter implements ExceptionFilter {
  catch(problem: ContractsProblem, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    res
      .status(problem.getStatus())
      .type('application/problem+json')
      .json({ status: problem.getStatus(), code: problem.code, title: problem.title, detail: problem.message, ...(problem.problems.length > 0 && { problems: problem.problems }) });
  }
}
