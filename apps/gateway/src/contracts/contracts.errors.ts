import { ArgumentsHost, Catch, ExceptionFilter, ForbiddenException, HttpException, HttpStatus, NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { render, text as say, type Said, type Text } from '@lib/i18n';
import { ContractChangeRefused, ContractRegisterRejected, ContractVersionConflict, ContractVersionNotFound } from '@lib/funding';
import { requestLang } from '../request-lang';

/**
 * A refusal of the contract register API as a problem (RFC 9457) that lists every problem:
 * `detail` says it in one text (each problem on a line of its own), `problems` as a list, both
 * catalogue texts said in the request's language. It is an HttpException whose message is the
 * Dutch detail, so the admin audit log records it as refused with the detail as reason.
 */
export class ContractsProblem extends HttpException implements Said {
  constructor(
    status: number,
    readonly code: string,
    readonly title: Text,
    readonly text: Text,
    readonly problems: readonly Text[] = [],
  ) {
    super(render(text), status);
    this.name = 'ContractsProblem';
  }
}

/** The store's domain errors as problems; anything else is left to the global ProblemFilter. */
export function asProblem(error: unknown): unknown {
  if (error instanceof ContractRegisterRejected) return new ContractsProblem(HttpStatus.BAD_REQUEST, 'CONTRACT_REGISTER_INVALID', say('funding.contracts.title.invalid'), error.text, error.problems);
  if (error instanceof ContractChangeRefused) return new ContractsProblem(HttpStatus.BAD_REQUEST, 'CONTRACT_CHANGE_REFUSED', say('funding.contracts.title.refused'), error.text, error.problems);
  if (error instanceof ContractVersionNotFound) return new ContractsProblem(HttpStatus.NOT_FOUND, 'NOT_FOUND', say('api.title.not-found'), error.text);
  if (error instanceof ContractVersionConflict) return new ContractsProblem(HttpStatus.CONFLICT, 'CONTRACT_VERSION_CONFLICT', say('api.title.conflict'), error.text);
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

/** Writes ContractsProblem as application/problem+json with its `problems` list, in the request's language. */
@Catch(ContractsProblem)
export class ContractsProblemFilter implements ExceptionFilter {
  catch(problem: ContractsProblem, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const lang = requestLang(host.switchToHttp().getRequest<Request>());
    res
      .status(problem.getStatus())
      .type('application/problem+json')
      .json({
        status: problem.getStatus(), code: problem.code, title: render(problem.title, lang), detail: render(problem.text, lang),
        ...(problem.problems.length > 0 && { problems: problem.problems.map((p) => render(p, lang)) }),
      });
  }
}
