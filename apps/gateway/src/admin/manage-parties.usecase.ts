import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lib/config';
import { PartyRepository, UNIQUE_VIOLATION, type DeliveryChannel } from '@lib/persistence';
import { WebhookTargetPolicy, WebhookTargetRefused } from '@lib/queue';
import { PartyDto, PartyWithSecretDto, type CreatePartyDto, type SetDeliveryDto } from './admin.dto';
import { PartyExists, PartyNotFound, WebhookUrlRefused } from './admin.errors';

/** 256 bits for the webhook's HMAC key, readable for the receiver to paste in. */
const newWebhookSecret = () => randomBytes(32).toString('base64url');

/**
 * Creates parties and sets how each receives its messages. A generated signing secret is
 * returned once. A webhook URL must pass the webhook policy as written (https, no loopback,
 * private or metadata address unless WEBHOOK_ALLOWED_NETWORKS allows it); the worker checks
 * it again after DNS at every delivery.
 */
@Injectable()
export class ManagePartiesUseCase {
  private readonly policy: WebhookTargetPolicy;

  constructor(
    private readonly parties: PartyRepository,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'webhookAllowedNetworks'>,
  ) {
    this.policy = new WebhookTargetPolicy(config.webhookAllowedNetworks);
  }

  async list(): Promise<PartyDto[]> {
    return (await this.parties.list()).map(PartyDto.of);
  }

  async create(dto: CreatePartyDto): Promise<PartyWithSecretDto> {
    if (await this.parties.findByCode(dto.code)) throw new PartyExists(dto.code);
    const channel: DeliveryChannel = dto.deliveryChannel ?? (dto.webhookUrl ? 'webhook' : 'mailbox');
    if (channel === 'webhook') this.checkWebhookUrl(dto.webhookUrl!);
    const generated = channel === 'webhook' && !dto.webhookSecret ? newWebhookSecret() : undefined;
    try {
      const party = await this.parties.create({
        role: dto.role,
        code: dto.code,
        name: dto.name,
        deliveryChannel: channel,
        webhookUrl: channel === 'webhook' ? dto.webhookUrl! : null,
        webhookSecret: channel === 'webhook' ? (dto.webhookSecret ?? generated!) : null,
      });
      return { ...PartyDto.of(party), ...(generated && { webhookSecret: generated }) };
    } catch (error) {
      // Created by a concurrent request between the check and the insert.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new PartyExists(dto.code);
      throw error;
    }
  }

  /**
   * Mailbox clears the webhook settings. Webhook without a secret keeps the
   * party's current one (a new URL for the same receiver must not break its
   * signature checks), or generates one when it has none.
   */
  async setDelivery(code: string, dto: SetDeliveryDto): Promise<PartyWithSecretDto> {
    const current = await this.parties.findByCode(code);
    if (!current) throw new PartyNotFound(code);
    if (dto.channel === 'mailbox') return PartyDto.of((await this.parties.setDelivery(code, 'mailbox', null, null))!);
    this.checkWebhookUrl(dto.webhookUrl!);
    const generated = !dto.webhookSecret && !current.webhookSecret ? newWebhookSecret() : undefined;
    const secret = dto.webhookSecret ?? current.webhookSecret ?? generated!;
    const party = await this.parties.setDelivery(code, 'webhook', dto.webhookUrl!, secret);
    if (!party) throw new PartyNotFound(code);
    return { ...PartyDto.of(party), ...(generated && { webhookSecret: generated }) };
  }

  private checkWebhookUrl(url: string): void {
    try {
      this.policy.checkUrl(url);
    } catch (error) {
      if (error instanceof WebhookTargetRefused) throw new WebhookUrlRefused(error.message);
      throw error;
    }
  }
}
