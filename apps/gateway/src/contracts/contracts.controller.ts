import { Controller, Get, Query, UseGuards, UsePipes } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Lang } from '@lib/i18n';
import type { Party } from '@lib/persistence';
import { ApiKeyGuard, CurrentParty } from '../auth/api-key.guard';
import { ApiPartyKeyProblems, ApiProblemResponse } from '../problem.openapi';
import { RequestLang } from '../request-lang';
import { TarievenQuery } from './contracts.dto';
import { TarievenViewDto } from './contracts.openapi';
import { ReadTarievenUseCase, type TarievenView } from './read-tarieven.usecase';
import { inLang, type InLang } from './register-view';
import { fieldValidation } from '../field-validation';

/** A party's read-only view of the contract register: the tarieven TR418 holds declaraties to. */
@ApiTags('contract register')
@ApiBearerAuth('api-key')
@ApiPartyKeyProblems()
@UseGuards(ApiKeyGuard)
@UsePipes(fieldValidation())
@Controller('v1/contracts')
export class ContractsController {
  constructor(private readonly tarieven: ReadTarievenUseCase) {}

  @Get('tarieven')
  @ApiOperation({
    summary: 'Your product codes and tarieven per gemeente',
    description: 'An aanbieder: the codes of the percelen it is contracted for, with their tarieven, and its own contracts. A gemeente: its own codes and contracts.',
  })
  @ApiOkResponse({ type: TarievenViewDto, description: 'the register version in use, and per gemeente the codes with tarieven (eurocents per calendar month)' })
  @ApiProblemResponse(400, 'gemeente is not a CBS gemeentecode, or datum not a date, or an unknown parameter')
  @ApiProblemResponse(403, 'a gemeente asked for another gemeente')
  @ApiProblemResponse(404, 'the register does not describe the gemeente')
  async read(@CurrentParty() party: Party, @Query() query: TarievenQuery, @RequestLang() lang: Lang): Promise<InLang<TarievenView>> {
    return inLang(await this.tarieven.read(party, query.gemeente, query.datum), lang);
  }
}
