import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { render, text } from '@lib/i18n';

/**
 * The shapes of the parties' API answers for the OpenAPI document (/docs-json): what the
 * use cases return, described for the readers of the contract. The use cases stay the source;
 * these classes only describe them.
 */

export class OmittedErrorsDto {
  @ApiProperty({ enum: ['xml', 'xsd', 'rule'] })
  layer!: string;
  @ApiProperty({ example: 'IB001' })
  code!: string;
  @ApiProperty({ example: 199900 })
  count!: number;
}

export class ValidationErrorDto {
  @ApiProperty({ enum: ['xml', 'xsd', 'rule'], description: 'the validation layer that found it: xml (safe input, well-formed, size), xsd, rule (within and across messages, external sources, the exchange)' })
  layer!: string;
  @ApiProperty({ example: '0611', description: "the retourcode, or the rule's own code where the standard gives none (RETOUR-HEENBERICHT, CC11, TR337, PRESTATIE-BEOORDEELD)" })
  code!: string;
  @ApiPropertyOptional({ example: 'TR418', nullable: true, type: String })
  rule!: string | null;
  @ApiProperty({ description: 'what is wrong and what to fix' })
  message!: string;
  @ApiPropertyOptional({ example: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]', nullable: true, type: String, description: 'element path without namespace prefixes' })
  path!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number })
  line!: number | null;
  @ApiPropertyOptional({ type: [OmittedErrorsDto], description: 'only on the last entry, code ERRORS-OMITTED, when more than 100 errors were found: what was left out, per kind' })
  omitted?: OmittedErrorsDto[];
}

export class SubmitLinksDto {
  @ApiProperty({ example: '/v1/berichten/6f1c2b7e-3d4a-4f5b-9c8d-1e2f3a4b5c6d', description: 'the message, as the Location header also says' })
  self!: string;
  @ApiPropertyOptional({ example: '/v1/berichten/9a2e4c1d-7b3f-4e2a-8d5c-6f7a8b9c0d1e/xml', nullable: true, type: String, description: "the XML of the gateway's retourbericht, when it made one" })
  retourbericht!: string | null;
}

/** The verdict on a submitted message (SubmitBerichtUseCase's result). */
export class SubmitResultDto {
  @ApiProperty({ format: 'uuid', description: 'the message id; its status at /v1/berichten/{id}' })
  id!: string;
  @ApiPropertyOptional({ example: 'WMO323', nullable: true, type: String })
  message!: string | null;
  @ApiProperty({ enum: ['accepted', 'rejected'], description: 'accepted (202): stored and routed; rejected (422): nothing goes to the Ontvanger' })
  status!: 'accepted' | 'rejected';
  @ApiProperty({ type: [String], example: ['0611'], description: 'the retourcodes given; for an accepted declaratie those of its rejected prestaties' })
  retourcodes!: string[];
  @ApiProperty({ type: [ValidationErrorDto], description: 'the first 100 errors, then one ERRORS-OMITTED entry counting the rest per kind' })
  errors!: ValidationErrorDto[];
  @ApiPropertyOptional({
    // inline, not a $ref: OpenAPI 3.0 cannot make a referenced schema nullable
    type: 'object',
    properties: { id: { type: 'string', format: 'uuid' }, message: { type: 'string', example: 'WMO325' } },
    required: ['id', 'message'],
    nullable: true,
    description:
      'the retourbericht the gateway made and sends back to the submitter: for a rejected heenbericht, and for a declaratie with rejected prestaties its 325 on them. null for a refused retourbericht (a retourbericht is not answered with one).',
  })
  retourbericht!: { id: string; message: string } | null;
}

/** POST /v1/berichten's answer: the verdict and where to follow it. */
export class SubmitAnswerDto extends SubmitResultDto {
  @ApiProperty({ type: SubmitLinksDto })
  links!: SubmitLinksDto;
}

export class RejectedPrestatieDto {
  @ApiProperty({ example: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' })
  path!: string;
  @ApiProperty({ type: [String], example: ['0611'] })
  retourcodes!: string[];
}

export class DeclaratieVerdictDto {
  @ApiProperty({
    enum: ['accepted', 'partially-rejected', 'rejected'],
    description:
      'accepted: every prestatie passed; partially-rejected: the gemeente received the declaratie and a copy of the gateway\'s 325 on the rejected prestaties, and judges only the rest; rejected: nothing went to the gemeente',
  })
  outcome!: string;
  @ApiProperty({ type: [RejectedPrestatieDto], description: 'the prestaties the gateway rejected, in document order (those among the errors listed: at most 100)' })
  rejectedPrestaties!: RejectedPrestatieDto[];
  @ApiProperty({ description: "how many prestaties the gateway rejected, listed or not (its 325 names every one)" })
  rejectedPrestatieCount!: number;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: "the gateway's own 325 on the rejected prestaties" })
  declaratieAntwoord!: string | null;
}

export class MessageDeliveryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '0503' })
  to!: string | null;
  @ApiProperty({ enum: ['webhook', 'mailbox'] })
  channel!: string;
  @ApiProperty({ enum: ['pending', 'fetched', 'delivered', 'acked', 'dead'] })
  status!: string;
  @ApiProperty()
  attempts!: number;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'only for the receiving party and the operator; null for the sender' })
  lastError!: string | null;
}

export class HistoryEntryDto {
  @ApiProperty({ format: 'date-time' })
  at!: string;
  @ApiProperty({ example: 'accepted', description: 'received, validated, accepted, rejected, queued, delivery attempt n, delivered, fetched, acked, answered, dead-lettered' })
  event!: string;
  @ApiProperty({ type: 'object', additionalProperties: true })
  detail!: Record<string, unknown>;
}

export class BerichtStatusDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'WMO323' })
  message!: string | null;
  @ApiProperty({ enum: ['accepted', 'rejected'] })
  status!: string;
  @ApiProperty({ type: [String] })
  retourcodes!: string[];
  @ApiProperty({ type: [ValidationErrorDto] })
  errors!: ValidationErrorDto[];
  @ApiPropertyOptional({ nullable: true, type: String })
  afzender!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String })
  ontvanger!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String })
  identificatie!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' })
  dagtekening!: string | null;
  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'for a retourbericht: the heenbericht it answers (for the gateway\'s 325 on a declaratie: that 323)' })
  inReplyTo!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'the retourbericht the gateway made on this message' })
  retourbericht!: string | null;
  @ApiPropertyOptional({ type: DeclaratieVerdictDto, description: 'WMO323 only: the gateway\'s verdict per prestatie' })
  verdict?: DeclaratieVerdictDto;
  @ApiProperty({ type: [MessageDeliveryDto] })
  deliveries!: MessageDeliveryDto[];
  @ApiProperty({ type: [HistoryEntryDto] })
  history!: HistoryEntryDto[];
}

export class MailboxItemDto {
  @ApiProperty({ format: 'uuid', description: 'acknowledge with POST /v1/mailbox/{deliveryId}/ack' })
  deliveryId!: string;
  @ApiProperty({ format: 'uuid', description: 'fetch with GET /v1/berichten/{messageId}/xml' })
  messageId!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'WMO325' })
  messageType!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String })
  afzender!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String })
  identificatie!: string | null;
  @ApiProperty({ enum: ['pending', 'fetched'], description: 'pending until its XML was read, then fetched' })
  status!: string;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class AckDto {
  @ApiProperty({ format: 'uuid' })
  deliveryId!: string;
  @ApiProperty({ format: 'uuid' })
  messageId!: string;
  @ApiProperty({ enum: ['acked'] })
  status!: string;
  @ApiProperty({ format: 'date-time', description: 'when it was first acknowledged; a second ack changes nothing' })
  ackedAt!: string;
}

const PRESTATIE_1 = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]';
const PRESTATIE_2 = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]';
const TARIEF = { layer: 'rule', code: '0611', rule: 'TR418', path: PRESTATIE_1, line: null, message: 'ProductTarief ... is niet het gecontracteerde tarief van 01A02 ...' };
const NOT_ASSIGNED = { layer: 'rule', code: '9338', rule: 'TR338', path: PRESTATIE_2, line: null, message: 'ToewijzingNummer 999999999 ... is nooit toegewezen ...' };

/** Examples of POST /v1/berichten's answers for a declaratie, in the OpenAPI document. */
export const SUBMIT_EXAMPLES = {
  accepted: {
    summary: 'a declaratie, every prestatie accepted (202)',
    value: { id: '6f1c2b7e-3d4a-4f5b-9c8d-1e2f3a4b5c6d', message: 'WMO323', status: 'accepted', retourcodes: [], errors: [], retourbericht: null, links: { self: '/v1/berichten/6f1c2b7e-3d4a-4f5b-9c8d-1e2f3a4b5c6d', retourbericht: null } },
  },
  partiallyRejected: {
    summary: 'a declaratie, one prestatie rejected (202): the gemeente receives it with a copy of the 325',
    value: { id: '6f1c2b7e-3d4a-4f5b-9c8d-1e2f3a4b5c6d', message: 'WMO323', status: 'accepted', retourcodes: ['0611'], errors: [TARIEF], retourbericht: { id: '9a2e4c1d-7b3f-4e2a-8d5c-6f7a8b9c0d1e', message: 'WMO325' }, links: { self: '/v1/berichten/6f1c2b7e-3d4a-4f5b-9c8d-1e2f3a4b5c6d', retourbericht: '/v1/berichten/9a2e4c1d-7b3f-4e2a-8d5c-6f7a8b9c0d1e/xml' } },
  },
} as const;

export const REJECTED_EXAMPLES = {
  rejected: {
    summary: 'a declaratie, every prestatie rejected (422): nothing goes to the gemeente',
    value: {
      id: '6f1c2b7e-3d4a-4f5b-9c8d-1e2f3a4b5c6d', message: 'WMO323', status: 'rejected', retourcodes: ['0611', '9338'],
      errors: [TARIEF, NOT_ASSIGNED],
      retourbericht: { id: '9a2e4c1d-7b3f-4e2a-8d5c-6f7a8b9c0d1e', message: 'WMO325' },
      links: { self: '/v1/berichten/6f1c2b7e-3d4a-4f5b-9c8d-1e2f3a4b5c6d', retourbericht: '/v1/berichten/9a2e4c1d-7b3f-4e2a-8d5c-6f7a8b9c0d1e/xml' },
    },
  },
  forgedRetour: {
    summary: 'a retourbericht on a heenbericht not delivered to the sender (422, no retourbericht)',
    value: {
      id: '1b7d9e3f-2a4c-4b6d-8e0f-1a2b3c4d5e6f', message: 'WMO302', status: 'rejected', retourcodes: [], retourbericht: null, links: { self: '/v1/berichten/1b7d9e3f-2a4c-4b6d-8e0f-1a2b3c4d5e6f', retourbericht: null },
      errors: [{ layer: 'rule', code: 'RETOUR-HEENBERICHT', rule: 'RETOUR-HEENBERICHT', path: '/Bericht/Header', line: null, message: render(text('RETOUR-HEENBERICHT.not-delivered', {
          code: 'WMO302', heenbericht: text('across.heenbericht', { code: 'WMO301', identificatie: 'F0001', dagtekening: '2026-12-01', afzender: '0503' }), answeredBy: '11223344',
        })),
       }],
    },
  },
} as const;

const VERDICTS = {
  accepted: { summary: 'a declaratie, accepted', value: { outcome: 'accepted', rejectedPrestaties: [], rejectedPrestatieCount: 0, declaratieAntwoord: null } },
  partiallyRejected: { summary: 'a declaratie, partly rejected', value: { outcome: 'partially-rejected', rejectedPrestaties: [{ path: PRESTATIE_1, retourcodes: ['0611'] }], rejectedPrestatieCount: 1, declaratieAntwoord: '9a2e4c1d-7b3f-4e2a-8d5c-6f7a8b9c0d1e' } },
  rejected: {
    summary: 'a declaratie, rejected as a whole',
    value: { outcome: 'rejected', rejectedPrestaties: [{ path: PRESTATIE_1, retourcodes: ['0611'] }, { path: PRESTATIE_2, retourcodes: ['9338'] }], rejectedPrestatieCount: 2, declaratieAntwoord: '9a2e4c1d-7b3f-4e2a-8d5c-6f7a8b9c0d1e' },
  },
} as const;

const RECEIVED_AT = '2026-05-04T09:12:03.120Z';
const received = { at: RECEIVED_AT, event: 'received', detail: {} };

/** Examples of GET /v1/berichten/{id} for a declaratie: the verdict of an accepted, a partly rejected and a rejected one. */
export const STATUS_EXAMPLES = Object.fromEntries(
  Object.entries(VERDICTS).map(([name, { summary, value }]) => {
    const rejected = value.outcome === 'rejected';
    const errors = [TARIEF, NOT_ASSIGNED].slice(0, value.rejectedPrestatieCount);
    return [
      name,
      {
        summary,
        value: {
          id: '6f1c2b7e-3d4a-4f5b-9c8d-1e2f3a4b5c6d', message: 'WMO323', status: rejected ? 'rejected' : 'accepted',
          retourcodes: [...new Set(value.rejectedPrestaties.flatMap((p) => p.retourcodes))], errors,
          afzender: '12345678', ontvanger: '0503', identificatie: 'GB0000000012', dagtekening: '2026-05-04', receivedAt: RECEIVED_AT,
          inReplyTo: null, retourbericht: value.declaratieAntwoord, verdict: value,
          // a declaratie rejected as a whole goes to no one
          deliveries: rejected ? [] : [{ id: '3c5e7a9b-1d2f-4a6c-8e0b-2d4f6a8c0e1f', to: '0503', channel: 'webhook', status: 'delivered', attempts: 1, lastError: null }],
          history: [received, { at: RECEIVED_AT, event: rejected ? 'rejected' : 'accepted', detail: {} }],
        },
      },
    ];
  }),
);
