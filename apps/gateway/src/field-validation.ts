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

/** Every failed constraint of the body, nested fields named by their path (producten.0.code). */
function problemsOf(errors: readonly ValidationError[], parent?: string): Array<Text | string> {
  return errors.flatMap((error) => {
    const path = parent === undefined ? error.property : `${parent}.${error.property}`;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]): Text | string => {
      const problem = textOfMessage(message) ?? (constraint === 'whitelistValidation' ? text('api.field.unknown', { field: error.property }) : message);
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
