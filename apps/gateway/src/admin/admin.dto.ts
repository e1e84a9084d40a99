import { text } from '@lib/i18n';
import { fieldText } from '../field-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, MaxLength, Min, MinLength, ValidateBy, ValidateIf, type ValidationArguments } from 'class-validator';
import { CBS_GEMEENTEN } from '@lib/iwmo';
import type { ApiKeyInfo, Delivery, DeliveryChannel, DeliveryFilter, DeliveryStatus, Party, PartyRole } from '@lib/persistence';

export const PARTY_ROLES: readonly PartyRole[] = ['gemeente', 'aanbieder'];
export const DELIVERY_CHANNELS: readonly DeliveryChannel[] = ['mailbox', 'webhook'];
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'fetched', 'delivered', 'acked', 'dead'];
/** What GET /v1/admin/deliveries filters on: a status, or delayed (pending webhook deliveries waiting for a retry). */
export const DELIVERY_FILTERS: readonly DeliveryFilter[] = ['pending', 'delayed', 'fetched', 'delivered', 'acked', 'dead'];

const trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** The code a party is known by in Afzender and Ontvanger: a CBS gemeentecode (4 digits) or an AGB-code (8 digits). */
function IsPartyCodeForRole() {
  return ValidateBy({
    name: 'isPartyCodeForRole',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const role = (args?.object as { role?: unknown }).role;
        if (typeof value !== 'string') return false;
        if (role === 'gemeente') return /^\d{4}$/.test(value) && Object.hasOwn(CBS_GEMEENTEN, value);
        if (role === 'aanbieder') return /^\d{8}$/.test(value);
        return true; // the role's own error says what is wrong
      },
      defaultMessage: (args?: ValidationArguments) => {
        const role = (args?.object as { role?: unknown }).role;
        const value = args?.value;
        if (role === 'gemeente') {
          return typeof value === 'string' && /^\d{4}$/.test(value)
            ? fieldText(text('api.field.cbs-unknown', { field: 'code', value }))
            : fieldText(text('api.field.cbs', { field: 'code' }));
        }
        return fieldText(text('api.field.agb', { field: 'code' }));
      },
    },
  });
}

/** A webhook URL belongs with the webhook channel only. */
function IsAbsentForMailbox(channelOf: (o: object) => unknown) {
  return ValidateBy({
    name: 'isAbsentForMailbox',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => value === undefined || channelOf(args!.object) !== 'mailbox',
      defaultMessage: (args?: ValidationArguments) => fieldText(text('api.field.left-out-for-mailbox', { field: args?.property ?? '' })),
    },
  });
}

/** Create: the channel asked for, else webhook when a URL is given. */
const createChannel = (o: object): DeliveryChannel => {
  const dto = o as CreatePartyDto;
  return dto.deliveryChannel ?? (dto.webhookUrl !== undefined ? 'webhook' : 'mailbox');
};

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
const URL_MESSAGE = fieldText(text('api.field.url', { field: 'webhookUrl' }));

export class CreatePartyDto {
  @ApiProperty({ enum: PARTY_ROLES })
  @IsIn(PARTY_ROLES, { message: fieldText(text('api.field.one-of', { field: 'role', allowed: PARTY_ROLES.join(', ') })) })
  role!: PartyRole;

  @ApiProperty({ description: 'CBS gemeentecode (4 digits) for a gemeente, AGB-code (8 digits) for an aanbieder', example: '12345678' })
  @IsPartyCodeForRole()
  code!: string;

  @ApiProperty({ example: 'Zorg BV' })
  @trim()
  @IsString({ message: fieldText(text('api.field.text', { field: 'name' })) })
  @MinLength(1, { message: fieldText(text('api.field.not-empty', { field: 'name' })) })
  @MaxLength(200, { message: fieldText(text('api.field.max-length', { field: 'name', max: 200 })) })
  name!: string;

  @ApiPropertyOptional({ enum: DELIVERY_CHANNELS, description: 'default: webhook when webhookUrl is given, else mailbox' })
  @IsOptional()
  @IsIn(DELIVERY_CHANNELS, { message: fieldText(text('api.field.one-of', { field: 'deliveryChannel', allowed: DELIVERY_CHANNELS.join(', ') })) })
  deliveryChannel?: DeliveryChannel;

  @ApiPropertyOptional({ example: 'https://zorg.example/iwmo/inbox', description: 'where messages are POSTed (webhook channel)' })
  @IsAbsentForMailbox(createChannel)
  @ValidateIf((o: CreatePartyDto) => o.deliveryChannel === 'webhook' || o.webhookUrl !== undefined)
  @IsDefined({ message: fieldText(text('api.field.webhook-url-required', { field: 'webhookUrl' })) })
  @IsUrl(URL_OPTIONS, { message: URL_MESSAGE })
  webhookUrl?: string;

  @ApiPropertyOptional({ description: 'HMAC key for signing webhook calls; generated (and returned once) when left out' })
  @IsAbsentForMailbox(createChannel)
  @IsOptional()
  @IsString({ message: fieldText(text('api.field.text', { field: 'webhookSecret' })) })
  @MinLength(16, { message: fieldText(text('api.field.min-length', { field: 'webhookSecret', min: 16 })) })
  @MaxLength(256, { message: fieldText(text('api.field.max-length', { field: 'webhookSecret', max: 256 })) })
  webhookSecret?: string;
}

export class SetDeliveryDto {
  @ApiProperty({ enum: DELIVERY_CHANNELS })
  @IsIn(DELIVERY_CHANNELS, { message: fieldText(text('api.field.one-of', { field: 'channel', allowed: DELIVERY_CHANNELS.join(', ') })) })
  channel!: DeliveryChannel;

  @ApiPropertyOptional({ example: 'https://zorg.example/iwmo/inbox', description: 'required for webhook' })
  @IsAbsentForMailbox((o) => (o as SetDeliveryDto).channel)
  @ValidateIf((o: SetDeliveryDto) => o.channel === 'webhook' || o.webhookUrl !== undefined)
  @IsDefined({ message: fieldText(text('api.field.webhook-url-required', { field: 'webhookUrl' })) })
  @IsUrl(URL_OPTIONS, { message: URL_MESSAGE })
  webhookUrl?: string;

  @ApiPropertyOptional({ description: 'new signing secret; left out: the current one is kept, or one is generated (and returned once) when there is none' })
  @IsAbsentForMailbox((o) => (o as SetDeliveryDto).channel)
  @IsOptional()
  @IsString({ message: fieldText(text('api.field.text', { field: 'webhookSecret' })) })
  @MinLength(16, { message: fieldText(text('api.field.min-length', { field: 'webhookSecret', min: 16 })) })
  @MaxLength(256, { message: fieldText(text('api.field.max-length', { field: 'webhookSecret', max: 256 })) })
  webhookSecret?: string;
}

export class CreateKeyDto {
  @ApiPropertyOptional({ example: 'billing system 2026', description: 'what the key is for, to tell keys apart when rotating' })
  @IsOptional()
  @trim()
  @IsString({ message: fieldText(text('api.field.text', { field: 'label' })) })
  @MaxLength(100, { message: fieldText(text('api.field.max-length', { field: 'label', max: 100 })) })
  label?: string;
}

const LIMIT_MESSAGE = fieldText(text('api.field.limit', { field: 'limit' }));

export class ListDeliveriesQuery {
  @ApiPropertyOptional({ enum: DELIVERY_FILTERS, default: 'dead', description: 'a status, or delayed: pending webhook deliveries whose last attempt failed and that wait for their next one' })
  @IsOptional()
  @IsIn(DELIVERY_FILTERS, { message: fieldText(text('api.field.one-of', { field: 'status', allowed: DELIVERY_FILTERS.join(', ') })) })
  status?: DeliveryFilter;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: LIMIT_MESSAGE })
  @Min(1, { message: LIMIT_MESSAGE })
  @Max(1000, { message: LIMIT_MESSAGE })
  limit?: number;
}

export class AuditQuery {
  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: LIMIT_MESSAGE })
  @Min(1, { message: LIMIT_MESSAGE })
  @Max(1000, { message: LIMIT_MESSAGE })
  limit?: number;
}

// ---- responses -------------------------------------------------------------

export class PartyDto {
  @ApiProperty({ enum: PARTY_ROLES }) role!: PartyRole;
  @ApiProperty({ example: '12345678' }) code!: string;
  @ApiProperty({ example: 'Zorg BV' }) name!: string;
  @ApiProperty({ enum: DELIVERY_CHANNELS }) deliveryChannel!: DeliveryChannel;
  @ApiProperty({ type: String, nullable: true }) webhookUrl!: string | null;

  static of(p: Party): PartyDto {
    return { role: p.role, code: p.code, name: p.name, deliveryChannel: p.deliveryChannel, webhookUrl: p.webhookUrl };
  }
}

export class PartyWithSecretDto extends PartyDto {
  @ApiPropertyOptional({ description: 'the signing secret the gateway generated: shown this once only' })
  webhookSecret?: string;
}

export class ApiKeyDto {
  @ApiProperty({ example: '3f9c0a1b2c3d4e5f' }) id!: string;
  @ApiProperty({ example: '12345678' }) partyCode!: string;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: Date, nullable: true }) revokedAt!: Date | null;

  static of(k: ApiKeyInfo): ApiKeyDto {
    return { id: k.id, partyCode: k.partyCode, label: k.label, createdAt: k.createdAt, revokedAt: k.revokedAt };
  }
}

export class CreatedApiKeyDto {
  @ApiProperty({ example: '3f9c0a1b2c3d4e5f' }) id!: string;
  @ApiProperty({ example: '12345678' }) partyCode!: string;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
  @ApiProperty({ description: 'the full API key: shown this once only, the gateway keeps only a hash', example: 'iwmo_3f9c0a1b2c3d4e5f_...' })
  key!: string;
}

export class DeliveryDto {
  @ApiProperty() id!: string;
  @ApiProperty() messageId!: string;
  @ApiProperty({ description: 'the receiving party' }) partyCode!: string;
  @ApiProperty({ enum: DELIVERY_CHANNELS }) channel!: DeliveryChannel;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status!: DeliveryStatus;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: Date, nullable: true }) deliveredAt!: Date | null;

  static of(d: Delivery, partyCode: string): DeliveryDto {
    return {
      id: d.id, messageId: d.messageId, partyCode, channel: d.channel, status: d.status,
      attempts: d.attempts, lastError: d.lastError, createdAt: d.createdAt, deliveredAt: d.deliveredAt,
    };
  }
}

export class AuditEntryDto {
  @ApiProperty() at!: Date;
  @ApiProperty({ example: 'admin' }) actor!: string;
  @ApiProperty({ example: 'admin.key.create' }) action!: string;
  @ApiProperty({ enum: ['allowed', 'refused'] }) outcome!: 'allowed' | 'refused';
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: Object }) detail!: Record<string, unknown>;
}

export class RotationRunDto {
  @ApiProperty({ description: 'a rotation is going on this gateway' }) running!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  @ApiProperty({ description: 'message bodies and webhook secrets re-wrapped so far in this run', example: 1200 }) rewrapped!: number;
  @ApiProperty({ type: String, nullable: true, description: 'why the run stopped, when it failed' }) error!: string | null;
}

export class EncryptionStatusDto {
  @ApiProperty({ example: 'k2026', description: 'the master key that seals new values' }) activeKeyId!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { k2025: 40, k2026: 1200, plain: 3 }, description: 'message bodies per master key id ("plain": from before encryption)' })
  messages!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { k2026: 12 }, description: 'webhook secrets per master key id ("plain": from before encryption)' })
  webhookSecrets!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { k2026: 5400 }, description: 'sealed BSNs of the state tables and onderaanneming notifications per master key id ("plain": from before migration 013)' })
  bsns!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { k2026: 30 }, description: 'XML of built declaraties and merged onderaanneming messages per master key id ("plain": from before encryption)' })
  builtMessages!: Record<string, number>;
  @ApiProperty({ type: RotationRunDto }) rotation!: RotationRunDto;
}
