import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, StreamableFile, UseGuards, UsePipes } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Lang } from '@lib/i18n';
import type { Opgave, Party } from '@lib/persistence';
import { ApiKeyGuard, CurrentParty } from '../auth/api-key.guard';
import { XML_ANSWER } from '../media-types';
import { ApiPartyKeyProblems, ApiProblemResponse, ApiProblemResponses } from '../problem.openapi';
import { RequestLang } from '../request-lang';
import { HoofdaannemerUseCase, submittedIn } from './hoofdaannemer.usecase';
import { ManageRelatiesUseCase } from './manage-relaties.usecase';
import { AfwijzenDto, BuildBerichtenDto, GoedkeuringDto, OpgaveDto } from './onderaanneming.dto';
import { http } from './onderaanneming.errors';
import {
  DelegatedToewijzingDto, MeldingAckDto, MeldingDto, MergedBerichtDto, OwnRelatiesDto, RelatieDto, StoredOpgaveDto, SubmittedBerichtDto, UitkomstDto,
} from './onderaanneming.openapi';
import { OnderaannemerUseCase } from './onderaannemer.usecase';
import { uuidParam } from '../uuid-param';
import { fieldValidation } from '../field-validation';

const AANBIEDERS_ONLY = 'AANBIEDERS_ONLY: onderaanneming is between aanbieders; a gemeente has no part in it';
const INVALID_BODY = 'the JSON body does not parse, or a field is invalid or unknown';

const STATUSES: ReadonlyArray<Opgave['status']> = ['ingediend', 'goedgekeurd', 'afgewezen', 'in_bericht', 'gedeclareerd'];

/**
 * Onderaanneming for the aanbieders (API key): the onderaannemer's notifications, toewijzingen,
 * opgaven and outcomes; the hoofdaannemer's relations, approvals and merged messages.
 * No logic here: the use cases do the work.
 */
@ApiTags('onderaanneming')
@ApiBearerAuth('api-key')
@ApiPartyKeyProblems()
@UseGuards(ApiKeyGuard)
@UsePipes(fieldValidation())
@Controller('v1/onderaanneming')
export class OnderaannemingController {
  constructor(
    private readonly onderaannemer: OnderaannemerUseCase,
    private readonly hoofdaannemer: HoofdaannemerUseCase,
    private readonly relaties: ManageRelatiesUseCase,
  ) {}

  // ---- both -------------------------------------------------------------------

  @Get('relaties')
  @ApiOperation({ summary: 'Your relations, as hoofdaannemer and as onderaannemer' })
  @ApiOkResponse({ type: OwnRelatiesDto })
  ownRelaties(@CurrentParty() party: Party) {
    return this.relaties.ofParty(party);
  }

  // ---- onderaannemer ----------------------------------------------------------

  @Get('meldingen')
  @ApiOperation({ summary: 'Onderaannemer: notifications of toewijzingen delegated to you (minimal client data); ?alle=true includes acknowledged ones' })
  @ApiOkResponse({ type: [MeldingDto] })
  @ApiProblemResponse(403, AANBIEDERS_ONLY)
  meldingen(@CurrentParty() party: Party, @Query('alle') alle?: string, @Query('limit') limit?: string) {
    const n = Math.min(Math.max(Number.parseInt(limit ?? '100', 10) || 100, 1), 1000);
    return this.onderaannemer.meldingen(party, alle !== 'true', n);
  }

  @Post('meldingen/:id/ack')
  @HttpCode(200)
  @ApiOperation({ summary: 'Onderaannemer: acknowledge a notification' })
  @ApiOkResponse({ type: MeldingAckDto })
  @ApiProblemResponse(404, 'you have no notification with this id')
  ack(@CurrentParty() party: Party, @Param('id') id: string) {
    return this.onderaannemer.ack(party, id);
  }

  @Get('toewijzingen')
  @ApiOperation({ summary: 'Onderaannemer: the toewijzingen delegated to you' })
  @ApiOkResponse({ type: [DelegatedToewijzingDto] })
  @ApiProblemResponse(403, AANBIEDERS_ONLY)
  toewijzingen(@CurrentParty() party: Party) {
    return this.onderaannemer.toewijzingen(party);
  }

  @Post('opgaven')
  @ApiOperation({ summary: 'Onderaannemer: report a start, stop or prestatie (per month) to your hoofdaannemer; refused with every problem named' })
  @ApiCreatedResponse({ type: StoredOpgaveDto, description: 'the opgave: ingediend, or goedgekeurd at once when the hoofdaannemer does not approve each' })
  @ApiProblemResponse(400, INVALID_BODY)
  @ApiProblemResponse(403, AANBIEDERS_ONLY)
  @ApiProblemResponse(409, 'DUPLICATE_*: the same opgave was given before; the detail names it')
  @ApiProblemResponses(413)
  @ApiProblemResponse(422, 'the opgave does not fit the toewijzing or the relation; the detail names every problem and the fix')
  submit(@CurrentParty() party: Party, @Body() dto: OpgaveDto) {
    return this.onderaannemer.submit(party, dto);
  }

  @Get('opgaven')
  @ApiOperation({ summary: 'Onderaannemer: your opgaven and their status (ingediend, goedgekeurd, afgewezen, in_bericht, gedeclareerd)' })
  @ApiOkResponse({ type: [StoredOpgaveDto] })
  opgaven(@CurrentParty() party: Party) {
    return this.onderaannemer.opgaven(party);
  }

  @Get('uitkomsten')
  @ApiOperation({ summary: "Onderaannemer: the gemeente's verdict (WMO325) on your own declared prestaties, with what to fix" })
  @ApiOkResponse({ type: [UitkomstDto] })
  @ApiProblemResponse(403, AANBIEDERS_ONLY)
  uitkomsten(@CurrentParty() party: Party, @RequestLang() lang: Lang) {
    return this.onderaannemer.uitkomsten(party, lang);
  }

  // ---- hoofdaannemer ----------------------------------------------------------

  @Put('relaties/:id/goedkeuring')
  @ApiOperation({ summary: "Hoofdaannemer: switch approval of an onderaannemer's opgaven on or off" })
  @ApiOkResponse({ type: RelatieDto })
  @ApiProblemResponse(400, `the id is not a UUID; or ${INVALID_BODY}`)
  @ApiProblemResponse(403, AANBIEDERS_ONLY)
  @ApiProblemResponse(404, 'you have no relation with this id as hoofdaannemer')
  @ApiProblemResponses(413)
  goedkeuring(@CurrentParty() party: Party, @Param('id', uuidParam('id')) id: string, @Body() dto: GoedkeuringDto) {
    return this.relaties.setGoedkeuring(party, id, dto.goedkeuring);
  }

  @Get('te-beoordelen')
  @ApiOperation({ summary: "Hoofdaannemer: your onderaannemers' opgaven waiting for approval (?status= for another status)" })
  @ApiOkResponse({ type: [StoredOpgaveDto] })
  teBeoordelen(@CurrentParty() party: Party, @Query('status') status?: string) {
    const wanted = STATUSES.find((s) => s === status);
    return this.hoofdaannemer.teBeoordelen(party, wanted);
  }

  @Post('opgaven/:id/goedkeuren')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hoofdaannemer: approve an opgave' })
  @ApiOkResponse({ type: StoredOpgaveDto })
  @ApiProblemResponse(403, AANBIEDERS_ONLY)
  @ApiProblemResponse(404, 'you have no opgave with this id from an onderaannemer')
  @ApiProblemResponse(409, 'NOT_PENDING: the opgave is not waiting for your approval')
  goedkeuren(@CurrentParty() party: Party, @Param('id') id: string) {
    return this.hoofdaannemer.review(party, id, { goedkeuren: true });
  }

  @Post('opgaven/:id/afwijzen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hoofdaannemer: reject an opgave, saying why' })
  @ApiOkResponse({ type: StoredOpgaveDto })
  @ApiProblemResponse(400, INVALID_BODY)
  @ApiProblemResponse(403, AANBIEDERS_ONLY)
  @ApiProblemResponse(404, 'you have no opgave with this id from an onderaannemer')
  @ApiProblemResponse(409, 'NOT_PENDING: the opgave is not waiting for your approval')
  @ApiProblemResponses(413)
  @ApiProblemResponse(422, 'REASON_REQUIRED: say why (reden)')
  afwijzen(@CurrentParty() party: Party, @Param('id') id: string, @Body() dto: AfwijzenDto) {
    return this.hoofdaannemer.review(party, id, { goedkeuren: false, reden: dto.reden });
  }

  @Post('berichten')
  @ApiOperation({ summary: 'Hoofdaannemer: build your WMO305/WMO307 from approved starts and stops; with indienen: true, also submit them on your behalf' })
  @ApiCreatedResponse({ type: [SubmittedBerichtDto], description: 'one per gemeente and soort; with indienen each with the gateway\'s verdict' })
  @ApiProblemResponse(400, INVALID_BODY)
  @ApiProblemResponse(403, AANBIEDERS_ONLY)
  @ApiProblemResponse(409, 'NO_TOEWIJZING_BERICHT: an approved opgave has no toewijzing message to build on; the detail names it')
  @ApiProblemResponses(413)
  async build(@CurrentParty() party: Party, @Body() dto: BuildBerichtenDto, @RequestLang() lang: Lang) {
    return (await this.hoofdaannemer.build(party, dto)).map((b) => submittedIn(b, lang));
  }

  @Get('berichten')
  @ApiOperation({ summary: 'Hoofdaannemer: your merged messages' })
  @ApiOkResponse({ type: [MergedBerichtDto] })
  berichten(@CurrentParty() party: Party) {
    return this.hoofdaannemer.berichten(party);
  }

  @Get('berichten/:id/xml')
  @ApiOperation({ summary: 'Hoofdaannemer: a merged message as XML, to send yourself' })
  @ApiOkResponse({ description: 'the WMO305 or WMO307', content: XML_ANSWER })
  @ApiProblemResponse(400, 'the id is not a UUID')
  @ApiProblemResponse(404, 'you have no merged message with this id')
  async xml(@CurrentParty() party: Party, @Param('id', uuidParam('id')) id: string) {
    const xml = await http(() => this.hoofdaannemer.xml(party, id));
    return new StreamableFile(Buffer.from(xml, 'utf8'), { type: 'application/xml; charset=utf-8' });
  }

  @Post('berichten/:id/indienen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hoofdaannemer: submit a merged message through the gateway on your behalf' })
  @ApiOkResponse({ type: SubmittedBerichtDto, description: "with the gateway's verdict (geaccepteerd or afgewezen)" })
  @ApiProblemResponse(400, 'the id is not a UUID')
  @ApiProblemResponse(404, 'you have no merged message with this id')
  @ApiProblemResponse(409, 'ALREADY_SUBMITTED: the merged message was submitted before')
  async indienen(@CurrentParty() party: Party, @Param('id', uuidParam('id')) id: string, @RequestLang() lang: Lang) {
    return submittedIn(await this.hoofdaannemer.submit(party, id), lang);
  }
}
