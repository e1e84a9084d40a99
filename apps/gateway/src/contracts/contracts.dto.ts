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
      defaultMessage: (args) => `${args?.property} must be a date as YYYY-MM-DD that exists, e.g. 2026-04-01 (got ${JSON.stringify(args?.value)})`,
    },
  });
}

const GEMEENTE = /^\d{4}$/;
const AGB = /^\d{8}$/;

/** Every change says why; the reason is kept with the version. */
abstract class WithReason {
  @ApiProperty({ description: 'why this version is made; shown in the version list', example: 'tariefverhoging 2026 met terugwerkende kracht' })
  @trim()
  @IsString({ message: 'reason must be text' })
  @MinLength(1, { message: 'reason must say why this version is made, e.g. "tariefverhoging 2026"' })
  @MaxLength(500, { message: 'reason must be at most 500 characters' })
  reason!: string;

  @ApiPropertyOptional({ description: 'who made the change (a name); stored with the version as "admin: <author>"', example: 'j.jansen' })
  @IsOptional()
  @trim()
  @IsString({ message: 'author must be text' })
  @MaxLength(100, { message: 'author must be at most 100 characters' })
  author?: string;
}

export class ReplaceRegisterDto extends WithReason {
  @ApiProperty({ description: 'the whole register (format: docs/contracts.md)', type: 'object', additionalProperties: true })
  @IsObject({ message: 'document must be the register as a JSON object (format: docs/contracts.md)' })
  document!: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'the version this document was made from; refused (409) when another version came after it' })
  @IsOptional()
  @IsInt({ message: 'basedOn must be a version number' })
  @Min(1, { message: 'basedOn must be a version number' })
  basedOn?: number;
}

export class SetTariefDto extends WithReason {
  @ApiProperty({ example: '02A01' })
  @Matches(/^[A-Za-z0-9]{1,5}$/, { message: 'productCode must be a ProductCode of 1 to 5 letters and digits, e.g. 02A01' })
  productCode!: string;

  @ApiProperty({ description: 'first day of the tarief; may lie in the past (retroactive)', example: '2026-04-01' })
  @IsCalendarDate()
  vanaf!: string;

  @ApiProperty({ description: 'all-in tarief in eurocents per calendar month', example: 41200 })
  @IsInt({ message: 'tariefPerMaand must be a whole number of eurocents, e.g. 41200 for EUR 412.00' })
  @Min(1, { message: 'tariefPerMaand must be above 0' })
  tariefPerMaand!: number;

  @ApiPropertyOptional({ description: 'only these gemeenten (CBS codes); default: every gemeente that uses the code', example: ['0503'] })
  @IsOptional()
  @IsArray({ message: 'gemeenten must be a list of CBS gemeentecodes' })
  @ArrayMinSize(1, { message: 'gemeenten must name at least one gemeente, or be left out for all' })
  @Matches(GEMEENTE, { each: true, message: 'gemeenten must be 4-digit CBS gemeentecodes, e.g. 0503' })
  gemeenten?: string[];
}

export class AddContractDto extends WithReason {
  @ApiProperty({ example: '12345678' })
  @Matches(AGB, { message: 'aanbieder must be the 8-digit AGB-code' })
  aanbieder!: string;

  @ApiPropertyOptional({ description: "the aanbieder's name; default: the name its other contracts give", example: 'Demo Thuiszorg' })
  @IsOptional()
  @trim()
  @IsString({ message: 'naam must be text' })
  @MinLength(1, { message: 'naam must not be empty' })
  naam?: string;

  @ApiProperty({ example: ['0503', '1783'] })
  @IsArray({ message: 'gemeenten must be a list of CBS gemeentecodes' })
  @ArrayMinSize(1, { message: 'gemeenten must name at least one gemeente' })
  @Matches(GEMEENTE, { each: true, message: 'gemeenten must be 4-digit CBS gemeentecodes, e.g. 0503' })
  gemeenten!: string[];

  @ApiProperty({ description: 'resultaatgebied codes', example: ['DAG'] })
  @IsArray({ message: 'percelen must be a list of resultaatgebied codes' })
  @ArrayMinSize(1, { message: 'percelen must name at least one resultaatgebied, e.g. DAG' })
  @IsString({ each: true, message: 'percelen must be resultaatgebied codes, e.g. DAG' })
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
  @Matches(AGB, { message: 'aanbieder must be the 8-digit AGB-code' })
  aanbieder!: string;

  @ApiProperty({ description: 'the last day of the contract', example: '2026-12-31' })
  @IsCalendarDate()
  totEnMet!: string;

  @ApiPropertyOptional({ description: 'only in these gemeenten; default: all', example: ['1783'] })
  @IsOptional()
  @IsArray({ message: 'gemeenten must be a list of CBS gemeentecodes' })
  @ArrayMinSize(1, { message: 'gemeenten must name at least one gemeente, or be left out for all' })
  @Matches(GEMEENTE, { each: true, message: 'gemeenten must be 4-digit CBS gemeentecodes, e.g. 0503' })
  gemeenten?: string[];

  @ApiPropertyOptional({ description: 'only these percelen; default: all', example: ['GEZ'] })
  @IsOptional()
  @IsArray({ message: 'percelen must be a list of resultaatgebied codes' })
  @ArrayMinSize(1, { message: 'percelen must name at least one resultaatgebied, or be left out for all' })
  @IsString({ each: true, message: 'percelen must be resultaatgebied codes, e.g. DAG' })
  percelen?: string[];
}

export class SetBeleidDto extends WithReason {
  @ApiProperty({ enum: PRORATIES, description: 'kalenderdagen: tarief x days delivered / days in the month; volle-maand: the whole tarief for any month with a day delivered' })
  @IsIn(PRORATIES, { message: `proratie must be one of ${PRORATIES.join(', ')}` })
  proratie!: Proratie;
}

const toInt = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value));

export class DiffQuery {
  @ApiPropertyOptional({ description: 'default: the version before `to`' })
  @IsOptional()
  @toInt()
  @IsInt({ message: 'from must be a version number' })
  @Min(1, { message: 'from must be a version number' })
  from?: number;

  @ApiPropertyOptional({ description: 'default: the latest version' })
  @IsOptional()
  @toInt()
  @IsInt({ message: 'to must be a version number' })
  @Min(1, { message: 'to must be a version number' })
  to?: number;
}

export class TarievenQuery {
  @ApiPropertyOptional({ description: 'CBS gemeentecode; default: a gemeente its own, an aanbieder every gemeente it is contracted in', example: '0503' })
  @IsOptional()
  @Matches(GEMEENTE, { message: 'gemeente must be a 4-digit CBS gemeentecode, e.g. 0503' })
  gemeente?: string;

  @ApiPropertyOptional({ description: 'only the codes valid on this day, each with its tarief then', example: '2026-04-01' })
  @IsOptional()
  @IsCalendarDate()
  datum?: string;
}

export class VersionParam {
  @ApiProperty({ type: 'integer', minimum: 1, example: 3 })
  @Type(() => Number)
  @IsInt({ message: 'version must be a version number' })
  @Min(1, { message: 'version must be a version number' })
  version!: number;
}
