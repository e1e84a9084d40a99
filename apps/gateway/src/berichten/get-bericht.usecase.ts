import { Injectable } from '@nestjs/common';
import { AuditRepository, DeliveryRepository, MessageRepository, PartyRepository, type Party, type StoredMessage } from '@lib/persistence';
import { BerichtNotFound } from './berichten.errors';

export interface HistoryEntry {
  at: Date;
  event: string;
  detail: Record<string, unknown>;
}

/**
 * GET /v1/berichten/{id}: a message and its status history, for the parties that
 * exchanged it only (the sender, or the party it was routed to).
 */
@Injectable()
export class GetBerichtUseCase {
  constructor(
    private readonly messages: MessageRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly parties: PartyRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** The message when this party sent or received it; otherwise 404 (whether it exists is not revealed) and an audit entry. */
  async visible(party: Party, id: string, action = 'read message'): Promise<StoredMessage> {
    const message = await this.messages.findById(id);
    if (!message || (message.submittedBy !== party.id && message.recipientId !== party.id)) {
      await this.audit.record({ partyId: party.id, actor: party.code, action, outcome: 'refused', reason: message ? 'not a party to this message' : 'no such message', detail: { id } });
      throw new BerichtNotFound(id);
    }
    return message;
  }

  /** Acknowledges a mailbox delivery of this party. */
  async ack(party: Party, deliveryId: string) {
    const delivery = await this.deliveries.ack(party.id, deliveryId);
    if (!delivery) {
      await this.audit.record({ partyId: party.id, actor: party.code, action: 'ack delivery', outcome: 'refused', reason: 'not in this party\'s mailbox', detail: { deliveryId } });
      throw new BerichtNotFound(deliveryId);
    }
    await this.messages.addEvent(delivery.messageId, 'acked', { deliveryId, by: party.code });
    return { deliveryId, messageId: delivery.messageId, status: delivery.status, ackedAt: delivery.ackedAt };
  }

  async status(party: Party, id: string) {
    const m = await this.visible(party, id);
    const events: HistoryEntry[] = await this.messages.events(id);
    const deliveries = await this.deliveries.forMessage(id);
    const out = [];
    for (const d of deliveries) {
      const to = await this.parties.findById(d.partyId);
      for (const a of await this.deliveries.attempts(d.id)) {
        events.push({ at: a.at, event: `delivery attempt ${a.attempt}`, detail: { deliveryId: d.id, outcome: a.outcome, httpStatus: a.httpStatus, error: a.error, durationMs: a.durationMs } });
      }
      // The worker records 'delivered' and 'dead-lettered' as message events; add them only where it did not (older rows).
      const recorded = (event: string) => events.some((e) => e.event === event && e.detail.deliveryId === d.id);
      if (d.deliveredAt && !recorded('delivered')) events.push({ at: d.deliveredAt, event: 'delivered', detail: { deliveryId: d.id } });
      if (d.status === 'dead' && !recorded('dead-lettered')) events.push({ at: new Date(), event: 'dead-lettered', detail: { deliveryId: d.id, error: d.lastError } });
      out.push({ id: d.id, to: to?.code ?? null, channel: d.channel, status: d.status, attempts: d.attempts, lastError: d.lastError });
    }
    // In the same millisecond the attempt comes before the outcome it led to.
    const outcome = (e: HistoryEntry) => (e.event === 'delivered' || e.event === 'dead-lettered' ? 1 : 0);
    events.sort((a, b) => a.at.getTime() - b.at.getTime() || outcome(a) - outcome(b));
    return {
      id: m.id,
      message: m.messageType,
      status: m.status,
      retourcodes: m.retourcodes,
      errors: m.errors,
      afzender: m.afzender,
      ontvanger: m.ontvanger,
      identificatie: m.identificatie,
      dagtekening: m.dagtekening,
      receivedAt: m.receivedAt,
      inReplyTo: m.inReplyTo,
      retourbericht: m.retourId,
      deliveries: out,
      history: events,
    };
  }

  async raw(party: Party, id: string): Promise<Buffer> {
    const m = await this.visible(party, id, 'fetch message');
    if (m.recipientId === party.id) await this.messages.addEvent(id, 'fetched', { by: party.code });
    return (await this.messages.raw(id))!;
  }
}
