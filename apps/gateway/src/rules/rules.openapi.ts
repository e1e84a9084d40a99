import { ApiProperty } from '@nestjs/swagger';

/** One rule of the catalogue (ruleCatalogue's entry), for the OpenAPI document. */
export class RuleDto {
  @ApiProperty({ example: 'TR418' }) code!: string;
  @ApiProperty({ enum: ['xslt', 'cd-cs-rs', 'berichtoverstijgend', 'externe-bron', 'uitwisseling'] }) level!: string;
  @ApiProperty({ example: '0611', description: "the retourcode it gives; 'n.v.t.' for a rule on a retourbericht" }) retourcode!: string;
  @ApiProperty({ description: "the standard's definition" }) definition!: string;
  @ApiProperty({ type: [String], example: ['WMO323'] }) messages!: string[];
  @ApiProperty({ description: 'whether the gateway checks it' }) implemented!: boolean;
}
