import { DynamicModule, Global, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { createMetricsRegistry, METRICS_REGISTRY } from './metrics.registry';

export { METRICS_REGISTRY } from './metrics.registry';

/** GET /metrics plus the registry (token METRICS_REGISTRY) that every module may add metrics to. */
@Global()
@Module({})
export class MetricsModule {
  static forRoot(app: 'gateway' | 'worker'): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      controllers: [MetricsController],
      providers: [{ provide: METRICS_REGISTRY, useFactory: () => createMetricsRegistry(app) }],
      exports: [METRICS_REGISTRY],
    };
  }
}
