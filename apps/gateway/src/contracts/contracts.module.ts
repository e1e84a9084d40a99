import { Module } from '@nestjs/common';
import { AdminAuditInterceptor } from '../admin/admin-audit.interceptor';
import { AdminTokenModule } from '../admin/admin-token.module';
import { AdminGuard } from '../admin/admin.guard';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { ContractsAdminController } from './contracts-admin.controller';
import { ContractsController } from './contracts.controller';
import { ManageContractsUseCase } from './manage-contracts.usecase';
import { ReadTarievenUseCase } from './read-tarieven.usecase';

/**
 * The contract register over HTTP: managed under /v1/admin/contracts (admin token), read by
 * parties under /v1/contracts (API key). The register itself (store and live holder) is
 * provided by IwmoModule, where the rules read it.
 */
@Module({
  imports: [AdminTokenModule],
  controllers: [ContractsAdminController, ContractsController],
  providers: [AdminGuard, AdminAuditInterceptor, ApiKeyGuard, ManageContractsUseCase, ReadTarievenUseCase],
})
export class ContractsModule {}
