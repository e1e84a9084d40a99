import { Module } from '@nestjs/common';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { BerichtenMetrics } from './berichten.metrics';
import { GetBerichtUseCase } from './get-bericht.usecase';
import { InboundController } from './inbound.controller';
import { LargeSubmissionLane } from './large-submission-lane';
import { SubmissionRecorder } from './submission-recorder';
import { SubmitBerichtUseCase } from './submit-bericht.usecase';

/** The message journey's HTTP side: submit, follow, fetch, acknowledge. */
@Module({
  controllers: [InboundController],
  providers: [SubmitBerichtUseCase, SubmissionRecorder, LargeSubmissionLane, GetBerichtUseCase, BerichtenMetrics, ApiKeyGuard],
})
export class BerichtenModule {}
