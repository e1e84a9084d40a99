import { InjectQueue } from '@nestjs/bullmq';
import { formatAmsterdamTime, type Lang } from '@lib/i18n';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DATABASE, type Database } from '@lib/persistence';
import { QueueName } from '@lib/queue';
import { dutchToday } from '@lib/rules';
import { DashboardReadRepository, type DeadlineSoort } from './dashboard-read.repository';
import { partyOptions } from './flows.page';
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

/** The standard's terms (FAQ iWmo 3.2, OP090x4), in working days. */
export const TERMS: Record<DeadlineSoort, { days: 3 | 5 | 10; label: string }> = {
  retour: { days: 3, label: 'retourbericht op een heenbericht (3 werkdagen)' },
  'antwoord-op-verzoek': { days: 5, label: '301 of 319 op een verzoek 315/317 (5 werkdagen)' },
  start: { days: 5, label: 'startbericht 305 na de ingangsdatum van de toewijzing (5 werkdagen)' },
  stop: { days: 5, label: 'stopbericht 307 na de einddatum van de toewijzing (5 werkdagen)' },
  'declaratie-antwoord': { days: 10, label: 'declaratie-antwoord 325 op een declaratie 323 (10 werkdagen)' },
};

const STATE_LABEL: Record<string, string> = {
  waiting: 'wachtend (nog niet geprobeerd)', delayed: 'vertraagd (wordt opnieuw geprobeerd)', dead: 'dead-letter (opgegeven)',
  delivered: 'afgeleverd', acked: 'afgeleverd en bevestigd',
};

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
    const scope = scopeOf(user);
    const cut = { days3: overdueCutoff(today, 3), days5: overdueCutoff(today, 5), days10: overdueCutoff(today, 10) };
    const [states, troubled, overdue, jobs, parties] = await Promise.all([
      this.read.deliveryStates(scope),
      this.read.troubledDeliveries(scope, STALE_MINUTES, 200),
      this.read.overdue(scope, cut, 200),
      scope.kind === 'all' ? this.jobCounts() : Promise.resolve(undefined),
      partyOptions(this.read, user, lang),
    ]);
    const order = ['waiting', 'delayed', 'dead', 'delivered', 'acked'];
    const stateRows = order.map((s) => ({ state: STATE_LABEL[s]!, n: states.find((x) => x.state === s)?.n ?? 0 }));
    const requeue = mayRequeue(user);
    const tables: Table[] = [
      { id: 'deliveries', title: 'Afleveringen per toestand', columns: [{ key: 'state', label: 'toestand' }, { key: 'n', label: 'afleveringen', numeric: true }], rows: stateRows },
    ];
    if (jobs) {
      tables.push({
        id: 'queue',
        title: 'Wachtrij (BullMQ, webhook-afleveringen)',
        note: jobs === 'unavailable' ? 'Redis antwoordt niet: de wachtrij is nu niet te zien. De afleveringen hierboven komen uit de database.' : undefined,
        columns: [{ key: 'state', label: 'taken' }, { key: 'n', label: 'aantal', numeric: true }],
        rows: jobs === 'unavailable' ? [] : Object.entries(jobs).map(([state, n]) => ({ state, n })),
      });
    }
    tables.push({
      id: 'troubled',
      title: 'Afleveringen die aandacht vragen (dead-letter, opnieuw geprobeerd, of langer dan een uur wachtend)',
      columns: [
        { key: 'created', label: timeLabel('sinds', lang) }, { key: 'party', label: 'ontvanger' }, { key: 'type', label: 'bericht' }, { key: 'channel', label: 'kanaal' },
        { key: 'status', label: 'status' }, { key: 'attempts', label: 'pogingen', numeric: true }, { key: 'error', label: 'laatste fout' },
        ...(requeue ? [{ key: 'action', label: 'actie' }] : []),
      ],
      rows: troubled.map((d) => ({
        created: { text: formatAmsterdamTime(d.createdAt, lang), href: `/dashboard/messages/${d.messageId}` },
        party: parties.nameOf(d.partyCode), type: d.messageType ?? '', channel: d.channel,
        status: d.status === 'dead' ? 'dead-letter' : d.attempts > 0 ? 'vertraagd' : 'wachtend',
        attempts: d.attempts, error: maskBsnsInText(d.lastError),
        ...(requeue ? { action: (d.status === 'dead' ? { requeue: d.id } : '') as Cell } : {}),
      })),
    });
    tables.push({
      id: 'overdue-per-party',
      title: 'Antwoorden over de termijn, per partij',
      note: `Vandaag ${today}; werkdagen zijn maandag tot en met vrijdag zonder de feestdagen van de Algemene termijnenwet.`,
      columns: [{ key: 'party', label: 'partij die moet antwoorden' }, { key: 'soort', label: 'wat ontbreekt' }, { key: 'n', label: 'aantal', numeric: true }, { key: 'oldest', label: 'oudste sinds' }],
      rows: overdue.totals
        .sort((a, b) => b.n - a.n || a.party.localeCompare(b.party))
        .map((t) => ({ party: parties.nameOf(t.party), soort: TERMS[t.soort].label, n: t.n, oldest: t.oldest })),
    });
    tables.push({
      id: 'overdue',
      title: 'De 200 oudste antwoorden over de termijn',
      columns: [
        { key: 'since', label: 'sinds' }, { key: 'soort', label: 'wat ontbreekt' }, { key: 'party', label: 'moet antwoorden' },
        { key: 'gemeente', label: 'gemeente' }, { key: 'aanbieder', label: 'aanbieder' }, { key: 'bsn', label: 'cliënt (BSN)' },
      ],
      rows: overdue.items.map((o) => ({
        since: o.messageId ? { text: o.since, href: `/dashboard/messages/${o.messageId}` } : o.since,
        soort: TERMS[o.soort].label, party: parties.nameOf(o.party), gemeente: o.gemeente, aanbieder: o.aanbieder, bsn: maskBsn(o.bsn),
      })),
    });
    const overdueTotal = overdue.totals.reduce((s, t) => s + t.n, 0);
    return {
      path: '/dashboard/queues',
      title: 'Wachtrijen en termijnen',
      intro: requeue
        ? 'Een dead-letter aflevering kan opnieuw in de wachtrij: de knop "opnieuw aanbieden" zet hem terug (de actie wordt gelogd).'
        : 'Opnieuw aanbieden kan alleen het contractteam.',
      query: '',
      filters: [],
      summary: [
        { label: 'dead-letter', value: String(states.find((s) => s.state === 'dead')?.n ?? 0) },
        { label: 'vertraagd', value: String(states.find((s) => s.state === 'delayed')?.n ?? 0) },
        { label: 'over de termijn', value: String(overdueTotal) },
      ],
      charts: [{
        id: 'chart-deliveries', title: 'Afleveringen per toestand', type: 'bar', labels: stateRows.map((r) => r.state), tableId: 'deliveries', yLabel: 'afleveringen',
        datasets: [{ label: 'afleveringen', data: stateRows.map((r) => r.n) }],
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
