import { ApiProperty } from '@nestjs/swagger';

/**
 * The shapes of the declaratie-antwoord views for the OpenAPI document: what DeclaratieAntwoordenUseCase
 * returns over ReconciliationRepository's rows. Amounts in eurocents, debet positive and credit negative.
 */

export class RetourcodeViewDto {
  @ApiProperty({ example: '0611' }) code!: string;
  @ApiProperty({ type: String, nullable: true, description: 'its meaning (WJ001)' }) betekenis!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'TR418', description: 'the rule behind it' }) regel!: string | null;
  @ApiProperty({ description: "what to do about it, in the request language (Accept-Language, Dutch by default)" }) herstel!: string;
}

export class DeclaratieSummaryDto {
  @ApiProperty({ format: 'uuid', description: 'the WMO323' }) messageId!: string;
  @ApiProperty({ example: 'GD0000000012' }) declaratieNummer!: string;
  @ApiProperty({ example: '12345678' }) aanbieder!: string;
  @ApiProperty({ example: '0503' }) gemeente!: string;
  @ApiProperty({ example: 'GB0000000012' }) identificatie!: string;
  @ApiProperty({ format: 'date' }) dagtekening!: string;
  @ApiProperty({ format: 'date', example: '2026-04-01' }) periodeBegin!: string;
  @ApiProperty({ format: 'date', example: '2026-04-30' }) periodeEind!: string;
  @ApiProperty({ enum: ['ingediend', 'beantwoord', 'afgewezen'] }) status!: string;
  @ApiProperty({ type: [RetourcodeViewDto], description: 'on the declaratie as a whole' }) retourcodes!: RetourcodeViewDto[];
  @ApiProperty({ example: 93600, description: "the 323's TotaalBedrag = afgewezenDoorGateway + afgewezenDoorGemeente + toegekend + open" }) ingediend!: number;
  @ApiProperty({ example: 31200, description: 'rejected by the gateway on arrival (its own 325 answered them)' }) afgewezenDoorGateway!: number;
  @ApiProperty({ example: 0, description: "rejected in the gemeente's 325 (listed, or the declaratie rejected as a whole)" }) afgewezenDoorGemeente!: number;
  @ApiProperty({ example: 62400, description: "granted: not listed in the gemeente's 325" }) toegekend!: number;
  @ApiProperty({ example: 0, description: "not judged yet: waiting for the gemeente's 325" }) open!: number;
  @ApiProperty({ type: Number, nullable: true, description: "the 325's own TotaalToegekendBedrag (signed), when it carried one" }) toegekendVolgensAntwoord!: number | null;
  @ApiProperty({ example: 3 }) prestaties!: number;
  @ApiProperty({ example: 1, description: 'prestaties afgewezen, by the gateway and by the gemeente together' }) afgewezen!: number;
  @ApiProperty({ example: 1 }) afgewezenPrestatiesDoorGateway!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: "the gateway's own 325 on the prestaties it rejected" }) gatewayAntwoordMessageId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: "the gemeente's 325" }) antwoordMessageId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) beantwoordOp!: string | null;
}

export class PrestatieViewDto {
  @ApiProperty({ example: '311' }) id!: string;
  @ApiProperty({ example: 1 }) clientPositie!: number;
  @ApiProperty({ example: 1 }) prestatiePositie!: number;
  @ApiProperty({ example: '999990019', description: 'in full: both parties exchanged it' }) bsn!: string;
  @ApiProperty({ example: '******019', description: 'for screens' }) bsnMasked!: string;
  @ApiProperty({ example: '2026000123' }) referentieNummer!: string;
  @ApiProperty({ type: String, nullable: true }) vorigReferentieNummer!: string | null;
  @ApiProperty({ example: '100001' }) toewijzingNummer!: string;
  @ApiProperty({ example: '01' }) productCategorie!: string;
  @ApiProperty({ example: '01A01' }) productCode!: string;
  @ApiProperty({ format: 'date', example: '2026-04-01' }) periodeBegin!: string;
  @ApiProperty({ format: 'date', example: '2026-04-30' }) periodeEind!: string;
  @ApiProperty({ example: 1 }) geleverdVolume!: number;
  @ApiProperty({ example: '82', description: 'Eenheid (WJ756)' }) eenheid!: string;
  @ApiProperty({ type: Number, nullable: true, example: 31200 }) productTarief!: number | null;
  @ApiProperty({ example: 31200 }) bedrag!: number;
  @ApiProperty({ enum: ['D', 'C'] }) debetCredit!: string;
  @ApiProperty({ enum: ['ingediend', 'toegekend', 'afgewezen'] }) status!: string;
  @ApiProperty({ enum: ['gateway', 'gemeente'], nullable: true, type: String, description: 'who rejected it, when afgewezen' }) afgewezenDoor!: string | null;
  @ApiProperty({ type: [RetourcodeViewDto] }) retourcodes!: RetourcodeViewDto[];
  @ApiProperty({ type: String, nullable: true, description: 'the onderaannemer that delivered it, for a delegated product' }) onderaannemer!: string | null;
}

export class DeclaratieDetailDto extends DeclaratieSummaryDto {
  @ApiProperty({ type: [PrestatieViewDto] }) prestatieRegels!: PrestatieViewDto[];
}

export class TeCorrigerenDto extends PrestatieViewDto {
  @ApiProperty({ format: 'uuid' }) declaratieMessageId!: string;
  @ApiProperty({ example: 'GD0000000012' }) declaratieNummer!: string;
  @ApiProperty({ example: '0503' }) gemeente!: string;
  @ApiProperty({ example: '12345678' }) aanbieder!: string;
}
