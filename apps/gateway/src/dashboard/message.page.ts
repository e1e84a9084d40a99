import { formatAmsterdamTime, type Lang } from '@lib/i18n';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DATABASE, DeliveryRepository, type Database } from '@lib/persistence';
import { ruleCatalogue } from '@lib/rules';
import { DashboardReadRepository } from './dashboard-read.repository';
import { messagesTable, outcomeLabel } from './flows.page';
import { sayIn } from './lang';
import type { Page } from './page';
import { maskBsnsInText } from './privacy';
import { scopeOf, type DashboardUser } from './scope';
import type { Table } from './table';
import { timeLabel } from './time';
import { attemptOutcomeLabel, deliveryStatusLabel, eventDetail, eventLabel } from './timeline';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One message: its facts, its errors (element, rule, what to fix), its status history and deliveries. Never its content (BSNs). */
@Injectable()
export class MessagePage {
  private readonly read: DashboardReadRepository;
  private readonly deliveries: DeliveryRepository;
  private readonly definitions = new Map(ruleCatalogue().map((r) => [r.code, r.definition]));

  constructor(@Inject(DATABASE) db: Database) {
    this.read = new DashboardReadRepository(db);
    this.deliveries = new DeliveryRepository(db);
  }

  async build(user: DashboardUser, id: string, lang: Lang): Promise<Page> {
    const message = UUID.test(id) ? await this.read.message(scopeOf(user), id) : undefined;
    // Not found and not yours look the same: the page does not confirm that a message exists.
    if (!message) throw new NotFoundException(`No message ${id} that you may see. Open messages from the Flows or Rejects page.`);
    const [events, deliveries, answers] = await Promise.all([this.read.messageEvents(id), this.deliveries.forMessage(id), this.read.answersOf(message)]);
    const attempts = await Promise.all(deliveries.map((d) => this.deliveries.attempts(d.id)));

    const facts: Table = {
      id: 'facts',
      title: 'Bericht',
      columns: [{ key: 'field', label: 'gegeven' }, { key: 'value', label: 'waarde' }],
      rows: [
        ['id', message.id], ['bericht', message.messageType ?? '(onbekend)'], ['soort', message.kind ?? ''],
        ['afzender', message.afzender ?? ''], ['ontvanger', message.ontvanger ?? ''], ['identificatie', message.identificatie ?? ''],
        ['dagtekening', message.dagtekening ?? ''], [timeLabel('ontvangen', lang), formatAmsterdamTime(message.receivedAt, lang)],
        ['uitkomst', outcomeLabel(message.status, sayIn(lang))], ['retourcodes', message.retourcodes.join(' ')],
        ['door de gateway gemaakt', message.madeByGateway ? 'ja' : 'nee'],
      ].map(([field, value]) => ({ field: field!, value: value! })),
    };
    const errors: Table = {
      id: 'errors',
      title: 'Fouten',
      note: message.errors.length ? undefined : 'Geen fouten.',
      columns: [
        { key: 'element', label: 'element' }, { key: 'rule', label: 'regel' }, { key: 'code', label: 'code' },
        { key: 'fix', label: 'wat te herstellen' }, { key: 'definitie', label: 'wat de regel vraagt' },
      ],
      rows: message.errors.map((e) => ({
        element: e.path ?? '', rule: e.rule ?? e.layer ?? '', code: e.code ?? '',
        fix: maskBsnsInText(e.message), definitie: (e.rule && this.definitions.get(e.rule)) || '',
      })),
    };
    const history: Table = {
      id: 'history',
      title: 'Statushistorie',
      columns: [{ key: 'at', label: timeLabel('tijdstip', lang) }, { key: 'event', label: 'gebeurtenis' }, { key: 'detail', label: 'details' }],
      rows: events.map((e) => ({ at: formatAmsterdamTime(e.at, lang), event: eventLabel(e.event), detail: eventDetail(e.detail) })),
    };
    const deliveryTable: Table = {
      id: 'deliveries',
      title: 'Afleveringen en pogingen',
      columns: [
        { key: 'id', label: 'aflevering' }, { key: 'channel', label: 'kanaal' }, { key: 'status', label: 'status' },
        { key: 'attempt', label: 'poging' }, { key: 'at', label: timeLabel('tijdstip', lang) }, { key: 'outcome', label: 'uitkomst' }, { key: 'error', label: 'fout' },
      ],
      rows: deliveries.flatMap((d, i) => [
        { id: d.id, channel: d.channel, status: deliveryStatusLabel(d.status), attempt: d.attempts, at: formatAmsterdamTime(d.createdAt, lang), outcome: '', error: maskBsnsInText(d.lastError) },
        ...attempts[i]!.map((a) => ({ id: '', channel: '', status: '', attempt: a.attempt, at: formatAmsterdamTime(a.at, lang), outcome: attemptOutcomeLabel(a.outcome), error: maskBsnsInText(a.error) })),
      ]),
    };
    return {
      path: `/dashboard/messages/${id}`,
      title: `Bericht ${message.messageType ?? ''} ${message.identificatie ?? ''}`.trim(),
      intro: 'De inhoud van het bericht wordt hier niet getoond: die bevat BSN\'s.',
      query: '',
      filters: [],
      charts: [],
      tables: [facts, errors, history, deliveryTable, messagesTable('answers', 'Retourberichten op dit bericht', answers, lang)],
    };
  }
}
