import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { AuditRepository } from '@lib/persistence';
import { ApiProblemResponse, ApiProblemResponses } from '../problem.openapi';
import { AdminApi } from './admin-api.decorator';
import { AdminAction } from './admin-audit.interceptor';
import {
  ApiKeyDto, AuditEntryDto, AuditQuery, CreatedApiKeyDto, CreateKeyDto, CreatePartyDto, DeliveryDto, ListDeliveriesQuery,
  PartyDto, PartyWithSecretDto, SetDeliveryDto,
} from './admin.dto';
import { ManageDeliveriesUseCase } from './manage-deliveries.usecase';
import { ManageKeysUseCase } from './manage-keys.usecase';
import { ManagePartiesUseCase } from './manage-parties.usecase';
import { uuidParam } from '../uuid-param';

/**
 * The operator's API: parties, their API keys and delivery channels, dead
 * letters, the audit log. Admin token only; every call is audit-logged.
 * No logic here: the use cases do the work.
 */
@AdminApi('admin')
@Controller('v1/admin')
export class AdminController {
  constructor(
    private readonly parties: ManagePartiesUseCase,
    private readonly keys: ManageKeysUseCase,
    private readonly deliveries: ManageDeliveriesUseCase,
    private readonly audit: AuditRepository,
  ) {}

  @Post('parties')
  @AdminAction('party.create')
  @ApiOperation({ summary: 'Register a gemeente (CBS code) or aanbieder (AGB-code) with its delivery channel' })
  @ApiCreatedResponse({ type: PartyWithSecretDto, description: 'webhookSecret is present once when the gateway generated it' })
  @ApiProblemResponse(400, 'the JSON body does not parse, or a field is invalid, or the webhook policy refuses the URL (WEBHOOK_ALLOWED_NETWORKS); the detail names it and the fix')
  @ApiProblemResponses(413)
  @ApiProblemResponse(409, 'a party with this code exists')
  createParty(@Body() dto: CreatePartyDto): Promise<PartyWithSecretDto> {
    return this.parties.create(dto);
  }

  @Get('parties')
  @AdminAction('party.list')
  @ApiOperation({ summary: 'All parties (without secrets)' })
  @ApiOkResponse({ type: [PartyDto] })
  listParties(): Promise<PartyDto[]> {
    return this.parties.list();
  }

  @Put('parties/:code/delivery')
  @AdminAction('party.delivery.set')
  @ApiOperation({ summary: "Set a party's delivery channel: mailbox (it fetches) or webhook (the gateway POSTs, signed)" })
  @ApiOkResponse({ type: PartyWithSecretDto, description: 'webhookSecret is present once when the gateway generated it' })
  @ApiProblemResponse(400, 'the JSON body does not parse, or a field is invalid, or the webhook policy refuses the URL (WEBHOOK_ALLOWED_NETWORKS); the detail names it and the fix')
  @ApiProblemResponses(413)
  @ApiProblemResponse(404, 'no such party')
  setDelivery(@Param('code') code: string, @Body() dto: SetDeliveryDto): Promise<PartyWithSecretDto> {
    return this.parties.setDelivery(code, dto);
  }

  @Post('parties/:code/keys')
  @AdminAction('key.create')
  @ApiOperation({ summary: 'A new API key for the party (several may be live at once, for rotation); the key is shown once' })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  @ApiProblemResponses(400, 413)
  @ApiProblemResponse(404, 'no such party')
  createKey(@Param('code') code: string, @Body() dto: CreateKeyDto): Promise<CreatedApiKeyDto> {
    return this.keys.create(code, dto.label);
  }

  @Get('parties/:code/keys')
  @AdminAction('key.list')
  @ApiOperation({ summary: "A party's API keys, revoked ones included (never the secrets)" })
  @ApiOkResponse({ type: [ApiKeyDto] })
  @ApiProblemResponse(404, 'no such party')
  listKeys(@Param('code') code: string): Promise<ApiKeyDto[]> {
    return this.keys.list(code);
  }

  @Post('keys/:keyId/revoke')
  @HttpCode(200)
  @AdminAction('key.revoke')
  @ApiOperation({ summary: 'Revoke an API key; requests with it are refused from now on' })
  @ApiOkResponse({ type: ApiKeyDto })
  @ApiProblemResponse(404, 'no such key')
  revokeKey(@Param('keyId') keyId: string): Promise<ApiKeyDto> {
    return this.keys.revoke(keyId);
  }

  @Get('deliveries')
  @AdminAction('delivery.list')
  @ApiOperation({ summary: 'Deliveries by status, oldest first (default: dead, the dead letters)' })
  @ApiOkResponse({ type: [DeliveryDto] })
  @ApiProblemResponse(400, 'unknown status or bad limit')
  listDeliveries(@Query() query: ListDeliveriesQuery): Promise<DeliveryDto[]> {
    return this.deliveries.list(query.status ?? 'dead', query.limit ?? 100);
  }

  @Post('deliveries/:id/requeue')
  @HttpCode(200)
  @AdminAction('delivery.requeue')
  @ApiOperation({ summary: 'Put a dead delivery back: pending again, webhook deliveries handed to the queue' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiProblemResponse(400, 'the id is not a UUID')
  @ApiProblemResponse(404, 'no such delivery')
  @ApiProblemResponse(409, 'the delivery is not dead')
  requeue(@Param('id', uuidParam('id')) id: string): Promise<DeliveryDto> {
    return this.deliveries.requeue(id);
  }

  @Get('audit')
  @AdminAction('audit.list')
  @ApiOperation({ summary: 'The most recent audit log entries, newest first' })
  @ApiOkResponse({ type: [AuditEntryDto] })
  @ApiProblemResponse(400, 'bad limit')
  async auditLog(@Query() query: AuditQuery): Promise<AuditEntryDto[]> {
    return (await this.audit.recent(query.limit ?? 100)).map((e) => ({
      at: e.at, actor: e.actor, action: e.action, outcome: e.outcome, reason: e.reason ?? null, detail: e.detail ?? {},
    }));
  }
}
