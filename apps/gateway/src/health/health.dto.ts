import { ApiProperty } from '@nestjs/swagger';

export type CheckState = 'up' | 'down';

export class LivenessDto {
  @ApiProperty({ example: 'ok' })
  status!: 'ok';
}

export class ReadinessDto {
  @ApiProperty({ enum: ['ok', 'unavailable'] })
  status!: 'ok' | 'unavailable';

  @ApiProperty({ example: { postgres: 'up', redis: 'up' }, description: 'state of each dependency' })
  checks!: Record<string, CheckState>;

  @ApiProperty({ example: [], description: 'the dependencies that did not answer' })
  failed!: string[];
}
