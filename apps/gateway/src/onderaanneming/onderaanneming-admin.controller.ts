import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseGuards, UseInterceptors, UsePipes, ValidationPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Relatie } from '@lib/persistence';
import { AdminAction, AdminAuditInterceptor } from '../admin/admin-audit.interceptor';
import { AdminGuard } from '../admin/admin.guard';
import { ManageRelatiesUseCase } from './manage-relaties.usecase';
import { CreateRelatieDto, EndRelatieDto } from './onderaanneming.dto';

/** The operator's registry of onderaanneming relations. Admin token only; every call is audit-logged. */
@ApiTags('admin')
@ApiBearerAuth('admin-token')
@UseGuards(AdminGuard)
@UseInterceptors(AdminAuditInterceptor)
@UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }))
@Controller('v1/admin/onderaanneming/relaties')
export class OnderaannemingAdminController {
  constructor(private readonly relaties: ManageRelatiesUseCase) {}

  @Post()
  @AdminAction('onderaanneming.relatie.add')
  @ApiOperation({ summary: 'Register a relation: hoofdaannemer, onderaannemer, gemeente, delegated products, validity, approval' })
  add(@Body() dto: CreateRelatieDto): Promise<Relatie> {
    return this.relaties.add({ ...dto, producten: dto.producten.map((p) => (p.code === undefined ? { categorie: p.categorie } : { categorie: p.categorie, code: p.code })) });
  }

  @Get()
  @AdminAction('onderaanneming.relatie.list')
  @ApiOperation({ summary: 'Relations, optionally of one hoofdaannemer, onderaannemer or gemeente' })
  list(@Query('hoofdaannemer') hoofdaannemer?: string, @Query('onderaannemer') onderaannemer?: string, @Query('gemeente') gemeente?: string): Promise<Relatie[]> {
    return this.relaties.list({ hoofdaannemer, onderaannemer, gemeente });
  }

  @Post(':id/end')
  @HttpCode(200)
  @AdminAction('onderaanneming.relatie.end')
  @ApiOperation({ summary: 'End a relation on a day (inclusive)' })
  end(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: EndRelatieDto): Promise<Relatie> {
    return this.relaties.end(id, dto.totEnMet);
  }
}
