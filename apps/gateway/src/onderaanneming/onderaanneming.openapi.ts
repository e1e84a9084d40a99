import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DelegatedProductDto } from './onderaanneming.dto';

/**
 * The shapes of the onderaanneming answers for the OpenAPI document: what the use cases and
 * OnderaannemingRepository return. The code stays the source; these only describe it.
 */

const DATE = { format: 'date', example: '2026-03-01' } as const;
const OPTIONAL_DATE = { type: String, format: 'date', nullable: true } as const;

export class RelatieDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '12345678', description: 'AGB-code' }) hoofdaannemer!: string;
  @ApiProperty({ example: '87654321', description: 'AGB-code' }) onderaannemer!: string;
  @ApiProperty({ example: '0503' }) gemeente!: string;
  @ApiProperty({ type: [DelegatedProductDto] }) producten!: DelegatedProductDto[];
  @ApiProperty(DATE) vanaf!: string;
  @ApiProperty({ ...OPTIONAL_DATE, description: 'the last day (inclusive); null: open' }) totEnMet!: string | null;
  @ApiProperty({ description: "the hoofdaannemer approves each opgave before it is merged" }) goedkeuring!: boolean;
  @ApiProperty({ example: 'admin' }) createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class OwnRelatiesDto {
  @ApiProperty({ type: [RelatieDto] }) alsHoofdaannemer!: RelatieDto[];
  @ApiProperty({ type: [RelatieDto] }) alsOnderaannemer!: RelatieDto[];
}

export class MeldingProductDto {
  @ApiProperty({ type: String, nullable: true, example: '02' }) categorie!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '02A03' }) code!: string | null;
}

/** What an onderaannemer is told of a delegated toewijzing: no name, address or date of birth. */
export class MeldingDataDto {
  @ApiProperty({ example: '0503' }) gemeente!: string;
  @ApiProperty({ example: '12345678' }) hoofdaannemer!: string;
  @ApiProperty({ example: '999990019', description: 'the client\'s Bsn (the onderaannemer delivers the care)' }) bsn!: string;
  @ApiProperty({ example: '100001' }) toewijzingNummer!: string;
  @ApiProperty({ type: MeldingProductDto }) product!: MeldingProductDto;
  @ApiProperty(DATE) ingangsdatum!: string;
  @ApiProperty(OPTIONAL_DATE) einddatum!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '01', description: 'RedenWijziging (WJ759) for a changed toewijzing' }) redenWijziging!: string | null;
  @ApiProperty({
    // inline, not a $ref: OpenAPI 3.0 cannot make a referenced schema nullable
    type: 'object',
    properties: { volume: { type: 'string', example: '4' }, eenheid: { type: 'string', example: '04', description: 'Eenheid (WJ756)' }, frequentie: { type: 'string', example: '2', description: 'Frequentie (WJ757)' } },
    required: ['volume', 'eenheid', 'frequentie'],
    nullable: true,
  })
  omvang!: { volume: string; eenheid: string; frequentie: string } | null;
  @ApiProperty({ type: String, nullable: true, description: 'Budget in eurocents, when the toewijzing has one' }) budget!: string | null;
}

export class MeldingDto {
  @ApiProperty({ example: '42' }) id!: string;
  @ApiProperty({ enum: ['toegewezen', 'gewijzigd', 'ingetrokken'] }) soort!: string;
  @ApiProperty({ type: MeldingDataDto }) data!: MeldingDataDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) ackedAt!: string | null;
}

export class MeldingAckDto {
  @ApiProperty({ example: '42' }) id!: string;
  @ApiProperty({ example: true, description: 'always true' }) acked!: boolean;
}

export class DelegatedToewijzingDto {
  @ApiProperty({ example: '7' }) id!: string;
  @ApiProperty({ format: 'uuid' }) relatieId!: string;
  @ApiProperty({ example: '0503' }) gemeente!: string;
  @ApiProperty({ example: '12345678' }) hoofdaannemer!: string;
  @ApiProperty({ example: '87654321' }) onderaannemer!: string;
  @ApiProperty({ example: '100001' }) toewijzingNummer!: string;
  @ApiProperty({ example: '999990019' }) bsn!: string;
  @ApiProperty({ type: String, nullable: true, example: '02' }) productCategorie!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '02A03' }) productCode!: string | null;
  @ApiProperty(DATE) ingangsdatum!: string;
  @ApiProperty(OPTIONAL_DATE) einddatum!: string | null;
  @ApiProperty({ format: 'uuid', description: 'the WMO301 that assigned it' }) messageId!: string;
}

export class StoredOpgaveDto {
  @ApiProperty({ example: '15' }) id!: string;
  @ApiProperty({ example: '7' }) toewijzingId!: string;
  @ApiProperty({ format: 'uuid' }) relatieId!: string;
  @ApiProperty({ example: '0503' }) gemeente!: string;
  @ApiProperty({ example: '12345678' }) hoofdaannemer!: string;
  @ApiProperty({ example: '87654321' }) onderaannemer!: string;
  @ApiProperty({ example: '100001' }) toewijzingNummer!: string;
  @ApiProperty({ enum: ['start', 'stop', 'prestatie'] }) soort!: string;
  @ApiProperty(DATE) begindatum!: string;
  @ApiProperty(OPTIONAL_DATE) einddatum!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '02', description: 'stop: RedenBeeindiging (WMO588)' }) redenBeeindiging!: string | null;
  @ApiProperty({ ...OPTIONAL_DATE, example: '2026-03-01', description: 'prestatie: the month as YYYY-MM-01' }) periode!: string | null;
  @ApiProperty({ enum: ['ingediend', 'goedgekeurd', 'afgewezen', 'in_bericht', 'gedeclareerd'] }) status!: string;
  @ApiProperty({ type: String, nullable: true, description: 'why it was rejected' }) reden!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '12345678' }) beoordeeldDoor!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'the merged message it went into' }) berichtId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the declaratie build it went into' }) buildId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the ReferentieNummer of its prestatie in the declaratie' }) referentieNummer!: string | null;
  @ApiProperty({ example: '87654321' }) ingediendDoor!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class UitkomstRetourcodeDto {
  @ApiProperty({ example: '0611' }) code!: string;
  @ApiProperty({ type: String, nullable: true, description: 'its meaning (WJ001)' }) betekenis!: string | null;
  @ApiProperty({ description: 'what to fix, in the request language (Accept-Language, Dutch by default)' }) herstel!: string;
}

export class UitkomstDto {
  @ApiProperty({ example: '2026000123' }) referentieNummer!: string;
  @ApiProperty({ example: 'nieuw' }) soort!: string;
  @ApiProperty({ example: '12345678' }) hoofdaannemer!: string;
  @ApiProperty({ example: '0503' }) gemeente!: string;
  @ApiProperty({ example: '******019', description: 'masked: the ToewijzingNummer identifies the client to you' }) bsn!: string;
  @ApiProperty({ example: '100001' }) toewijzingNummer!: string;
  @ApiProperty({ example: '02' }) productCategorie!: string;
  @ApiProperty({ example: '02A03' }) productCode!: string;
  @ApiProperty(DATE) periodeBegin!: string;
  @ApiProperty({ format: 'date', example: '2026-03-31' }) periodeEind!: string;
  @ApiProperty({ example: 31200, description: 'eurocents' }) bedrag!: number;
  @ApiProperty({ enum: ['D', 'C'] }) debetCredit!: string;
  @ApiProperty({ example: '2026000012' }) declaratieNummer!: string;
  @ApiProperty({ enum: ['ingediend', 'toegekend', 'afgewezen'], nullable: true, type: String, description: 'null: the built declaratie has not reached the gateway as a 323 yet' }) status!: string | null;
  @ApiProperty({ type: [UitkomstRetourcodeDto] }) retourcodes!: UitkomstRetourcodeDto[];
  @ApiProperty({ type: String, nullable: true, description: 'your opgave it came from' }) opgaveId!: string | null;
}

export class SubmitErrorDto {
  @ApiProperty({ type: String, nullable: true, example: '0001' }) code!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '/Bericht/Client[1]' }) path!: string | null;
  @ApiProperty() message!: string;
}

export class SubmittedBerichtDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['WMO305', 'WMO307'] }) soort!: string;
  @ApiProperty({ example: 'OA0001' }) identificatie!: string;
  @ApiProperty({ enum: ['klaar', 'geaccepteerd', 'afgewezen'], description: 'klaar: built, not submitted; geaccepteerd or afgewezen: the gateway\'s verdict' }) status!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the submitted message, at /v1/berichten/{messageId}' }) messageId!: string | null;
  @ApiProperty({ type: [String], example: [] }) retourcodes!: string[];
  @ApiPropertyOptional({ type: [SubmitErrorDto], description: 'only when the gateway rejected it' }) errors?: SubmitErrorDto[];
}

export class MergedBerichtDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '12345678' }) hoofdaannemer!: string;
  @ApiProperty({ example: '0503' }) gemeente!: string;
  @ApiProperty({ enum: ['WMO305', 'WMO307'] }) soort!: string;
  @ApiProperty({ example: 'OA0001' }) identificatie!: string;
  @ApiProperty({ enum: ['klaar', 'geaccepteerd', 'afgewezen'] }) status!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) messageId!: string | null;
  @ApiProperty({ type: [String], example: [] }) retourcodes!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
