import { text } from '@lib/i18n';
import { fieldText } from '../field-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateBy, ValidateIf,
} from 'class-validator';
import { PRORATIES, type Proratie } from '@lib/rules';

const trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

const isCalendarDate = (value: unknown): boolean => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
};

/** A day as YYYY-MM-DD that exists (no 2026-02-30). */
function IsCalendarDate() {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: isCalendarDate,
      defaultMessage: (args) => fieldText(text('api.field.date', { field: args?.property ?? '', value: JSON.stringify(args?.value) ?? '?' })),
    },
  });
}

const GEMEENTE = /^\d{4}$/;
const AGB = /^\d{8}$/;

/** Every change says why; the reason is kept with the version. */
abstract class WithReason {
  @ApiProperty({ description: 'why this version is made; shown in the version list', example: 'tariefverhoging 2026 met terugwerkende kracht' })
  @trim()
  @IsString({ message: fieldText(text('api.field.text', { field: 'reason' })) })
  @MinLength(1, { message: fieldText(text('api.field.reason', { field: 'reason' })) })
  @MaxLength(500, { message: fieldText(text('api.field.max-length', { field: 'reason', max: 500 })) })
  reason!: string;

  @ApiPropertyOptional({ description: 'who made the change (a name); stored with the version as "admin: <author>"', example: 'j.jansen' })
  @IsOptional()
  @trim()
  @IsString({ message: fieldText(text('api.field.text', { field: 'author' })) })
  @MaxLength(100, { message: fieldText(text('api.field.max-length', { field: 'author', max: 100 })) })
  author?: string;
}

export class ReplaceRegisterDto extends WithReason {
  @ApiProperty({ description: 'the whole register (format: docs/contracts.md)', type: 'object', additionalProperties: true })
  @IsObject({ message: fieldText(text('api.field.document', { field: 'document' })) })
  document!: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'the version this document was made from; refused (409) when another version came after it' })
  @IsOptional()
  @IsInt({ message: fieldText(text('api.field.version', { field: 'basedOn' })) })
  @Min(1, { message: fieldText(text('api.field.version', { field: 'basedOn' })) })
  basedOn?: number;
}

export class SetTariefDto extends WithReason {
  @ApiProperty({ example: '02A01' })
  @Matches(/^[A-Za-z0-9]{1,5}$/, { message: fieldText(text('api.field.product-code', { field: 'productCode' })) })
  productCode!: string;

  @ApiProperty({ description: 'first day of the tarief; may lie in the past (retroactive)', example: '2026-04-01' })
  @IsCalendarDate()
  vanaf!: string;

  @ApiProperty({ description: 'all-in tarief in eurocents per calendar month', example: 41200 })
  @IsInt({ message: fieldText(text('api.field.tarief-cents', { field: 'tariefPerMaand' })) })
  @Min(1, { message: fieldText(text('api.field.tarief-positive', { field: 'tariefPerMaand' })) })
  tariefPerMaand!: number;

  @ApiPropertyOptional({ description: 'only these gemeenten (CBS codes); default: every gemeente that uses the code', example: ['0503'] })
  @IsOptional()
  @IsArray({ message: fieldText(text('api.field.gemeenten-list', { field: 'gemeenten' })) })
  @ArrayMinSize(1, { message: fieldText(text('api.field.gemeenten-one-or-all', { field: 'gemeenten' })) })
  @Matches(GEMEENTE, { each: true, message: fieldText(text('api.field.gemeenten-items', { field: 'gemeenten' })) })
  gemeenten?: string[];
}

export class AddContractDto extends WithReason {
  @ApiProperty({ example: '12345678' })
  @Matches(AGB, { message: fieldText(text('api.field.agb', { field: 'aanbieder' })) })
  aanbieder!: string;

  @ApiPropertyOptional({ description: "the aanbieder's name; default: the name its other contracts give", example: 'Demo Thuiszorg' })
  @IsOptional()
  @trim()
  @IsString({ message: fieldText(text('api.field.text', { field: 'naam' })) })
  @MinLength(1, { message: fieldText(text('api.field.not-empty', { field: 'naam' })) })
  naam?: string;

  @ApiProperty({ example: ['0503', '1783'] })
  @IsArray({ message: fieldText(text('api.field.gemeenten-list', { field: 'gemeenten' })) })
  @ArrayMinSize(1, { message: fieldText(text('api.field.gemeenten-one', { field: 'gemeenten' })) })
  @Matches(GEMEENTE, { each: true, message: fieldText(text('api.field.gemeenten-items', { field: 'gemeenten' })) })
  gemeenten!: string[];

  @ApiProperty({ description: 'resultaatgebied codes', example: ['DAG'] })
  @IsArray({ message: fieldText(text('api.field.percelen-list', { field: 'percelen' })) })
  @ArrayMinSize(1, { message: fieldText(text('api.field.percelen-one', { field: 'percelen' })) })
  @IsString({ each: true, message: fieldText(text('api.field.percelen-items', { field: 'percelen' })) })
  percelen!: string[];

  @ApiProperty({ example: '2026-01-01' })
  @IsCalendarDate()
  vanaf!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'last day; leave out (or null) for an open contract', example: '2026-12-31' })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsCalendarDate()
  totEnMet?: string | null;
}

export class EndContractDto extends WithReason {
  @ApiProperty({ example: '12345678' })
  @Matches(AGB, { message: fieldText(text('api.field.agb', { field: 'aanbieder' })) })
  aanbieder!: string;

  @ApiProperty({ description: 'the last day of the contract', example: '2026-12-31' })
  @IsCalendarDate()
  totEnMet!: string;

  @ApiPropertyOptional({ description: 'only in these gemeenten; default: all', example: ['1783'] })
  @IsOptional()
  @IsArray({ message: fieldText(text('api.field.gemeenten-list', { field: 'gemeenten' })) })
  @ArrayMinSize(1, { message: fieldText(text('api.field.gemeenten-one-or-all', { field: 'gemeenten' })) })
  @Matches(GEMEENTE, { each: true, message: fieldText(text('api.field.gemeenten-items', { field: 'gemeenten' })) })
  gemeenten?: string[];

  @ApiPropertyOptional({ description: 'only these percelen; default: all', example: ['GEZ'] })
  @IsOptional()
  @IsArray({ message: fieldText(text('api.field.percelen-list', { field: 'percelen' })) })
  @ArrayMinSize(1, { message: fieldText(text('api.field.percelen-one-or-all', { field: 'percelen' })) })
  @IsString({ each: true, message: fieldText(text('api.field.percelen-items', { field: 'percelen' })) })
  percelen?: string[];
}

export class SetBeleidDto extends WithReason {
  @ApiProperty({ enum: PRORATIES, description: 'kalenderdagen: tarief x days delivered / days in the month; volle-maand: the whole tarief for any month with a day delivered' })
  @IsIn(PRORATIES, { message: fieldText(text('api.field.one-of', { field: 'proratie', allowed: PRORATIES.join(', ') })) })
  proratie!: Proratie;
}

const toInt = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value));

export class DiffQuery {
  @ApiPropertyOptional({ description: 'default: the version before `to`' })
  @IsOptional()
  @toInt()
  @IsInt({ message: fieldText(text('api.field.version', { field: 'from' })) })
  @Min(1, { message: fieldText(text('api.field.version', { field: 'from' })) })
  from?: number;

  @ApiPropertyOptional({ description: 'default: the latest version' })
  @IsOptional()
  @toInt()
  @IsInt({ message: fieldText(text('api.field.version', { field: 'to' })) })
  @Min(1, { message: fieldText(text('api.field.version', { field: 'to' })) })
  to?: number;
}

export class TarievenQuery {
  @ApiPropertyOptional({ description: 'CBS gemeentecode; default: a gemeente its own, an aanbieder every gemeente it is contracted in', example: '0503' })
  @IsOptional()
  @Matches(GEMEENTE, { message: fieldText(text('api.field.cbs', { field: 'gemeente' })) })
  gemeente?: string;

  @ApiPropertyOptional({ description: 'only the codes valid on this day, each with its tarief then', example: '2026-04-01' })
  @IsOptional()
  @IsCalendarDate()
  datum?: string;
}

export class VersionParam {
  @ApiProperty({ type: 'integer', minimum: 1, example: 3 })
  @Type(() => Number)
  @IsInt({ message: fieldText(text('api.field.version', { field: 'version' })) })
  @Min(1, { message: fieldText(text('api.field.version', { field: 'version' })) })
  version!: number;
}
