import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * Injection token of the prom-client Registry served at GET /metrics. Other
 * modules register their own metrics on it:
 * `new Counter({ name: 'iwmo_...', help: '...', registers: [registry] })`.
 */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

/** A registry per application (not prom-client's global one), so two apps in one test process do not collide. */
export function createMetricsRegistry(app: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ app });
  collectDefaultMetrics({ register: registry });
  return registry;
}
