import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { DATABASE, type Database } from '@lib/persistence';
import { AdminAuditInterceptor } from '../admin/admin-audit.interceptor';
import { AdminTokenModule } from '../admin/admin-token.module';
import { AdminGuard } from '../admin/admin.guard';
import { ManageDeliveriesUseCase } from '../admin/manage-deliveries.usecase';
import { DashboardAuthService } from './dashboard-auth.service';
import { DashboardExceptionFilter } from './dashboard-exception.filter';
import { DashboardReadRepository } from '@lib/persistence';
import { DashboardSessionGuard } from './dashboard-session.guard';
import { DashboardUsersController } from './dashboard-users.controller';
import { DashboardController, DashboardPublicController } from './dashboard.controller';
import { FlowsPage } from './flows.page';
import { switchLanguage } from './lang';
import { MessagePage } from './message.page';
import { MoneyPage } from './money.page';
import { QueuesPage } from './queues.page';
import { RejectsPage } from './rejects.page';

/**
 * The contractteam's monitoring dashboard under /dashboard (docs/dashboard.md): server-rendered
 * pages for people who log in, in Dutch or English (`?lang=`, see lang.ts), and the admin API for
 * its users (/v1/admin/dashboard-users).
 */
@Module({
  imports: [AdminTokenModule],
  controllers: [DashboardPublicController, DashboardController, DashboardUsersController],
  providers: [
    DashboardAuthService, DashboardSessionGuard, DashboardExceptionFilter,
    { provide: DashboardReadRepository, inject: [DATABASE], useFactory: (db: Database) => new DashboardReadRepository(db) },
    FlowsPage, RejectsPage, QueuesPage, MoneyPage, MessagePage,
    ManageDeliveriesUseCase, AdminGuard, AdminAuditInterceptor,
  ],
  exports: [DashboardAuthService],
})
export class DashboardModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // before the session guard: a visitor who is not logged in can choose the language of the log-in page
    consumer.apply(switchLanguage).forRoutes(DashboardPublicController, DashboardController);
  }
}
