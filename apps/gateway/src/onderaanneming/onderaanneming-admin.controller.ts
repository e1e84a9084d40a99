import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { Relatie } from '@lib/persistence';
import { AdminApi } from '../admin/admin-api.decorator';
import { AdminAction } from '../admin/admin-audit.interceptor';
import { ApiProblemResponse, ApiProblemResponses } from '../problem.openapi';
import { ManageRelatiesUseCase } from './manage-relaties.usecase';
import { CreateRelatieDto, EndRelatieDto } from './onderaanneming.dto';
import { RelatieDto } from './onderaanneming.openapi';
import { uuidParam } from '../uuid-param';

/** The operator's registry of onderaanneming relations. Admin token only; every call is audit-logged. */
@AdminApi('admin')
@Controller('v1/admin/onderaanneming/relaties')
export class OnderaannemingAdminController {
  constructor(private readonly relaties: ManageRelatiesUseCase) {}

  @Post()
  @AdminAction('onderaanneming.relatie.add')
  @ApiOperation({ summary: 'Register a relation: hoofdaannemer, onderaannemer, gemeente, delegated products, validity, approval' })
  @ApiCreatedResponse({ type: RelatieDto })
  @ApiProblemResponse(400, 'the JSON body does not parse, or a field is invalid or unknown')
  @ApiProblemResponse(409, 'OVERLAPPING_RELATIE: a product is already delegated in that period by another relation; the detail names it')
  @ApiProblemResponses(413)
  @ApiProblemResponse(422, 'the relation is invalid (codes, products, dates); the detail names every problem')
  add(@Body() dto: CreateRelatieDto): Promise<Relatie> {
    return this.relaties.add({ ...dto, producten: dto.producten.map((p) => (p.code === undefined ? { categorie: p.categorie } : { categorie: p.categorie, code: p.code })) });
  }

  @Get()
  @AdminAction('onderaanneming.relatie.list')
  @ApiOperation({ summary: 'Relations, optionally of one hoofdaannemer, onderaannemer or gemeente' })
  @ApiOkResponse({ type: [RelatieDto] })
  list(@Query('hoofdaannemer') hoofdaannemer?: string, @Query('onderaannemer') onderaannemer?: string, @Query('gemeente') gemeente?: string): Promise<Relatie[]> {
    return this.relaties.list({ hoofdaannemer, onderaannemer, gemeente });
  }

  @Post(':id/end')
  @HttpCode(200)
  @AdminAction('onderaanneming.relatie.end')
  @ApiOperation({ summary: 'End a relation on a day (inclusive)' })
  @ApiOkResponse({ type: RelatieDto })
  @ApiProblemResponse(400, 'the id is not a UUID; or the JSON body does not parse, or a field is invalid or unknown')
  @ApiProblemResponse(404, 'NO_RELATIE: no such relation')
  @ApiProblemResponses(413)
  @ApiProblemResponse(422, 'totEnMet is not a date, lies before vanaf, or would extend the relation')
  end(@Param('id', uuidParam('id')) id: string, @Body() dto: EndRelatieDto): Promise<Relatie> {
    return this.relaties.end(id, dto.totEnMet);
  }
}
