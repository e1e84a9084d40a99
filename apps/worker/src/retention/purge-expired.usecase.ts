import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type RetentionSettings } from '@lib/config';
import { RetentionRepository } from '@lib/persistence';

/** Rows one purge run removed or emptied, per kind; counts only, never what was in them. */
export interface PurgeCounts {
  rejectedBodies: number;
  retourBodies: number;
  bodies: number;
  toewijzingVersions: number;
  starts: number;
  stops: number;
  verzoeken: number;
  antwoorden: number;
  prestaties: number;
  declaratieAntwoorden: number;
  declaraties: number;
  auditRefused: number;
  audit: number;
}

/**
 * One retention run (docs/retention.md): rejected bodies, all bodies, rule state no rule can
 * need any more, and the audit log, each purged in batches of RETENTION_BATCH_SIZE rows until
 * a batch comes back short. A period of 0 keeps that kind forever. Each batch commits on its
 * own, so a run stopped halfway (shutdown, outage) leaves a consistent database and the next
 * run continues; a run with nothing expired changes nothing.
 */
@Injectable()
export class PurgeExpiredUseCase {
  private readonly settings: RetentionSettings;

  constructor(
    private readonly retention: RetentionRepository,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'retention'>,
  ) {
    this.settings = config.retention;
  }

  /** `stopped` is asked between batches, so a shutdown does not wait for a long purge. */
  async execute(stopped: () => boolean = () => false): Promise<PurgeCounts> {
    const { rejectedDays, messageDays, stateDays, auditDays, auditRefusedDays, batchSize } = this.settings;
    const r = this.retention;
    const drain = async (days: number, purge: (days: number, batch: number) => Promise<number>): Promise<number> => {
      let total = 0;
      if (days === 0) return total;
      while (!stopped()) {
        const n = await purge(days, batchSize);
        total += n;
        if (n < batchSize) break;
      }
      return total;
    };
    const counts: PurgeCounts = {
      rejectedBodies: await drain(rejectedDays, (d, b) => r.purgeRejectedBodies(d, b)),
      retourBodies: await drain(rejectedDays, (d, b) => r.purgeRetourBodiesOfRejected(d, b)),
      bodies: await drain(messageDays, (d, b) => r.purgeBodies(d, b)),
      toewijzingVersions: 0, starts: 0, stops: 0,
      verzoeken: 0, antwoorden: 0, prestaties: 0, declaratieAntwoorden: 0, declaraties: 0,
      auditRefused: await drain(auditRefusedDays, (d, b) => r.purgeAudit(d, b, true)),
      audit: await drain(auditDays, (d, b) => r.purgeAudit(d, b, false)),
    };
    // A toewijzing batch counts toewijzingen, its statement removes their versions, starts and stops.
    await drain(stateDays, async (d, b) => {
      const purged = await r.purgeToewijzingen(d, b);
      counts.toewijzingVersions += purged.versions;
      counts.starts += purged.starts;
      counts.stops += purged.stops;
      return purged.toewijzingen;
    });
    // In this order: a verzoek goes after its toewijzing, a 319 after its verzoek, a declaratie after its prestaties and 325s.
    counts.verzoeken = await drain(stateDays, (d, b) => r.purgeVerzoeken(d, b));
    counts.antwoorden = await drain(stateDays, (d, b) => r.purgeAntwoorden(d, b));
    counts.prestaties = await drain(stateDays, (d, b) => r.purgePrestaties(d, b));
    counts.declaratieAntwoorden = await drain(stateDays, (d, b) => r.purgeDeclaratieAntwoorden(d, b));
    counts.declaraties = await drain(stateDays, (d, b) => r.purgeDeclaraties(d, b));
    return counts;
  }
}
