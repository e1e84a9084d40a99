import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile, UseGuards, UsePipes, ValidationPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Party } from '@lib/persistence';
import { ApiKeyGuard, CurrentParty } from '../auth/api-key.guard';
import { BuildDeclaratieUseCase } from './build-declaratie.usecase';
import { BuildDeclaratieDto } from './declaraties-build.dto';

/** The declaratie builder for aanbieders (docs/declaraties.md). No logic here: the use case does the work. */
@ApiTags('declaraties')
@ApiBearerAuth('api-key')
@UseGuards(ApiKeyGuard)
@UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }))
@Controller('v1/declaraties')
export class DeclaratiesBuildController {
  constructor(private readonly useCase: BuildDeclaratieUseCase) {}

  @Post('build')
  @HttpCode(200)
  @ApiOperation({ summary: "Build your WMO323 for one month to a gemeente from your toewijzingen, starts and stops, with corrections (dryRun: only the difference per client; submit: send it at once)" })
  @ApiOkResponse({ description: 'the summary (lines by soort, totals, difference per client with BSN masked, waiting delegated products, what was left out and why), and unless dryRun the stored build and its XML' })
  build(@CurrentParty() party: Party, @Body() body: BuildDeclaratieDto) {
    return this.useCase.build(party, body);
  }

  @Get('builds/:id')
  @ApiOperation({ summary: 'One of your builds: numbers, totals, lines by soort' })
  find(@CurrentParty() party: Party, @Param('id') id: string) {
    return this.useCase.find(party, id);
  }

  @Get('builds/:id/xml')
  @ApiOperation({ summary: 'The WMO323 of one of your builds' })
  @ApiProduces('application/xml')
  async xml(@CurrentParty() party: Party, @Param('id') id: string) {
    return new StreamableFile(Buffer.from(await this.useCase.xml(party, id)), { type: 'application/xml; charset=utf-8' });
  }
}
