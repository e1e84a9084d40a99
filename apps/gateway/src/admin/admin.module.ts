import { Module } from '@nestjs/common';
import { SeedModule } from '../seed/seed.module';
import { AdminAuditInterceptor } from './admin-audit.interceptor';
import { AdminTokenModule } from './admin-token.module';
import { AdminController } from './admin.controller';
import { EncryptionController } from './encryption.controller';
import { RotateEncryptionUseCase } from './rotate-encryption.usecase';
import { AdminGuard } from './admin.guard';
import { ManageDeliveriesUseCase } from './manage-deliveries.usecase';
import { ManageKeysUseCase } from './manage-keys.usecase';
import { ManagePartiesUseCase } from './manage-parties.usecase';

/**
 * Administration: the admin API under /v1/admin, and the dev seed that runs at
 * start with SEED_DEMO (it shares the admin token, which it may generate).
 */
@Module({
  imports: [AdminTokenModule, SeedModule],
  controllers: [AdminController, EncryptionController],
  providers: [AdminGuard, AdminAuditInterceptor, ManagePartiesUseCase, ManageKeysUseCase, ManageDeliveriesUseCase, RotateEncryptionUseCase],
})
export class AdminModule {}
