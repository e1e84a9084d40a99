import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SubmitResultDto } from '../berichten/berichten.openapi';

/**
 * The shapes of the declaratie builder's answers for the OpenAPI document: what BuildDeclaratieUseCase
 * and the builder's summary (libs/funding builder) return. The code stays the source; these only describe it.
 * Bsns in a summary are masked (******019).
 */

const MASKED_BSN = { example: '******019', description: 'masked' } as const;

export class PerSoortDto {
  @ApiProperty({ example: 12 }) nieuw!: number;
  @ApiProperty({ example: 1 }) credit!: number;
  @ApiProperty({ example: 1 }) debet!: number;
  @ApiProperty({ example: 0 }) herindiening!: number;
}

export class TotaalDto {
  @ApiProperty({ example: 374400, description: 'eurocents' }) bedrag!: number;
  @ApiProperty({ enum: ['D', 'C'] }) debetCredit!: string;
}

export class ClientDifferenceDto {
  @ApiProperty(MASKED_BSN) bsn!: string;
  @ApiProperty({ example: 31200 }) nieuw!: number;
  @ApiProperty({ example: 0 }) herindiening!: number;
  @ApiProperty({ example: 0 }) credit!: number;
  @ApiProperty({ example: 0 }) debet!: number;
  @ApiProperty({ example: 31200, description: 'debet + nieuw + herindiening - credit, eurocents' }) verschil!: number;
}

export class WaitingProductDto {
  @ApiProperty(MASKED_BSN) bsn!: string;
  @ApiProperty({ example: '100001' }) toewijzingNummer!: string;
  @ApiProperty({ type: String, nullable: true, example: '02A03' }) productCode!: string | null;
  @ApiProperty({ example: '87654321', description: 'AGB-code of the onderaannemer that has not reported (or been approved) for the month' }) onderaannemer!: string;
}

export class SkippedMonthDto {
  @ApiProperty(MASKED_BSN) bsn!: string;
  @ApiProperty({ example: '100001' }) toewijzingNummer!: string;
  @ApiProperty({ type: String, nullable: true, example: '01A01' }) productCode!: string | null;
  @ApiProperty({ format: 'date', example: '2026-04-01', description: 'the month, YYYY-MM-01' }) maand!: string;
  @ApiProperty({ enum: ['awaiting-antwoord', 'not-in-register', 'no-contract', 'exceeds-omvang', 'withdrawn-not-credited', 'blocked-by-rules', 'deferred-size-limit'] }) reason!: string;
  @ApiProperty({ description: 'why, in words in the request language (Accept-Language, Dutch by default; Bsns masked)' }) detail!: string;
}

export class RejectedDebetDto {
  @ApiProperty({ example: '2026000123' }) referentieNummer!: string;
  @ApiProperty(MASKED_BSN) bsn!: string;
  @ApiProperty({ example: '100001' }) toewijzingNummer!: string;
  @ApiProperty({ example: '2026-03-01/2026-03-31', description: 'PeriodeBegin/PeriodeEind' }) periode!: string;
  @ApiProperty({ example: 31200, description: 'eurocents' }) bedrag!: number;
  @ApiProperty({ type: [String], example: ['0611'] }) retourcodes!: string[];
  @ApiProperty({ enum: ['herindiening', 'declared', 'not-declarable'], description: 'whether this build declares it again' }) outcome!: string;
}

export class BuildSummaryDto {
  @ApiProperty({ example: '12345678' }) aanbieder!: string;
  @ApiProperty({ example: '0503' }) gemeente!: string;
  @ApiProperty({ example: '2026-04' }) periode!: string;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ enum: ['kalenderdagen', 'volle-maand'], description: "the gemeente's declaratiebeleid" }) proratie!: string;
  @ApiProperty({ type: PerSoortDto, description: 'prestaties per soort' }) lines!: PerSoortDto;
  @ApiProperty({ type: PerSoortDto, description: 'eurocents per soort' }) amounts!: PerSoortDto;
  @ApiProperty({ type: TotaalDto }) totaal!: TotaalDto;
  @ApiProperty({ type: [ClientDifferenceDto] }) clients!: ClientDifferenceDto[];
  @ApiProperty({ type: [WaitingProductDto], description: 'delegated products whose onderaannemer has not reported (or been approved) for the month' }) waiting!: WaitingProductDto[];
  @ApiProperty({ type: [SkippedMonthDto], description: 'months of toewijzingen not declared or corrected in this build, and why' }) skipped!: SkippedMonthDto[];
  @ApiProperty({ type: [RejectedDebetDto], description: 'debets the gemeente rejected: their retourcodes, and whether this build declares them again' }) rejected!: RejectedDebetDto[];
}

export class BuildLinksDto {
  @ApiProperty({ example: '/v1/declaraties/builds/17' }) self!: string;
  @ApiProperty({ example: '/v1/declaraties/builds/17/xml' }) xml!: string;
}

export class BuiltDeclaratieDto {
  @ApiProperty({ example: '17' }) id!: string;
  @ApiProperty({ example: 'GD0000000012' }) declaratieNummer!: string;
  @ApiProperty({ example: 'GB0000000012' }) identificatie!: string;
  @ApiProperty({ format: 'date', example: '2026-05-04' }) dagtekening!: string;
  @ApiProperty({ type: BuildLinksDto }) links!: BuildLinksDto;
}

export class BuildResponseDto {
  @ApiProperty({ type: BuildSummaryDto }) summary!: BuildSummaryDto;
  @ApiPropertyOptional({ type: BuiltDeclaratieDto, description: 'the stored build; absent for a dry run' }) build?: BuiltDeclaratieDto;
  @ApiPropertyOptional({ description: 'the WMO323 of the stored build; absent for a dry run' }) xml?: string;
  @ApiPropertyOptional({ type: SubmitResultDto, description: "with submit: the gateway's verdict, as POST /v1/berichten answers it" }) verdict?: SubmitResultDto;
}

export class BuildLineCountDto {
  @ApiProperty({ enum: ['nieuw', 'credit', 'debet', 'herindiening'] }) soort!: string;
  @ApiProperty({ example: 12 }) lines!: number;
  @ApiProperty({ example: 374400, description: 'eurocents' }) bedrag!: number;
}

export class StoredBuildLinksDto {
  @ApiProperty({ example: '/v1/declaraties/builds/17/xml' }) xml!: string;
}

export class StoredBuildDto {
  @ApiProperty({ example: '17' }) id!: string;
  @ApiProperty({ example: '12345678' }) aanbieder!: string;
  @ApiProperty({ example: '0503' }) gemeente!: string;
  @ApiProperty({ example: '2026-04' }) periode!: string;
  @ApiProperty({ example: 'GD0000000012' }) declaratieNummer!: string;
  @ApiProperty({ example: 'GB0000000012' }) identificatie!: string;
  @ApiProperty({ format: 'date', example: '2026-05-04' }) dagtekening!: string;
  @ApiProperty({ example: 374400, description: 'eurocents' }) totaalBedrag!: number;
  @ApiProperty({ enum: ['D', 'C'] }) totaalDc!: string;
  @ApiProperty({ example: '12345678' }) builtBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [BuildLineCountDto] }) lines!: BuildLineCountDto[];
  @ApiProperty({ type: StoredBuildLinksDto }) links!: StoredBuildLinksDto;
}
