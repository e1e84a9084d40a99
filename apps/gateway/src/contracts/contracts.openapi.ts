import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { render } from '@lib/i18n';
import { PRORATIES } from '@lib/rules';
import { ILLUSTRATIVE_NOTICE } from './register-view';

/**
 * The shapes of the contract register's answers for the OpenAPI document: what register-view.ts,
 * read-tarieven.usecase.ts and manage-contracts.usecase.ts return. The code stays the source; these only describe it.
 */

const NOTICE = { example: render(ILLUSTRATIVE_NOTICE), description: "only when the register is illustrative (example data); in the request's language (Accept-Language, Dutch by default)" };

export class VersionViewDto {
  @ApiProperty({ example: 3 }) version!: number;
  @ApiProperty({ description: 'example data for development, tests and demos, not the contract of the H4 gemeenten' }) illustrative!: boolean;
  @ApiProperty({ description: 'SHA-256 (hex) of the stored document text', example: '5f2c…' }) checksum!: string;
  @ApiProperty({ example: 'tariefverhoging 2026 met terugwerkende kracht' }) reason!: string;
  @ApiProperty({ example: 'admin: j.jansen' }) createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: Number, nullable: true, example: 2, description: 'the version it was made from' }) basedOn!: number | null;
}

export class VersionWithDocumentDto extends VersionViewDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the register document as stored (format: docs/contracts.md)' })
  document!: Record<string, unknown>;
}

export class DeclaratieBeleidDto {
  @ApiProperty({ enum: PRORATIES }) proratie!: string;
}

export class RegisterGemeenteDto {
  @ApiProperty({ example: '0503' }) code!: string;
  @ApiProperty({ example: 'Delft' }) naam!: string;
  @ApiProperty({ type: DeclaratieBeleidDto }) declaratiebeleid!: DeclaratieBeleidDto;
}

export class ResultaatgebiedDto {
  @ApiProperty({ example: 'DAG' }) code!: string;
  @ApiProperty({ example: 'Daginvulling' }) naam!: string;
  @ApiProperty({ example: '02', description: 'the ProductCategorie of its product codes' }) productCategorie!: string;
}

export class TariefDto {
  @ApiProperty({ format: 'date', example: '2026-01-01' }) vanaf!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the day before the next tarief, the code\'s last day, or null (open)' }) totEnMet!: string | null;
  @ApiProperty({ example: 31200, description: 'eurocents per calendar month' }) tariefPerMaand!: number;
}

export class ProductViewDto {
  @ApiProperty({ example: '01A01' }) productCode!: string;
  @ApiProperty({ example: '01' }) productCategorie!: string;
  @ApiProperty({ example: 'ORH', description: 'the resultaatgebied (perceel) code' }) resultaatgebied!: string;
  @ApiProperty({ example: 1 }) trede!: number;
  @ApiProperty({ type: String, nullable: true, example: 'ORH trede 1' }) omschrijving!: string | null;
  @ApiProperty({ format: 'date', example: '2026-01-01' }) geldigVanaf!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) geldigTotEnMet!: string | null;
  @ApiProperty({ type: [TariefDto] }) tarieven!: TariefDto[];
  @ApiPropertyOptional({ example: 31200, description: 'with ?datum: the tarief on that day' }) tariefOpDatum?: number;
}

export class RegisterProductDto extends ProductViewDto {
  @ApiProperty({ example: '0503' }) gemeente!: string;
}

/** A contract within one gemeente (the gemeente is the enclosing one). */
export class GemeenteContractDto {
  @ApiProperty({ example: '12345678', description: 'AGB-code' }) aanbieder!: string;
  @ApiProperty({ example: 'Demo Thuiszorg' }) naam!: string;
  @ApiProperty({ example: 'ORH', description: 'a resultaatgebied code' }) perceel!: string;
  @ApiProperty({ format: 'date', example: '2026-01-01' }) vanaf!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the last day; null: open' }) totEnMet!: string | null;
}

export class ContractDto extends GemeenteContractDto {
  @ApiProperty({ example: '0503' }) gemeente!: string;
}

export class RegisterViewDto extends VersionViewDto {
  @ApiPropertyOptional(NOTICE) notice?: string;
  @ApiProperty({ type: [RegisterGemeenteDto] }) gemeenten!: RegisterGemeenteDto[];
  @ApiProperty({ type: [ResultaatgebiedDto] }) resultaatgebieden!: ResultaatgebiedDto[];
  @ApiProperty({ type: [RegisterProductDto] }) producten!: RegisterProductDto[];
  @ApiProperty({ type: [ContractDto] }) contracten!: ContractDto[];
}

export class ContractChangeDto {
  @ApiProperty({ enum: ['illustrative', 'gemeente', 'resultaatgebied', 'product', 'tarief', 'contract', 'declaratiebeleid'] }) kind!: string;
  @ApiProperty({ example: 'Tarief van 02A02 vanaf 2026-09-01: € 378,00 -> € 390,00 in Delft (0503).', description: "one sentence in the request's language (Accept-Language, Dutch by default)" }) text!: string;
}

export class ContractDiffDto {
  @ApiProperty({ example: 2 }) from!: number;
  @ApiProperty({ example: 3 }) to!: number;
  @ApiProperty({ type: [ContractChangeDto] }) changes!: ContractChangeDto[];
}

export class ChangeViewDto {
  @ApiProperty({ type: VersionViewDto, description: 'the new version, or the latest when nothing changed' }) version!: VersionViewDto;
  @ApiProperty({ description: 'false: the change made no difference, no version was added' }) saved!: boolean;
  @ApiProperty({ type: [ContractChangeDto] }) changes!: ContractChangeDto[];
  @ApiPropertyOptional(NOTICE) notice?: string;
}

export class GemeenteTarievenDto {
  @ApiProperty({ example: '0503' }) gemeente!: string;
  @ApiProperty({ example: 'Delft' }) naam!: string;
  @ApiProperty({ type: DeclaratieBeleidDto }) declaratiebeleid!: DeclaratieBeleidDto;
  @ApiProperty({ type: [ProductViewDto], description: 'an aanbieder: the codes of the percelen it is contracted for; a gemeente: all its codes' }) producten!: ProductViewDto[];
  @ApiProperty({ type: [GemeenteContractDto], description: 'an aanbieder: its own contracts in the gemeente; a gemeente: every contract in it' }) contracten!: GemeenteContractDto[];
}

export class TarievenViewDto {
  @ApiProperty({ example: 3, description: 'the register version in use' }) version!: number;
  @ApiProperty() illustrative!: boolean;
  @ApiPropertyOptional(NOTICE) notice?: string;
  @ApiProperty({ type: [GemeenteTarievenDto] }) gemeenten!: GemeenteTarievenDto[];
}
