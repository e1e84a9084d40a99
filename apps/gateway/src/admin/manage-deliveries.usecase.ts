import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DeliveryRepository, PartyRepository, type DeliveryFilter } from '@lib/persistence';
import { DeliveryOutbox, QueueName } from '@lib/queue';
import { DeliveryDto } from './admin.dto';
import { DeliveryNotDead, DeliveryNotFound } from './admin.errors';

/** What the use case needs of the BullMQ queue: look up a job by id (the job id is the delivery id). */
export type JobLookup = Pick<Queue, 'getJob'>;

const REDIS_WAIT_MS = 2000;

/** Deliveries by status (the dead letters first of all), and putting a dead one back in the queue. */
@Injectable()
export class ManageDeliveriesUseCase {
  private readonly logger = new Logger('ManageDeliveries');

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly parties: PartyRepository,
    private readonly outbox: DeliveryOutbox,
    @InjectQueue(QueueName.Delivery) private readonly queue: JobLookup,
  ) {}

  async list(status: DeliveryFilter, limit: number): Promise<DeliveryDto[]> {
    const [rows, parties] = await Promise.all([this.deliveries.listByStatus(status, limit), this.parties.list()]);
    const codeOf = new Map(parties.map((p) => [p.id, p.code]));
    return rows.map((d) => DeliveryDto.of(d, codeOf.get(d.partyId) ?? d.partyId));
  }

  /**
   * Dead -> pending. A mailbox delivery is then back in the party's mailbox; a
   * webhook delivery is handed to the queue at once (or, with Redis down, left
   * pending for the outbox relay).
   */
  async requeue(id: string): Promise<DeliveryDto> {
    const before = await this.deliveries.findById(id);
    if (!before) throw new DeliveryNotFound(id);
    if (!(await this.deliveries.requeue(id))) {
      throw new DeliveryNotDead(id, (await this.deliveries.findById(id))?.status ?? before.status);
    }
    if (before.channel === 'webhook') {
      await this.releaseJobId(id);
      await this.outbox.enqueue([id]);
    }
    const party = (await this.parties.list()).find((p) => p.id === before.partyId);
    return DeliveryDto.of((await this.deliveries.findById(id))!, party?.code ?? before.partyId);
  }

  /**
   * The outbox uses the delivery id as job id, and BullMQ keeps failed jobs for
   * inspection; while the old failed job exists, adding the id again is a no-op.
   * So the finished job goes first. A job still waiting or running is left alone.
   */
  private async releaseJobId(id: string): Promise<void> {
    try {
      const job = await withTimeout(this.queue.getJob(id));
      if (!job) return;
      const state = await withTimeout(job.getState());
      if (state === 'failed' || state === 'completed') await withTimeout(job.remove());
    } catch (error) {
      this.logger.warn(`requeue ${id}: could not clear its previous job (${(error as Error).message}); the outbox relay will retry`);
    }
  }
}

async function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  promise.catch(() => undefined);
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Redis did not answer within ${REDIS_WAIT_MS} ms`)), REDIS_WAIT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
