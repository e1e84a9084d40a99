import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, Matches } from 'class-validator';

/** POST /v1/declaraties/build */
export class BuildDeclaratieDto {
  @ApiProperty({ example: '0503', description: 'CBS code of the gemeente (the Ontvanger)' })
  @Matches(/^\d{4}$/, { message: 'gemeente must be the 4-digit CBS gemeentecode, e.g. 0503 for Delft' })
  gemeente!: string;

  @ApiProperty({ example: '2026-04', description: 'the calendar month to declare, YYYY-MM' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'periode must be a calendar month as YYYY-MM, e.g. 2026-04' })
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
