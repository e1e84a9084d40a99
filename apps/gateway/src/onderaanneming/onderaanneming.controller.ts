import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, StreamableFile, UseGuards, UsePipes, ValidationPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Opgave, Party } from '@lib/persistence';
import { ApiKeyGuard, CurrentParty } from '../auth/api-key.guard';
import { HoofdaannemerUseCase } from './hoofdaannemer.usecase';
import { ManageRelatiesUseCase } from './manage-relaties.usecase';
import { AfwijzenDto, BuildBerichtenDto, GoedkeuringDto, OpgaveDto } from './onderaanneming.dto';
import { http } from './onderaanneming.errors';
import { OnderaannemerUseCase } from './onderaannemer.usecase';

const STATUSES: ReadonlyArray<Opgave['status']> = ['ingediend', 'goedgekeurd', 'afgewezen', 'in_bericht', 'gedeclareerd'];

/**
 * Onderaanneming for the aanbieders (API key): the onderaannemer's notifications, toewijzingen,
 * opgaven and outcomes; the hoofdaannemer's relations, approvals and merged messages.
 * No logic here: the use cases do the work.
 */
@ApiTags('onderaanneming')
@ApiBearerAuth('api-key')
@UseGuards(ApiKeyGuard)
@UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }))
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
  ownRelaties(@CurrentParty() party: Party) {
    return this.relaties.ofParty(party);
  }

  // ---- onderaannemer ----------------------------------------------------------

  @Get('meldingen')
  @ApiOperation({ summary: 'Onderaannemer: notifications of toewijzingen delegated to you (minimal client data); ?alle=true includes acknowledged ones' })
  meldingen(@CurrentParty() party: Party, @Query('alle') alle?: string, @Query('limit') limit?: string) {
    const n = Math.min(Math.max(Number.parseInt(limit ?? '100', 10) || 100, 1), 1000);
    return this.onderaannemer.meldingen(party, alle !== 'true', n);
  }

  @Post('meldingen/:id/ack')
  @HttpCode(200)
  @ApiOperation({ summary: 'Onderaannemer: acknowledge a notification' })
  ack(@CurrentParty() party: Party, @Param('id') id: string) {
    return this.onderaannemer.ack(party, id);
  }

  @Get('toewijzingen')
  @ApiOperation({ summary: 'Onderaannemer: the toewijzingen delegated to you' })
  toewijzingen(@CurrentParty() party: Party) {
    return this.onderaannemer.toewijzingen(party);
  }

  @Post('opgaven')
  @ApiOperation({ summary: 'Onderaannemer: report a start, stop or prestatie (per month) to your hoofdaannemer; refused with every problem named' })
  submit(@CurrentParty() party: Party, @Body() dto: OpgaveDto) {
    return this.onderaannemer.submit(party, dto);
  }

  @Get('opgaven')
  @ApiOperation({ summary: 'Onderaannemer: your opgaven and their status (ingediend, goedgekeurd, afgewezen, in_bericht, gedeclareerd)' })
  opgaven(@CurrentParty() party: Party) {
    return this.onderaannemer.opgaven(party);
  }

  @Get('uitkomsten')
  @ApiOperation({ summary: "Onderaannemer: the gemeente's verdict (WMO325) on your own declared prestaties, with what to fix" })
  uitkomsten(@CurrentParty() party: Party) {
    return this.onderaannemer.uitkomsten(party);
  }

  // ---- hoofdaannemer ----------------------------------------------------------

  @Put('relaties/:id/goedkeuring')
  @ApiOperation({ summary: "Hoofdaannemer: switch approval of an onderaannemer's opgaven on or off" })
  goedkeuring(@CurrentParty() party: Party, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: GoedkeuringDto) {
    return this.relaties.setGoedkeuring(party, id, dto.goedkeuring);
  }

  @Get('te-beoordelen')
  @ApiOperation({ summary: "Hoofdaannemer: your onderaannemers' opgaven waiting for approval (?status= for another status)" })
  teBeoordelen(@CurrentParty() party: Party, @Query('status') status?: string) {
    const wanted = STATUSES.find((s) => s === status);
    return this.hoofdaannemer.teBeoordelen(party, wanted);
  }

  @Post('opgaven/:id/goedkeuren')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hoofdaannemer: approve an opgave' })
  goedkeuren(@CurrentParty() party: Party, @Param('id') id: string) {
    return this.hoofdaannemer.review(party, id, { goedkeuren: true });
  }

  @Post('opgaven/:id/afwijzen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hoofdaannemer: reject an opgave, saying why' })
  afwijzen(@CurrentParty() party: Party, @Param('id') id: string, @Body() dto: AfwijzenDto) {
    return this.hoofdaannemer.review(party, id, { goedkeuren: false, reden: dto.reden });
  }

  @Post('berichten')
  @ApiOperation({ summary: 'Hoofdaannemer: build your WMO305/WMO307 from approved starts and stops; with indienen: true, also submit them on your behalf' })
  build(@CurrentParty() party: Party, @Body() dto: BuildBerichtenDto) {
    return this.hoofdaannemer.build(party, dto);
  }

  @Get('berichten')
  @ApiOperation({ summary: 'Hoofdaannemer: your merged messages' })
  berichten(@CurrentParty() party: Party) {
    return this.hoofdaannemer.berichten(party);
  }

  @Get('berichten/:id/xml')
  @ApiProduces('application/xml')
  @ApiOperation({ summary: 'Hoofdaannemer: a merged message as XML, to send yourself' })
  async xml(@CurrentParty() party: Party, @Param('id', new ParseUUIDPipe()) id: string) {
    const xml = await http(() => this.hoofdaannemer.xml(party, id));
    return new StreamableFile(Buffer.from(xml, 'utf8'), { type: 'application/xml; charset=utf-8' });
  }

  @Post('berichten/:id/indienen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hoofdaannemer: submit a merged message through the gateway on your behalf' })
  indienen(@CurrentParty() party: Party, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.hoofdaannemer.submit(party, id);
  }
}
