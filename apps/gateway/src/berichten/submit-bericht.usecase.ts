import { Injectable, Logger } from '@nestjs/common';
import { DeliveryRepository, type Party } from '@lib/persistence';
import { DeliveryOutbox } from '@lib/queue';
import { BerichtenMetrics } from './berichten.metrics';
import { LargeSubmissionLane } from './large-submission-lane';
import { SubmissionRecorder, type SubmitResult } from './submission-recorder';

export type { SubmitResult } from './submission-recorder';

/**
 * POST /v1/berichten: the submission is judged and recorded (SubmissionRecorder), a large
 * one in the large-submission thread so that the event loop keeps answering everyone else;
 * its webhook deliveries are enqueued once its transaction has committed.
 */
@Injectable()
export class SubmitBerichtUseCase {
  private readonly logger = new Logger('SubmitBericht');

  constructor(
    private readonly recorder: SubmissionRecorder,
    private readonly largeLane: LargeSubmissionLane,
    private readonly deliveries: DeliveryRepository,
    private readonly outbox: DeliveryOutbox,
    private readonly metrics: BerichtenMetrics,
  ) {}

  async execute(party: Party, raw: Buffer): Promise<SubmitResult> {
    const large = this.largeLane.takes(raw);
    if (large) this.metrics.largeSubmissions.inc();
    const stored = large ? await this.largeLane.record(party, raw) : await this.recorder.record(party, raw);
    this.metrics.validationSeconds.observe(stored.validationSeconds);
    this.enqueueAfterCommit(stored.webhookDeliveries);
    this.metrics.messages.inc({ type: stored.result.message ?? 'unknown', outcome: stored.result.status });
    return stored.result;
  }

  private enqueueAfterCommit(deliveryIds: string[]): void {
    if (!deliveryIds.length) return;
    void this.outbox
      .enqueue(deliveryIds)
      .then((failed) => this.deliveries.releaseClaims(failed))
      .catch((error: Error) => this.logger.warn(`enqueue after commit failed: ${error.message}; the outbox relay will retry`));
  }
}
