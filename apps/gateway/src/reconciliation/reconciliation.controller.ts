import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Lang } from '@lib/i18n';
import type { Party } from '@lib/persistence';
import { ApiKeyGuard, CurrentParty } from '../auth/api-key.guard';
import { ApiPartyKeyProblems, ApiProblemResponse } from '../problem.openapi';
import { RequestLang } from '../request-lang';
import { DeclaratieAntwoordenUseCase } from './declaratie-antwoorden.usecase';
import { DeclaratieDetailDto, DeclaratieSummaryDto, TeCorrigerenDto } from './reconciliation.openapi';
import { uuidParam } from '../uuid-param';

/**
 * Declaraties and their answers (WMO325) for the party that sent or received them. The fixed
 * path te-corrigeren comes before :messageId, and :messageId takes only a UUID, so the builder's
 * /v1/declaraties/build and /v1/declaraties/builds/:id never land here.
 */
@ApiTags('declaraties')
@ApiBearerAuth('api-key')
@ApiPartyKeyProblems()
@UseGuards(ApiKeyGuard)
@Controller('v1/declaraties')
export class ReconciliationController {
  constructor(private readonly antwoorden: DeclaratieAntwoordenUseCase) {}

  @Get()
  @ApiOperation({
    summary: 'Your declaraties, ?periode=YYYY-MM',
    description:
      'Per declaratie in eurocents (credit negative): ingediend (the 323\'s TotaalBedrag) = afgewezenDoorGateway (prestaties the gateway rejected on arrival) + ' +
      'afgewezenDoorGemeente (rejected by the gemeente\'s 325) + toegekend + open (not judged yet); afgewezenPrestatiesDoorGateway, and gatewayAntwoordMessageId ' +
      '(the gateway\'s own 325 on them). A declaratie the gateway rejected as a whole is not listed: it counts as never sent.',
  })
  @ApiOkResponse({ type: [DeclaratieSummaryDto] })
  list(@CurrentParty() party: Party, @RequestLang() lang: Lang, @Query('periode') periode?: string, @Query('limit') limit?: string) {
    const n = Math.min(Math.max(Number.parseInt(limit ?? '100', 10) || 100, 1), 1000);
    return this.antwoorden.list(party, { periode: periode && /^\d{4}-\d{2}$/.test(periode) ? periode : undefined, limit: n }, lang);
  }

  @Get('te-corrigeren')
  @ApiOperation({ summary: 'Rejected prestaties not yet declared again, each with its retourcodes and what to fix' })
  @ApiOkResponse({ type: [TeCorrigerenDto] })
  teCorrigeren(@CurrentParty() party: Party, @RequestLang() lang: Lang) {
    return this.antwoorden.teCorrigeren(party, lang);
  }

  @Get(':messageId')
  @ApiOperation({ summary: 'One declaratie (by the message id of its WMO323) with every prestatie, its status and retourcodes' })
  @ApiOkResponse({ type: DeclaratieDetailDto })
  @ApiProblemResponse(400, 'the messageId is not a UUID')
  @ApiProblemResponse(404, 'no declaratie with this id that you sent or received')
  one(@CurrentParty() party: Party, @Param('messageId', uuidParam('messageId')) messageId: string, @RequestLang() lang: Lang) {
    return this.antwoorden.one(party, messageId, lang);
  }
}
