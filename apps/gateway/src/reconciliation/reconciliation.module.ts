import { Module } from '@nestjs/common';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { DeclaratieAntwoordenUseCase } from './declaratie-antwoorden.usecase';
import { ReconciliationController } from './reconciliation.controller';

/** The declaratie-antwoord (WMO325) reconciliation views under /v1/declaraties. */
@Module({
  controllers: [ReconciliationController],
  providers: [DeclaratieAntwoordenUseCase, ApiKeyGuard],
})
export class ReconciliationModule {}
