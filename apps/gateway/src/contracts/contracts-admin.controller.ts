import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { Lang } from '@lib/i18n';
import { AdminApi } from '../admin/admin-api.decorator';
import { AdminAction } from '../admin/admin-audit.interceptor';
import { ApiProblemResponse, ApiProblemResponses, ContractsProblemDto } from '../problem.openapi';
import { RequestLang } from '../request-lang';
import { AddContractDto, DiffQuery, EndContractDto, ReplaceRegisterDto, SetBeleidDto, SetTariefDto, VersionParam } from './contracts.dto';
import { ContractsProblemFilter } from './contracts.errors';
import { ChangeViewDto, ContractDiffDto, RegisterViewDto, VersionViewDto, VersionWithDocumentDto } from './contracts.openapi';
import { ManageContractsUseCase, type ChangeView } from './manage-contracts.usecase';
import { inLang, type InLang } from './register-view';

const CHANGED = 'the new version (saved: true) and what changed in plain words; saved: false when the change made no difference';
const INVALID = 'the JSON body does not parse or a field is invalid, or the change or the resulting register is invalid: `problems` lists every problem with where it is';
const NO_VERSION = 'NOT_FOUND: no such version';

/**
 * The contract register under /v1/admin/contracts: the register in use, its versions and what
 * changed between them, and new versions (a whole document, or one change to the latest).
 * Admin token only; every call is audit-logged. No logic here: the use case does the work.
 */
@AdminApi('admin: contract register')
@UseFilters(ContractsProblemFilter)
@Controller('v1/admin/contracts')
export class ContractsAdminController {
  constructor(private readonly contracts: ManageContractsUseCase) {}

  @Get()
  @AdminAction('contracts.show')
  @ApiOperation({ summary: 'The register in use: version, illustrative flag, gemeenten with declaratiebeleid, product codes with tarieven, contracts' })
  @ApiOkResponse({ type: RegisterViewDto, description: 'the latest version, parsed' })
  async current(@RequestLang() lang: Lang) {
    return inLang(await this.contracts.current(), lang);
  }

  @Get('versions')
  @AdminAction('contracts.versions')
  @ApiOperation({ summary: 'Every version, newest first: number, reason, who, when, illustrative flag, checksum' })
  @ApiOkResponse({ type: [VersionViewDto] })
  versions() {
    return this.contracts.versions();
  }

  @Get('versions/:version')
  @AdminAction('contracts.version')
  @ApiOperation({ summary: 'One version with its whole document (format: docs/contracts.md)' })
  @ApiOkResponse({ type: VersionWithDocumentDto })
  @ApiProblemResponse(400, 'version is not a version number')
  @ApiProblemResponse(404, NO_VERSION, ContractsProblemDto)
  version(@Param() params: VersionParam) {
    return this.contracts.version(params.version);
  }

  @Get('diff')
  @AdminAction('contracts.diff')
  @ApiOperation({ summary: 'What changed between two versions, in plain words (default: the latest against the one before)' })
  @ApiOkResponse({ type: ContractDiffDto })
  @ApiProblemResponse(400, 'from or to is not a version number')
  @ApiProblemResponse(404, NO_VERSION, ContractsProblemDto)
  async diff(@Query() query: DiffQuery, @RequestLang() lang: Lang) {
    return inLang(await this.contracts.diff(query.from, query.to), lang);
  }

  @Put()
  @AdminAction('contracts.replace')
  @ApiOperation({ summary: 'Store a whole register document as the next version (validated as a whole)' })
  @ApiOkResponse({ type: ChangeViewDto, description: CHANGED })
  @ApiProblemResponse(400, INVALID, ContractsProblemDto)
  @ApiProblemResponses(413)
  @ApiProblemResponse(409, 'CONTRACT_VERSION_CONFLICT: basedOn is not the latest version any more', ContractsProblemDto)
  async replace(@Body() dto: ReplaceRegisterDto, @RequestLang() lang: Lang): Promise<InLang<ChangeView>> {
    return inLang(await this.contracts.replace(dto), lang);
  }

  @Post('tarieven')
  @HttpCode(200)
  @AdminAction('contracts.tarief.set')
  @ApiOperation({ summary: "Set a product code's tarief from a date (which may lie in the past), in all its gemeenten or some" })
  @ApiOkResponse({ type: ChangeViewDto, description: CHANGED })
  @ApiProblemResponse(400, INVALID, ContractsProblemDto)
  @ApiProblemResponses(413)
  async setTarief(@Body() dto: SetTariefDto, @RequestLang() lang: Lang): Promise<InLang<ChangeView>> {
    return inLang(await this.contracts.setTarief(dto), lang);
  }

  @Post('contracten')
  @HttpCode(200)
  @AdminAction('contracts.contract.add')
  @ApiOperation({ summary: 'Contract an aanbieder for percelen (resultaatgebieden) in gemeenten' })
  @ApiOkResponse({ type: ChangeViewDto, description: CHANGED })
  @ApiProblemResponse(400, INVALID, ContractsProblemDto)
  @ApiProblemResponses(413)
  async addContract(@Body() dto: AddContractDto, @RequestLang() lang: Lang): Promise<InLang<ChangeView>> {
    return inLang(await this.contracts.addContract(dto), lang);
  }

  @Post('contracten/end')
  @HttpCode(200)
  @AdminAction('contracts.contract.end')
  @ApiOperation({ summary: "End an aanbieder's running contracts on a date (its last day), all or for some gemeenten or percelen" })
  @ApiOkResponse({ type: ChangeViewDto, description: CHANGED })
  @ApiProblemResponse(400, INVALID, ContractsProblemDto)
  @ApiProblemResponses(413)
  async endContract(@Body() dto: EndContractDto, @RequestLang() lang: Lang): Promise<InLang<ChangeView>> {
    return inLang(await this.contracts.endContract(dto), lang);
  }

  @Put('beleid/:gemeente')
  @AdminAction('contracts.beleid.set')
  @ApiOperation({ summary: "Set a gemeente's declaratiebeleid: proratie kalenderdagen or volle-maand" })
  @ApiOkResponse({ type: ChangeViewDto, description: CHANGED })
  @ApiProblemResponse(400, INVALID, ContractsProblemDto)
  @ApiProblemResponses(413)
  async setBeleid(@Param('gemeente') gemeente: string, @Body() dto: SetBeleidDto, @RequestLang() lang: Lang): Promise<InLang<ChangeView>> {
    return inLang(await this.contracts.setBeleid(gemeente, dto), lang);
  }
}
