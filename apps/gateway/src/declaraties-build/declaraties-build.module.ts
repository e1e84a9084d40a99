import { Module } from '@nestjs/common';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { BuildDeclaratieUseCase } from './build-declaratie.usecase';
import { DeclaratiesBuildController } from './declaraties-build.controller';

/** The declaratie builder's HTTP side: POST /v1/declaraties/build, GET /v1/declaraties/builds/:id(/xml). */
@Module({
  controllers: [DeclaratiesBuildController],
  providers: [BuildDeclaratieUseCase, ApiKeyGuard],
})
export class DeclaratiesBuildModule {}
