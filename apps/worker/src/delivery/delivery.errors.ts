/**
 * How a webhook attempt ended when it did not deliver. Transient failures are
 * plain errors (BullMQ retries them with backoff); permanent ones are
 * BullMQ's UnrecoverableError (no retry, the delivery is dead-lettered).
 */
export class WebhookRetryableError extends Error {
  override name = 'WebhookRetryableError';
}
