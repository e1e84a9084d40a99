import { Injectable } from '@nestjs/common';
import {
  AuditRepository, DeliveryRepository, MessageRepository, PartyRepository, RetentionRepository, type Party, type StoredMessage,
} from '@lib/persistence';
import { text } from '@lib/i18n';
import { BerichtBodyPurged, BerichtNotFound } from './berichten.errors';

export interface HistoryEntry {
  at: Date;
  event: string;
  detail: Record<string, unknown>;
}

/** The gateway's verdict on a declaratie (WMO323), in GET /v1/berichten/{id}. */
export interface DeclaratieVerdict {
  /** accepted: every prestatie passed; partially-rejected: the gemeente received it, less the rejected prestaties; rejected: nothing went to the gemeente */
  outcome: 'accepted' | 'partially-rejected' | 'rejected';
  /** the prestaties the gateway rejected, in document order, each with its retourcodes (those among the errors listed: at most MAX_ERRORS) */
  rejectedPrestaties: Array<{ path: string; retourcodes: string[] }>;
  /** how many prestaties the gateway rejected, listed or not (the gateway's 325 names every one) */
  rejectedPrestatieCount: number;
  /** the gateway's own 325 on them (to the aanbieder; for a partly rejected declaratie a copy to the gemeente) */
  declaratieAntwoord: string | null;
}

const PRESTATIE_PATH = /^\/Bericht\/Declaratie\/Clienten\/Client\[\d+\]\/Prestaties\/Prestatie\[\d+\]$/;

/** The verdict on a 323 from its stored outcome and errors. */
export function declaratieVerdictOf(m: Pick<StoredMessage, 'messageType' | 'status' | 'errors' | 'retourId'>, history: readonly HistoryEntry[] = []): DeclaratieVerdict | undefined {
  if (m.messageType !== 'WMO323') return undefined;
  const byPath = new Map<string, Set<string>>();
  for (const e of m.errors as Array<{ path?: string | null; code?: string }>) {
    if (!e.path || !PRESTATIE_PATH.test(e.path) || !e.code) continue;
    if (!byPath.has(e.path)) byPath.set(e.path, new Set());
    byPath.get(e.path)!.add(e.code);
  }
  const rejectedPrestaties = [...byPath]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })) // document order: Client[2] before Client[10]
    .map(([path, codes]) => ({ path, retourcodes: [...codes].sort() }));
  // the 'accepted' or 'rejected' event counts them all; messages stored before it did have only the list
  const counted = history.map((e) => e.detail.rejectedPrestaties).find((n): n is number => typeof n === 'number');
  const rejectedPrestatieCount = Math.max(counted ?? 0, rejectedPrestaties.length);
  const outcome = m.status !== 'accepted' ? 'rejected' : rejectedPrestatieCount > 0 ? 'partially-rejected' : 'accepted';
  return { outcome, rejectedPrestaties, rejectedPrestatieCount, declaratieAntwoord: m.retourId };
}

/**
 * GET /v1/berichten/{id}: a message and its status history, for the parties that exchanged it
 * only (the sender, the party it was routed to, or a party that received a copy of it).
 */
@Injectable()
export class GetBerichtUseCase {
  constructor(
    private readonly messages: MessageRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly parties: PartyRepository,
    private readonly audit: AuditRepository,
    private readonly retention: RetentionRepository,
  ) {}

  /** The message when this party sent or received it; otherwise 404 (whether it exists is not revealed) and an audit entry. */
  async visible(party: Party, id: string, action = 'read message'): Promise<StoredMessage> {
    const message = await this.messages.findById(id);
    const exchanged = message && (message.submittedBy === party.id || message.recipientId === party.id || (await this.deliveries.deliveredTo(id, party.id)));
    if (!message || !exchanged) {
      await this.audit.record({ partyId: party.id, actor: party.code, action, outcome: 'refused', reason: message ? 'not a party to this message' : 'no such message', detail: { id } });
      throw new BerichtNotFound(id);
    }
    return message;
  }

  /** Acknowledges a mailbox delivery of this party. */
  async ack(party: Party, deliveryId: string) {
    const acked = await this.deliveries.ack(party.id, deliveryId);
    if (!acked) {
      await this.audit.record({ partyId: party.id, actor: party.code, action: 'ack delivery', outcome: 'refused', reason: 'not in this party\'s mailbox', detail: { deliveryId } });
      throw new BerichtNotFound(deliveryId, text('api.delivery-not-in-mailbox', { id: deliveryId }));
    }
    const { delivery, changed } = acked;
    // a second ack answers the same and records nothing
    if (changed) await this.messages.addEvent(delivery.messageId, 'acked', { deliveryId, by: party.code });
    return { deliveryId, messageId: delivery.messageId, status: delivery.status, ackedAt: delivery.ackedAt };
  }

  async status(party: Party, id: string) {
    const m = await this.visible(party, id);
    const events: HistoryEntry[] = await this.messages.events(id);
    const deliveries = await this.deliveries.forMessage(id);
    const out = [];
    for (const d of deliveries) {
      const to = await this.parties.findById(d.partyId);
      // why a delivery to another party failed is that party's business
      const own = d.partyId === party.id;
      for (const a of await this.deliveries.attempts(d.id)) {
        events.push({ at: a.at, event: `delivery attempt ${a.attempt}`, detail: { deliveryId: d.id, outcome: a.outcome, httpStatus: a.httpStatus, error: own ? a.error : null, durationMs: a.durationMs } });
      }
      // The worker records 'delivered' and 'dead-lettered' as message events; add them only where it did not (older rows).
      const recorded = (event: string) => events.some((e) => e.event === event && e.detail.deliveryId === d.id);
      if (d.deliveredAt && !recorded('delivered')) events.push({ at: d.deliveredAt, event: 'delivered', detail: { deliveryId: d.id } });
      if (d.status === 'dead' && !recorded('dead-lettered')) events.push({ at: new Date(), event: 'dead-lettered', detail: { deliveryId: d.id, error: own ? d.lastError : null } });
      out.push({ id: d.id, to: to?.code ?? null, channel: d.channel, status: d.status, attempts: d.attempts, lastError: own ? d.lastError : null });
    }
    // the worker's events on another party's delivery keep their outcome, not its error
    const ownIds = new Set(deliveries.filter((d) => d.partyId === party.id).map((d) => d.id));
    for (const e of events) {
      if (typeof e.detail.deliveryId === 'string' && !ownIds.has(e.detail.deliveryId) && e.detail.error) e.detail = { ...e.detail, error: null };
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
      ...(m.messageType === 'WMO323' ? { verdict: declaratieVerdictOf(m, events) } : {}),
      deliveries: out,
      history: events,
    };
  }

  /** The message byte for byte; 410 once the retention removed its body (docs/retention.md). */
  async raw(party: Party, id: string): Promise<Buffer> {
    await this.visible(party, id, 'fetch message');
    const raw = await this.messages.raw(id);
    // no iWmo message is empty: an empty body is one the retention removed
    if (!raw?.length) {
      const purged = await this.retention.purgedBody(id);
      if (purged) throw new BerichtBodyPurged(id, purged.retentionDays, purged.purgedAt);
    }
    // a mailbox item becomes fetched when its XML is read; the event only on that change
    for (const deliveryId of await this.deliveries.markFetched(party.id, id)) await this.messages.addEvent(id, 'fetched', { deliveryId, by: party.code });
    return raw!;
  }
}
