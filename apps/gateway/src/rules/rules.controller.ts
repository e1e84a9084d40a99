import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ruleCatalogue, type CatalogueEntry } from '@lib/rules';
import { ApiPublic } from '../openapi';
import { RuleDto } from './rules.openapi';

/** The rule catalogue: every rule of the standard, its retourcode and whether the gateway checks it. Public: the rules are. */
@ApiTags('rules')
@ApiPublic()
@Controller('v1/rules')
export class RulesController {
  @Get()
  @ApiOperation({ summary: 'Every rule of iWmo 3.2 with its code, retourcode, level, messages and whether it is implemented' })
  @ApiQuery({ name: 'implemented', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'message', required: false, description: 'e.g. WMO323' })
  @ApiOkResponse({ type: [RuleDto] })
  list(@Query('implemented') implemented?: string, @Query('message') message?: string): CatalogueEntry[] {
    return ruleCatalogue().filter(
      (r) => (implemented === undefined || String(r.implemented) === implemented) && (message === undefined || r.messages.includes(message.toUpperCase())),
    );
  }
}
