import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { isText, saying, text, type Text } from '@lib/i18n';
import { listed } from '@lib/rules';

/** class-validator carries a constraint's message as a string: a catalogue text travels in it marked so. */
const MARK = '\u0000text:';

/** A DTO constraint's message as a catalogue text, said in the request's language when the body is refused. */
export const fieldText = (said: Text): string => MARK + JSON.stringify(said);

function textOfMessage(message: string): Text | undefined {
  if (!message.startsWith(MARK)) return undefined;
  const said: unknown = JSON.parse(message.slice(MARK.length));
  return isText(said) ? said : undefined;
}

/**
 * class-validator's own message of a constraint that has none of ours, as a catalogue text where its
 * kind is known (the numbers and allowed values read from the message); otherwise as class-validator says it.
 */
function ownText(constraint: string, field: string, message: string): Text | string {
  const number = Number(/(\d+)/.exec(message)?.[1] ?? Number.NaN);
  switch (constraint) {
    case 'whitelistValidation': return text('api.field.unknown', { field });
    case 'isString': return text('api.field.text', { field });
    case 'isBoolean': return text('api.field.boolean', { field });
    case 'isArray': return text('api.field.list', { field });
    case 'isInt': return text('api.field.whole-number', { field });
    case 'isNotEmpty': return text('api.field.not-empty', { field });
    case 'maxLength': return Number.isFinite(number) ? text('api.field.max-length', { field, max: number }) : message;
    case 'minLength': return Number.isFinite(number) ? text('api.field.min-length', { field, min: number }) : message;
    default: return message;
  }
}

/** Every failed constraint of the body, nested fields named by their path (producten.0.code). */
function problemsOf(errors: readonly ValidationError[], parent?: string): Array<Text | string> {
  return errors.flatMap((error) => {
    const path = parent === undefined ? error.property : `${parent}.${error.property}`;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]): Text | string => {
      const problem = textOfMessage(message) ?? ownText(constraint, error.property, message);
      return parent === undefined ? problem : text('api.field.nested', { path: parent, problem });
    });
    return [...own, ...problemsOf(error.children ?? [], path)];
  });
}

/**
 * The validation of JSON bodies and query parameters: unknown fields refused, values transformed,
 * and a refusal (400) that names every problem in the request's language (ProblemFilter says it).
 */
export const fieldValidation = (): ValidationPipe =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => saying((m) => new BadRequestException(m), text('api.field.problems', { problems: listed(problemsOf(errors), '; ') })),
  });
