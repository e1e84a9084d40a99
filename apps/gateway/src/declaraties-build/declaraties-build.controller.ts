import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile, UseGuards, UsePipes } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Lang } from '@lib/i18n';
import type { Party } from '@lib/persistence';
import { ApiKeyGuard, CurrentParty } from '../auth/api-key.guard';
import { XML_ANSWER } from '../media-types';
import { ApiPartyKeyProblems, ApiProblemResponse, ApiProblemResponses } from '../problem.openapi';
import { RequestLang } from '../request-lang';
import { buildAnswerIn, BuildDeclaratieUseCase } from './build-declaratie.usecase';
import { BuildDeclaratieDto } from './declaraties-build.dto';
import { BuildResponseDto, StoredBuildDto } from './declaraties-build.openapi';
import { fieldValidation } from '../field-validation';

const NO_BUILD = 'NOT_FOUND: you have no build with this id';

/** The declaratie builder for aanbieders (docs/declaraties.md). No logic here: the use case does the work. */
@ApiTags('declaraties')
@ApiBearerAuth('api-key')
@ApiPartyKeyProblems()
@UseGuards(ApiKeyGuard)
@UsePipes(fieldValidation())
@Controller('v1/declaraties')
export class DeclaratiesBuildController {
  constructor(private readonly useCase: BuildDeclaratieUseCase) {}

  @Post('build')
  @HttpCode(200)
  @ApiOperation({ summary: "Build your WMO323 for one month to a gemeente from your toewijzingen, starts and stops, with corrections (dryRun: only the difference per client; submit: send it at once)" })
  @ApiOkResponse({
    type: BuildResponseDto,
    description: 'the summary (lines by soort, totals, difference per client with BSN masked, waiting delegated products, what was left out and why), and unless dryRun the stored build and its XML',
  })
  @ApiProblemResponse(400, 'the JSON body does not parse, or a field is invalid or unknown')
  @ApiProblemResponse(403, 'FORBIDDEN: only an aanbieder builds declaraties')
  @ApiProblemResponses(413)
  @ApiProblemResponse(422, 'not built: DRY_RUN_AND_SUBMIT, INVALID_PERIODE, ALREADY_DECLARED, MONTH_SKIPPED, GEMEENTE_NOT_IN_REGISTER, NOTHING_TO_DECLARE, DECLARATIE_REJECTED_BY_RULES or TOO_LARGE; the detail says why')
  async build(@CurrentParty() party: Party, @Body() body: BuildDeclaratieDto, @RequestLang() lang: Lang) {
    return buildAnswerIn(await this.useCase.build(party, body), lang);
  }

  @Get('builds/:id')
  @ApiOperation({ summary: 'One of your builds: numbers, totals, lines by soort' })
  @ApiOkResponse({ type: StoredBuildDto })
  @ApiProblemResponse(404, NO_BUILD)
  find(@CurrentParty() party: Party, @Param('id') id: string) {
    return this.useCase.find(party, id);
  }

  @Get('builds/:id/xml')
  @ApiOperation({ summary: 'The WMO323 of one of your builds' })
  @ApiOkResponse({ description: 'the WMO323', content: XML_ANSWER })
  @ApiProblemResponse(404, NO_BUILD)
  async xml(@CurrentParty() party: Party, @Param('id') id: string) {
    return new StreamableFile(Buffer.from(await this.useCase.xml(party, id)), { type: 'application/xml; charset=utf-8' });
  }
}
