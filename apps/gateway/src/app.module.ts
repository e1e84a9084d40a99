import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@lib/config';
import { PersistenceModule, RepositoriesModule } from '@lib/persistence';
import { QueueModule } from '@lib/queue';
import { AdminModule } from './admin/admin.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { RateLimitModule } from './auth/rate-limit.module';
import { BerichtenModule } from './berichten/berichten.module';
import { ContractsModule } from './contracts/contracts.module';
import { DeclaratiesBuildModule } from './declaraties-build/declaraties-build.module';
import { HealthModule } from './health/health.module';
import { IwmoModule } from './iwmo/iwmo.module';
import { MetricsModule } from './metrics/metrics.module';
import { OnderaannemingModule } from './onderaanneming/onderaanneming.module';
import { ReconciliationModule } from './reconciliation/reconciliation.module';
import { RulesModule } from './rules/rules.module';
import { DeliveryWorkerModule } from '../../worker/src/delivery/delivery-worker.module';
import { RetentionModule } from '../../worker/src/retention/retention.module';

/** The gateway: infrastructure first, then the iWmo modules. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        PersistenceModule,
        QueueModule.forRoot(),
        MetricsModule.forRoot('gateway'),
        HealthModule,

        RepositoriesModule,
        RateLimitModule,
        IwmoModule,
        BerichtenModule,
        RulesModule,
        // Embedded PGlite serves one process: the delivery worker and the retention purge then run in here (WORKER_MODE).
        ...(config.embeddedWorker ? [DeliveryWorkerModule, RetentionModule] : []),
        AdminModule,
        DashboardModule,
        OnderaannemingModule,
        ContractsModule,
        ReconciliationModule,
        DeclaratiesBuildModule,
      ],
    };
  }
}
