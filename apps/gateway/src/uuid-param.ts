import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';
import { saying, text } from '@lib/i18n';

/** A path parameter that must be a UUID v4; otherwise 400, naming the parameter, in the reader's language. */
export const uuidParam = (name: string): ParseUUIDPipe =>
  new ParseUUIDPipe({ version: '4', exceptionFactory: () => saying((m) => new BadRequestException(m), text('api.uuid-expected', { name })) });
