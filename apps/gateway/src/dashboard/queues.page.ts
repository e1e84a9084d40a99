import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { formatAmsterdamTime, formatNumber, type Lang } from '@lib/i18n';
import type { Queue } from 'bullmq';
import { DATABASE, type Database } from '@lib/persistence';
import { QueueName } from '@lib/queue';
import { dutchToday } from '@lib/rules';
import { DashboardReadRepository, type DeadlineSoort } from '@lib/persistence';
import { partyOptions } from './flows.page';
import { sayIn } from './lang';
import type { Page } from './page';
import { maskBsn, maskBsnsInText } from './privacy';
import { mayRequeue, scopeOf, type DashboardUser } from './scope';
import type { Cell, Table } from './table';
import { overdueCutoff } from './working-days';
import { timeLabel } from './time';

/** What the page needs of the BullMQ queue. */
export type JobCounter = Pick<Queue, 'getJobCounts'>;

const REDIS_WAIT_MS = 2000;
/** A pending delivery untouched this long is listed even without failed attempts. */
const STALE_MINUTES = 60;

/** What is missing when an answer is past the standard's term (FAQ iWmo 3.2, OP090x4: 3, 5 or 10 working days). */
const TERM_LABEL = {
  retour: 'dashboard.queues.term.retour',
  'antwoord-op-verzoek': 'dashboard.queues.term.antwoord-op-verzoek',
  start: 'dashboard.queues.term.start',
  stop: 'dashboard.queues.term.stop',
  'declaratie-antwoord': 'dashboard.queues.term.declaratie-antwoord',
} as const satisfies Record<DeadlineSoort, string>;

const STATES = ['waiting', 'delayed', 'dead', 'delivered', 'acked'] as const;
const STATE_LABEL = {
  waiting: 'dashboard.queues.state.waiting', delayed: 'dashboard.queues.state.delayed', dead: 'dashboard.queues.state.dead',
  delivered: 'dashboard.queues.state.delivered', acked: 'dashboard.queues.state.acked',
} as const satisfies Record<(typeof STATES)[number], string>;
/** BullMQ's job states, as getJobCounts names them */
const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
const JOB_STATE_LABEL = {
  waiting: 'dashboard.queues.job.waiting', active: 'dashboard.queues.job.active', delayed: 'dashboard.queues.job.delayed',
  failed: 'dashboard.queues.job.failed', completed: 'dashboard.queues.job.completed',
} as const satisfies Record<(typeof JOB_STATES)[number], string>;
const isJobState = (state: string): state is (typeof JOB_STATES)[number] => (JOB_STATES as readonly string[]).includes(state);

/** Queues and deadlines: deliveries that wait, are retried or were given up (with requeue), and answers past their term. */
@Injectable()
export class QueuesPage {
  private readonly read: DashboardReadRepository;

  constructor(
    @Inject(DATABASE) db: Database,
    @InjectQueue(QueueName.Delivery) private readonly queue: JobCounter,
  ) {
    this.read = new DashboardReadRepository(db);
  }

  async build(user: DashboardUser, lang: Lang, today = dutchToday()): Promise<Page> {
    const say = sayIn(lang);
    const count = (n: number) => formatNumber(n, lang);
    const scope = scopeOf(user);
    const cut = { days3: overdueCutoff(today, 3), days5: overdueCutoff(today, 5), days10: overdueCutoff(today, 10) };
    const [states, troubled, overdue, jobs, parties] = await Promise.all([
      this.read.deliveryStates(scope),
      this.read.troubledDeliveries(scope, STALE_MINUTES, 200),
      this.read.overdue(scope, cut, 200),
      scope.kind === 'all' ? this.jobCounts() : Promise.resolve(undefined),
      partyOptions(this.read, user, lang),
    ]);
    const stateRows = STATES.map((s) => ({ state: say(STATE_LABEL[s]), n: states.find((x) => x.state === s)?.n ?? 0 }));
    const requeue = mayRequeue(user);
    const deliveries = say('dashboard.queues.deliveries');
    const tables: Table[] = [
      {
        id: 'deliveries', title: say('dashboard.queues.per-state'),
        columns: [{ key: 'state', label: say('dashboard.queues.col.state') }, { key: 'n', label: deliveries, numeric: true }], rows: stateRows,
      },
    ];
    if (jobs) {
      tables.push({
        id: 'queue',
        title: say('dashboard.queues.queue.title'),
        note: jobs === 'unavailable' ? say('dashboard.queues.queue.redis-down') : undefined,
        columns: [{ key: 'state', label: say('dashboard.queues.col.jobs') }, { key: 'n', label: say('dashboard.queues.col.count'), numeric: true }],
        rows: jobs === 'unavailable' ? [] : Object.entries(jobs).map(([state, n]) => ({ state: isJobState(state) ? say(JOB_STATE_LABEL[state]) : state, n })),
      });
    }
    tables.push({
      id: 'troubled',
      title: say('dashboard.queues.troubled.title'),
      columns: [
        { key: 'created', label: timeLabel(say('dashboard.queues.col.since'), lang) }, { key: 'party', label: say('dashboard.messages.ontvanger') },
        { key: 'type', label: say('dashboard.messages.type') }, { key: 'channel', label: say('dashboard.queues.col.channel') },
        { key: 'status', label: say('dashboard.queues.col.status') }, { key: 'attempts', label: say('dashboard.queues.col.attempts'), numeric: true },
        { key: 'error', label: say('dashboard.queues.col.last-error') },
        ...(requeue ? [{ key: 'action', label: say('dashboard.queues.col.action') }] : []),
      ],
      rows: troubled.map((d) => ({
        created: { text: formatAmsterdamTime(d.createdAt, lang), href: `/dashboard/messages/${d.messageId}` },
        party: parties.nameOf(d.partyCode), type: d.messageType ?? '', channel: d.channel,
        status: say(d.status === 'dead' ? 'dashboard.queues.status.dead' : d.attempts > 0 ? 'dashboard.queues.status.delayed' : 'dashboard.queues.status.waiting'),
        attempts: d.attempts, error: maskBsnsInText(d.lastError),
        ...(requeue ? { action: (d.status === 'dead' ? { requeue: d.id } : '') as Cell } : {}),
      })),
    });
    const missing = say('dashboard.queues.col.missing');
    tables.push({
      id: 'overdue-per-party',
      title: say('dashboard.queues.overdue-per-party.title'),
      note: say('dashboard.queues.overdue-per-party.note', { today }),
      columns: [
        { key: 'party', label: say('dashboard.queues.col.party-to-answer') }, { key: 'soort', label: missing },
        { key: 'n', label: say('dashboard.queues.col.count'), numeric: true }, { key: 'oldest', label: say('dashboard.queues.col.oldest') },
      ],
      rows: overdue.totals
        .sort((a, b) => b.n - a.n || a.party.localeCompare(b.party))
        .map((t) => ({ party: parties.nameOf(t.party), soort: say(TERM_LABEL[t.soort]), n: t.n, oldest: t.oldest })),
    });
    tables.push({
      id: 'overdue',
      title: say('dashboard.queues.overdue.title'),
      columns: [
        { key: 'since', label: say('dashboard.queues.col.since') }, { key: 'soort', label: missing }, { key: 'party', label: say('dashboard.queues.col.to-answer') },
        { key: 'gemeente', label: say('dashboard.filters.gemeente') }, { key: 'aanbieder', label: say('dashboard.filters.aanbieder') }, { key: 'bsn', label: say('dashboard.queues.col.client') },
      ],
      rows: overdue.items.map((o) => ({
        since: o.messageId ? { text: o.since, href: `/dashboard/messages/${o.messageId}` } : o.since,
        soort: say(TERM_LABEL[o.soort]), party: parties.nameOf(o.party), gemeente: o.gemeente, aanbieder: o.aanbieder, bsn: maskBsn(o.bsn),
      })),
    });
    const overdueTotal = overdue.totals.reduce((s, t) => s + t.n, 0);
    return {
      path: '/dashboard/queues',
      title: say('dashboard.queues.title'),
      intro: say(requeue ? 'dashboard.queues.intro.may-requeue' : 'dashboard.queues.intro.may-not-requeue'),
      query: '',
      filters: [],
      summary: [
        { label: say('dashboard.queues.status.dead'), value: count(states.find((s) => s.state === 'dead')?.n ?? 0) },
        { label: say('dashboard.queues.status.delayed'), value: count(states.find((s) => s.state === 'delayed')?.n ?? 0) },
        { label: say('dashboard.queues.summary.overdue'), value: count(overdueTotal) },
      ],
      charts: [{
        id: 'chart-deliveries', title: say('dashboard.queues.per-state'), type: 'bar', labels: stateRows.map((r) => r.state), tableId: 'deliveries', yLabel: deliveries,
        datasets: [{ label: deliveries, data: stateRows.map((r) => r.n) }],
      }],
      tables,
    };
  }

  private async jobCounts(): Promise<Record<string, number> | 'unavailable'> {
    let timer: NodeJS.Timeout | undefined;
    const counts = this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    counts.catch(() => undefined);
    try {
      return await Promise.race([counts, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), REDIS_WAIT_MS)))]);
    } catch {
      return 'unavailable';
    } finally {
      clearTimeout(timer);
    }
  }
}
