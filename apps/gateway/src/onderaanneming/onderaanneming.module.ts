import { Global, Module } from '@nestjs/common';
import { DELEGATION_PORT, OnderaannemingDelegation } from '@lib/funding';
import { AdminAuditInterceptor } from '../admin/admin-audit.interceptor';
import { AdminTokenModule } from '../admin/admin-token.module';
import { AdminGuard } from '../admin/admin.guard';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { HoofdaannemerUseCase } from './hoofdaannemer.usecase';
import { ManageRelatiesUseCase } from './manage-relaties.usecase';
import { OnderaannemingAdminController } from './onderaanneming-admin.controller';
import { OnderaannemingAudit } from './onderaanneming.audit';
import { OnderaannemingController } from './onderaanneming.controller';
import { OnderaannemerUseCase } from './onderaannemer.usecase';

/**
 * Onderaanneming: the relation registry (admin), the onderaannemer's and the hoofdaannemer's API,
 * and the DelegationPort the declaratie builder asks which products are delegated (global, so the
 * builder finds it without importing this module).
 */
@Global()
@Module({
  imports: [AdminTokenModule],
  controllers: [OnderaannemingAdminController, OnderaannemingController],
  providers: [
    { provide: DELEGATION_PORT, useClass: OnderaannemingDelegation },
    AdminGuard, AdminAuditInterceptor, ApiKeyGuard, OnderaannemingAudit, ManageRelatiesUseCase, OnderaannemerUseCase, HoofdaannemerUseCase,
  ],
  exports: [DELEGATION_PORT],
})
export class OnderaannemingModule {}
