/**
 * Resolves or rejects as `promise` does, or rejects after `ms`. With Redis
 * down, ioredis holds commands until it reconnects; callers that must not
 * hang (the relay, a metrics scrape) bound their wait with this. The command
 * itself is not cancelled, and a late rejection is swallowed.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  promise.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
