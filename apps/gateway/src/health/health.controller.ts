import { Controller, Get, HttpCode, Inject, Logger, ServiceUnavailableException } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Queue } from 'bullmq';
import { DATABASE, Database } from '@lib/persistence';
import { QueueName } from '@lib/queue';
import { ApiPublic } from '../openapi';
import { CheckState, LivenessDto, ReadinessDto } from './health.dto';

/** A dependency that does not answer within this time counts as down: a probe must not hang. */
export const CHECK_TIMEOUT_MS = 2_000;

/** Something answering PING; BullMQ's Queue#client is one. */
export interface RedisClientSource {
  readonly client: Promise<{ ping(): Promise<string> }>;
}

@ApiTags('operations')
@ApiPublic()
@Controller('health')
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(
    @Inject(DATABASE) private readonly db: Pick<Database, 'query'>,
    // The queue's own connection: readiness then means "can enqueue", not just "some Redis answers".
    @InjectQueue(QueueName.Delivery) private readonly queue: RedisClientSource,
  ) {}

  /** The process runs and serves HTTP; restart it only when this fails. */
  @Get('live')
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness: the process runs and serves HTTP (restart it only when this fails)' })
  @ApiOkResponse({ type: LivenessDto })
  live(): LivenessDto {
    return { status: 'ok' };
  }

  /** PostgreSQL and Redis both answer; take the instance out of the load balancer otherwise. */
  @Get('ready')
  @HttpCode(200)
  @ApiOperation({ summary: 'Readiness: PostgreSQL and Redis both answer (take the instance out of the load balancer otherwise)' })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ type: ReadinessDto, description: 'a dependency does not answer; `failed` names it' })
  async ready(): Promise<ReadinessDto> {
    const [postgres, redis] = await Promise.all([
      this.check('postgres', async () => {
        await this.db.query('SELECT 1');
      }),
      this.check('redis', async () => {
        const reply = await (await this.queue.client).ping();
        if (reply !== 'PONG') throw new Error(`PING answered ${reply}`);
      }),
    ]);
    const checks = { postgres, redis };
    const failed = Object.entries(checks).filter(([, state]) => state === 'down').map(([name]) => name);
    const body: ReadinessDto = { status: failed.length === 0 ? 'ok' : 'unavailable', checks, failed };
    if (failed.length > 0) throw new ServiceUnavailableException(body);
    return body;
  }

  private async check(name: string, probe: () => Promise<void>): Promise<CheckState> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        probe(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
        }),
      ]);
      return 'up';
    } catch (error) {
      // The reason goes to the log, not the response: probes are often reachable from outside.
      this.logger.warn(`readiness: ${name} is down: ${(error as Error).message}`);
      return 'down';
    } finally {
      clearTimeout(timer);
    }
  }
}
