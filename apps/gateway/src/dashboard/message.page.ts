import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { formatAmsterdamTime, saying, text, type Lang } from '@lib/i18n';
import { errorsIn, type ValidationError } from '@lib/iwmo';
import { DATABASE, DeliveryRepository, type Database } from '@lib/persistence';
import { ruleCatalogue } from '@lib/rules';
import { DashboardReadRepository } from '@lib/persistence';
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
    const say = sayIn(lang);
    const message = UUID.test(id) ? await this.read.message(scopeOf(user), id) : undefined;
    // Not found and not yours look the same: the page does not confirm that a message exists.
    if (!message) throw saying((m) => new NotFoundException(m), text('dashboard.message.not-found', { id }));
    const [events, deliveries, answers] = await Promise.all([this.read.messageEvents(id), this.deliveries.forMessage(id), this.read.answersOf(message)]);
    const attempts = await Promise.all(deliveries.map((d) => this.deliveries.attempts(d.id)));
    const time = (at: Date) => formatAmsterdamTime(at, lang);
    const at = timeLabel(say('dashboard.message.col.at'), lang);

    const facts: Table = {
      id: 'facts',
      title: say('dashboard.message.facts.title'),
      columns: [{ key: 'field', label: say('dashboard.message.col.field') }, { key: 'value', label: say('dashboard.message.col.value') }],
      rows: [
        ['id', message.id], [say('dashboard.messages.type'), message.messageType ?? say('dashboard.unknown')], [say('dashboard.message.field.kind'), message.kind ?? ''],
        [say('dashboard.messages.afzender'), message.afzender ?? ''], [say('dashboard.messages.ontvanger'), message.ontvanger ?? ''],
        [say('dashboard.message.field.identificatie'), message.identificatie ?? ''], [say('dashboard.message.field.dagtekening'), message.dagtekening ?? ''],
        [timeLabel(say('dashboard.messages.received'), lang), time(message.receivedAt)],
        [say('dashboard.messages.outcome'), outcomeLabel(message.status, say)], [say('dashboard.messages.retourcodes'), message.retourcodes.join(' ')],
        [say('dashboard.message.field.made-by-gateway'), say(message.madeByGateway ? 'dashboard.message.yes' : 'dashboard.message.no')],
      ].map(([field, value]) => ({ field: field!, value: value! })),
    };
    // the findings in the reader's language where they were stored with their catalogue text, else in their stored words
    const found = errorsIn(lang, message.errors as ValidationError[]);
    const errors: Table = {
      id: 'errors',
      title: say('dashboard.message.errors.title'),
      note: found.length ? undefined : say('dashboard.message.errors.none'),
      columns: [
        { key: 'element', label: say('dashboard.message.col.element') }, { key: 'rule', label: say('dashboard.message.col.rule') }, { key: 'code', label: say('dashboard.message.col.code') },
        { key: 'fix', label: say('dashboard.message.col.fix') }, { key: 'definitie', label: say('dashboard.message.col.definitie') },
      ],
      rows: found.map((e) => ({
        element: e.path ?? '', rule: e.rule ?? e.layer ?? '', code: e.code ?? '',
        fix: maskBsnsInText(e.message), definitie: (e.rule && this.definitions.get(e.rule)) || '',
      })),
    };
    const history: Table = {
      id: 'history',
      title: say('dashboard.message.history.title'),
      columns: [{ key: 'at', label: at }, { key: 'event', label: say('dashboard.message.col.event') }, { key: 'detail', label: say('dashboard.message.col.detail') }],
      rows: events.map((e) => ({ at: time(e.at), event: eventLabel(e.event, lang), detail: eventDetail(e.detail, lang) })),
    };
    const deliveryTable: Table = {
      id: 'deliveries',
      title: say('dashboard.message.deliveries.title'),
      columns: [
        { key: 'id', label: say('dashboard.message.col.delivery') }, { key: 'channel', label: say('dashboard.queues.col.channel') }, { key: 'status', label: say('dashboard.queues.col.status') },
        { key: 'attempt', label: say('dashboard.message.col.attempt') }, { key: 'at', label: at }, { key: 'outcome', label: say('dashboard.messages.outcome') },
        { key: 'error', label: say('dashboard.message.col.error') },
      ],
      rows: deliveries.flatMap((d, i) => [
        { id: d.id, channel: d.channel, status: deliveryStatusLabel(d.status, lang), attempt: d.attempts, at: time(d.createdAt), outcome: '', error: maskBsnsInText(d.lastError) },
        ...attempts[i]!.map((a) => ({ id: '', channel: '', status: '', attempt: a.attempt, at: time(a.at), outcome: attemptOutcomeLabel(a.outcome, lang), error: maskBsnsInText(a.error) })),
      ]),
    };
    return {
      path: `/dashboard/messages/${id}`,
      title: say('dashboard.message.title', { type: message.messageType ?? '', identificatie: message.identificatie ?? '' }).replace(/\s+/g, ' ').trim(),
      intro: say('dashboard.message.intro'),
      query: '',
      filters: [],
      charts: [],
      tables: [facts, errors, history, deliveryTable, messagesTable('answers', say('dashboard.message.answers.title'), answers, lang)],
    };
  }
}
