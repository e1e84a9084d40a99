import { text } from '@lib/i18n';
import { fieldText } from '../field-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, Matches } from 'class-validator';

/** POST /v1/declaraties/build */
export class BuildDeclaratieDto {
  @ApiProperty({ example: '0503', description: 'CBS code of the gemeente (the Ontvanger)' })
  @Matches(/^\d{4}$/, { message: fieldText(text('api.field.cbs', { field: 'gemeente' })) })
  gemeente!: string;

  @ApiProperty({ example: '2026-04', description: 'the calendar month to declare, YYYY-MM' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: fieldText(text('api.field.month', { field: 'periode' })) })
  periode!: string;

  @ApiPropertyOptional({ description: 'compute and show the difference per client; store and number nothing' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;

  @ApiPropertyOptional({ description: 'submit the built WMO323 at once (as POST /v1/berichten) and return the verdict' })
  @IsOptional()
  @IsBoolean()
  submit?: boolean;
}
