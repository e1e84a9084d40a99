import { Inject, Injectable } from '@nestjs/common';
import { Counter, Histogram, type Registry } from 'prom-client';
import { METRICS_REGISTRY } from '../metrics/metrics.module';

/** Messages by type and outcome, how long judging takes, and how many went to the large-submission thread. */
@Injectable()
export class BerichtenMetrics {
  readonly messages: Counter<'type' | 'outcome'>;
  readonly validationSeconds: Histogram;
  readonly largeSubmissions: Counter;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    this.messages = new Counter({ name: 'iwmo_messages_total', help: 'Messages submitted, by message type and outcome', labelNames: ['type', 'outcome'], registers: [registry] });
    this.validationSeconds = new Histogram({
      name: 'iwmo_validation_seconds',
      help: 'Time to check a message against size, encoding and XSD and read it',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    });
    this.largeSubmissions = new Counter({
      name: 'iwmo_large_submissions_total',
      help: 'Messages judged and stored in the large-submission thread (LARGE_MESSAGE_BYTES and up)',
      registers: [registry],
    });
  }
}
