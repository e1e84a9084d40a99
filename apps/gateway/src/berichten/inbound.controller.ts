import { text, type Lang } from '@lib/i18n';
import { errorsIn, type ValidationError } from '@lib/iwmo';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { DeliveryRepository, type Party } from '@lib/persistence';
import { ApiKeyGuard, CurrentParty } from '../auth/api-key.guard';
import { XML_ANSWER } from '../media-types';
import { RequestLang } from '../request-lang';
import { ApiPartyKeyProblems, ApiProblemResponse } from '../problem.openapi';
import { SubmissionRefused } from './berichten.errors';
import { AckDto, BerichtStatusDto, MailboxItemDto, REJECTED_EXAMPLES, STATUS_EXAMPLES, SUBMIT_EXAMPLES, SubmitAnswerDto } from './berichten.openapi';
import { GetBerichtUseCase } from './get-bericht.usecase';
import { SubmitBerichtUseCase } from './submit-bericht.usecase';
import { uuidParam } from '../uuid-param';

/** The parties' API: send a message, follow it, and fetch what was sent to you. No logic here: use cases do the work. */
@ApiTags('berichten')
@ApiBearerAuth('api-key')
@ApiPartyKeyProblems()
@UseGuards(ApiKeyGuard)
@Controller('v1')
export class InboundController {
  constructor(
    private readonly submit: SubmitBerichtUseCase,
    private readonly get: GetBerichtUseCase,
    private readonly deliveries: DeliveryRepository,
  ) {}

  @Post('berichten')
  @ApiOperation({
    summary: 'Submit an iWmo 3.2 message (raw XML, at most MAX_MESSAGE_BYTES)',
    description:
      'The verdict comes at once. A retourbericht (302/306/308/316/318/320/325) is accepted only for a heenbericht delivered to the sender, once ' +
      '(RETOUR-HEENBERICHT, CC11); a 325 only for a declaratie the gemeente received from that aanbieder (TR337, TR371, TR376, TR366), judging no prestatie twice ' +
      '(PRESTATIE-BEOORDEELD); a refused retourbericht gets 422 with no retourbericht and consumes nothing. A declaratie (323) is judged per prestatie: with ' +
      'some prestaties rejected it is accepted (202) and the gemeente receives it with a copy of the gateway\'s 325 on them (webhook headers X-Iwmo-Verdict, ' +
      'X-Iwmo-Rejected-Prestaties, X-Iwmo-Declaratie-Antwoord; the copy X-Iwmo-Made-By-Gateway and X-Iwmo-In-Reply-To); with every prestatie rejected it is ' +
      'rejected whole (422) and nothing goes to the gemeente.',
  })
  @ApiConsumes('application/xml')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiAcceptedResponse({ type: SubmitAnswerDto, description: 'accepted: stored, its delivery queued (also a declaratie with some prestaties rejected)', examples: SUBMIT_EXAMPLES })
  @ApiUnprocessableEntityResponse({ type: SubmitAnswerDto, description: 'rejected: nothing goes to the Ontvanger; the retourbericht made goes back to the sender', examples: REJECTED_EXAMPLES })
  @ApiProblemResponse(400, 'a JSON body that does not parse (send the message as XML)')
  @ApiProblemResponse(403, 'FORBIDDEN: a party sends only as itself (the header names it as sender) and only the message types of its role')
  @ApiProblemResponse(413, 'IB003: the message is larger than MAX_MESSAGE_BYTES (split the declaratie); BODY_TOO_LARGE: a body of another media type over 100 KB')
  @ApiProblemResponse(415, 'UNSUPPORTED_MEDIA_TYPE: send the message as the raw body with Content-Type: application/xml')
  @ApiProblemResponse(503, 'UNAVAILABLE: the database cannot be reached; BUSY: more large messages at once than the gateway holds (Retry-After); nothing was stored, retry later')
  async post(@CurrentParty() party: Party, @Body() body: unknown, @Res({ passthrough: true }) res: Response, @RequestLang() lang: Lang) {
    if (!Buffer.isBuffer(body)) throw new SubmissionRefused(415, 'UNSUPPORTED_MEDIA_TYPE', text('api.send-raw-xml'));
    const result = await this.submit.execute(party, body);
    res.status(result.status === 'accepted' ? 202 : 422);
    res.setHeader('Location', `/v1/berichten/${result.id}`);
    return { ...result, errors: errorsIn(lang, result.errors), links: { self: `/v1/berichten/${result.id}`, retourbericht: result.retourbericht && `/v1/berichten/${result.retourbericht.id}/xml` } };
  }

  @Get('berichten/:id')
  @ApiOperation({ summary: 'A message you sent or received, with its status history and, for a WMO323, the verdict per prestatie' })
  @ApiOkResponse({ type: BerichtStatusDto, examples: STATUS_EXAMPLES })
  @ApiProblemResponse(400, 'the id is not a UUID')
  @ApiProblemResponse(404, 'NOT_FOUND: no message with this id that you sent or received')
  async status(@CurrentParty() party: Party, @Param('id', uuidParam('id')) id: string, @RequestLang() lang: Lang) {
    const status = await this.get.status(party, id);
    return { ...status, errors: errorsIn(lang, status.errors as ValidationError[]) }; // stored as the recorder wrote them
  }

  @Get('berichten/:id/xml')
  @ApiOperation({ summary: 'The message as it was received, byte for byte' })
  @ApiOkResponse({ description: 'the message as received', content: XML_ANSWER })
  @ApiProblemResponse(400, 'the id is not a UUID')
  @ApiProblemResponse(404, 'NOT_FOUND: no message with this id that you sent or received')
  @ApiProblemResponse(410, 'BODY_PURGED: the body was removed after its retention period (docs/retention.md); status, errors and history remain at /v1/berichten/{id}')
  async xml(@CurrentParty() party: Party, @Param('id', uuidParam('id')) id: string) {
    return new StreamableFile(await this.get.raw(party, id), { type: 'application/xml; charset=utf-8' });
  }

  @Get('mailbox')
  @ApiOperation({ summary: 'Messages waiting for you (pull delivery): fetch each with /v1/berichten/{messageId}/xml (it becomes fetched), then acknowledge it' })
  @ApiOkResponse({ type: [MailboxItemDto] })
  mailbox(@CurrentParty() party: Party, @Query('limit') limit?: string) {
    const n = Math.min(Math.max(Number.parseInt(limit ?? '100', 10) || 100, 1), 1000);
    return this.deliveries.mailbox(party.id, n);
  }

  @Post('mailbox/:deliveryId/ack')
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge a fetched message; it leaves your mailbox. Idempotent: a second ack answers 200 and changes nothing' })
  @ApiOkResponse({ type: AckDto })
  @ApiProblemResponse(400, 'the deliveryId is not a UUID')
  @ApiProblemResponse(404, 'NOT_FOUND: no delivery with this id in your mailbox')
  ack(@CurrentParty() party: Party, @Param('deliveryId', uuidParam('deliveryId')) deliveryId: string) {
    return this.get.ack(party, deliveryId);
  }
}
