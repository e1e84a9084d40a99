import { text } from '@lib/i18n';
import { fieldText } from '../field-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

const trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class DelegatedProductDto {
  @ApiProperty({ example: '02', description: 'ProductCategorie (2 digits); alone it delegates the whole category' })
  @trim()
  @IsString()
  categorie!: string;

  @ApiPropertyOptional({ example: '02A03', description: 'ProductCode (5 characters) within the category' })
  @trim()
  @IsOptional()
  @IsString()
  code?: string;
}

export class CreateRelatieDto {
  @ApiProperty({ example: '12345678', description: 'AGB-code of the hoofdaannemer (known to the gemeente)' })
  @trim()
  @IsString()
  hoofdaannemer!: string;

  @ApiProperty({ example: '87654321', description: 'AGB-code of the onderaannemer (not known to the gemeente)' })
  @trim()
  @IsString()
  onderaannemer!: string;

  @ApiProperty({ example: '0503', description: 'CBS code of the gemeente' })
  @trim()
  @IsString()
  gemeente!: string;

  @ApiProperty({ type: [DelegatedProductDto] })
  @IsArray()
  @ArrayMinSize(1, { message: fieldText(text('api.field.producten-one', { field: 'producten' })) })
  @ValidateNested({ each: true })
  @Type(() => DelegatedProductDto)
  producten!: DelegatedProductDto[];

  @ApiProperty({ example: '2026-01-01' })
  @trim()
  @Matches(DATE, { message: fieldText(text('api.field.date-form', { field: 'vanaf' })) })
  vanaf!: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'last day (inclusive); leave out for an open end' })
  @trim()
  @IsOptional()
  @Matches(DATE, { message: fieldText(text('api.field.date-form', { field: 'totEnMet' })) })
  totEnMet?: string;

  @ApiPropertyOptional({ description: 'the hoofdaannemer approves each opgave before it is merged (default false)' })
  @IsOptional()
  @IsBoolean()
  goedkeuring?: boolean;
}

export class EndRelatieDto {
  @ApiProperty({ example: '2026-06-30', description: 'the last day the relation holds' })
  @trim()
  @Matches(DATE, { message: fieldText(text('api.field.date-form', { field: 'totEnMet' })) })
  totEnMet!: string;
}

export class GoedkeuringDto {
  @ApiProperty({ description: 'true: you approve each opgave of this onderaannemer before it is merged; false: they go straight in' })
  @IsBoolean()
  goedkeuring!: boolean;
}

export class OpgaveDto {
  @ApiProperty({ example: '12345678', description: 'AGB-code of your hoofdaannemer' })
  @trim()
  @IsString()
  hoofdaannemer!: string;

  @ApiProperty({ example: '0503' })
  @trim()
  @IsString()
  gemeente!: string;

  @ApiProperty({ example: '100001', description: 'the ToewijzingNummer from your notification' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : value))
  @IsString()
  toewijzingNummer!: string;

  @ApiProperty({ enum: ['start', 'stop', 'prestatie'] })
  @IsIn(['start', 'stop', 'prestatie'], { message: fieldText(text('api.field.one-of', { field: 'soort', allowed: 'start, stop, prestatie' })) })
  soort!: 'start' | 'stop' | 'prestatie';

  @ApiPropertyOptional({ example: '2026-03-01', description: 'start: Begindatum; stop: Begindatum of the start; prestatie: first day delivered' })
  @trim()
  @IsOptional()
  @IsString()
  begindatum?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'stop: Einddatum; prestatie: last day delivered' })
  @trim()
  @IsOptional()
  @IsString()
  einddatum?: string;

  @ApiPropertyOptional({ example: '02', description: 'stop: RedenBeeindiging (WMO588)' })
  @trim()
  @IsOptional()
  @IsString()
  redenBeeindiging?: string;

  @ApiPropertyOptional({ example: '2026-03', description: 'prestatie: the month, YYYY-MM' })
  @trim()
  @IsOptional()
  @IsString()
  periode?: string;
}

export class AfwijzenDto {
  @ApiProperty({ description: 'why: the onderaannemer sees it and corrects the opgave' })
  @trim()
  @IsString()
  @MaxLength(500)
  reden!: string;
}

export class BuildBerichtenDto {
  @ApiPropertyOptional({ example: '0503', description: 'only this gemeente (default: all)' })
  @trim()
  @IsOptional()
  @IsString()
  gemeente?: string;

  @ApiPropertyOptional({ description: 'also submit each built message through the gateway on your behalf (as POST /v1/berichten would)' })
  @IsOptional()
  @IsBoolean()
  indienen?: boolean;
}
