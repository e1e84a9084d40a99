import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/**
 * The error body ProblemFilter writes (RFC 9457 problem details) for the OpenAPI document: exactly its four
 * fields. There is no `type` member: RFC 9457 reads its absence as "about:blank", and `code` is what a client acts on.
 */
export class ProblemDto {
  @ApiProperty({ type: 'integer', example: 401, description: 'the HTTP status, repeated' })
  status!: number;
  @ApiProperty({ example: 'HTTP_401', description: 'what a client acts on: HTTP_<status> for a generic refusal, else a named code (RATE_LIMITED, BODY_TOO_LARGE, IB003 (message too large), UNSUPPORTED_MEDIA_TYPE, FORBIDDEN, NOT_FOUND, BODY_PURGED, UNAVAILABLE, ...)' })
  code!: string;
  @ApiProperty({ example: 'Niet aangemeld', description: 'a short name of the kind of refusal, in the language of Accept-Language (Dutch unless English is preferred)' })
  title!: string;
  @ApiProperty({ example: 'Stuur uw API-sleutel als "Authorization: Bearer <sleutel>".', description: 'what is wrong and what to do about it, in the language of Accept-Language (Dutch unless English is preferred)' })
  detail!: string;
}

/** The contract register API's problem: every problem of the change or the register, one per entry. */
export class ContractsProblemDto extends ProblemDto {
  @ApiPropertyOptional({ type: [String], example: ['producten[0].tarieven[1]: vanaf 2026-13-01 is not a date'], description: 'every problem, each with where it is; absent when there is only the detail' })
  problems?: string[];
}

/** The statuses the gateway answers with a problem, and what each means when an endpoint says no more. */
const MEANING = {
  400: 'the request is invalid: a parameter, a field, or a JSON body that does not parse; the detail names what and the fix',
  401: 'no key or token, or one that is not accepted',
  403: 'your party may not do this',
  404: 'not found, or not yours',
  409: 'conflicts with the current state; the detail says which',
  410: 'gone',
  413: 'BODY_TOO_LARGE: the JSON body is larger than 100 KB',
  415: 'the request body is not of a media type this endpoint takes',
  422: 'understood but refused; the detail says why',
  429: 'too many requests this minute (RATE_LIMIT_PER_MINUTE), or too many failed authentications from your address (AUTH_FAILURES_PER_MINUTE); retry after the Retry-After header',
  503: 'the gateway cannot serve this now; retry later',
} as const;

export type ProblemStatus = keyof typeof MEANING;

const problemContent = (type: Type<ProblemDto>) => ({ 'application/problem+json': { schema: { $ref: getSchemaPath(type) } } });

/**
 * One problem answer with its own description (and the contract register's body where it lists problems).
 * Its media type is application/problem+json whatever the endpoint produces otherwise.
 */
export const ApiProblemResponse = (status: ProblemStatus, description: string = MEANING[status], type: Type<ProblemDto> = ProblemDto) =>
  applyDecorators(ApiExtraModels(type), ApiResponse({ status, description, content: problemContent(type) }));

/** Problem answers with their general meaning, on a controller (every endpoint) or one endpoint. */
export const ApiProblemResponses = (...statuses: ProblemStatus[]) => applyDecorators(...statuses.map((status) => ApiProblemResponse(status)));

/** What every endpoint behind ApiKeyGuard can answer: 401 for the key, 429 for the rate limits. */
export const ApiPartyKeyProblems = () => ApiProblemResponses(401, 429);
