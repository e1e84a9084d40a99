import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Inject, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@lib/config';
import { AdminToken, AdminTokenModule } from '../admin/admin-token.module';
import { DashboardAuthService } from '../dashboard/dashboard-auth.service';
import { DashboardModule } from '../dashboard/dashboard.module';
import { seedDashboardUsers } from '../dashboard/seed-dashboard-users';
import { readDevKeys, writeDevKeys, type DevKeys } from './dev-keys.file';
import { SeedDemoUseCase } from './seed-demo.usecase';

const NOTE =
  'Development keys written by the gateway at start (SEED_DEMO). Call the API with "Authorization: Bearer <apiKey>"; ' +
  'iwmo admin reads adminToken from here. Never use these outside development.';

/**
 * With SEED_DEMO, before the gateway serves: seeds the demo parties and writes
 * their keys and the admin token to DEV_KEYS_FILE, logging one line naming the
 * file (never a key). Once the server listens the file gets the actual URL.
 */
@Injectable()
export class SeedOnStart implements OnApplicationBootstrap {
  private readonly logger = new Logger('DevSeed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seed: SeedDemoUseCase,
    private readonly adminToken: AdminToken,
    private readonly adapterHost: HttpAdapterHost,
    private readonly dashboardAuth: DashboardAuthService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const path = this.config.devKeysFile;
    const { parties, newKeys } = await this.seed.execute(await readDevKeys(path));
    const keys: DevKeys = {
      note: NOTE,
      gatewayUrl: urlOf(this.config.host, this.config.port),
      adminToken: this.adminToken.generatedToken() ?? null,
      parties,
      dashboardUsers: await seedDashboardUsers(this.dashboardAuth, path),
    };
    writeDevKeys(path, keys);
    const admin = this.adminToken.source === 'generated' ? 'a new admin token' : 'no admin token (ADMIN_TOKEN is set)';
    this.logger.log(`demo parties seeded (${parties.length}, ${newKeys} new keys); their API keys and ${admin} are in ${path}`);
    this.updateUrlWhenListening(path, keys);
  }

  /** The configured port may be 0 (any free port) and the host 0.0.0.0; the listening address says where to call. */
  private updateUrlWhenListening(path: string, keys: DevKeys): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    server?.once('listening', () => {
      const address = server.address() as AddressInfo | null;
      if (!address) return;
      const gatewayUrl = urlOf(address.address, address.port);
      if (gatewayUrl === keys.gatewayUrl) return;
      try {
        writeDevKeys(path, { ...keys, gatewayUrl });
      } catch (error) {
        this.logger.warn(`could not write the gateway URL to ${path}: ${(error as Error).message}`);
      }
    });
  }
}

function urlOf(host: string, port: number): string {
  const local = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${local.includes(':') ? `[${local}]` : local}:${port}`;
}

@Module({
  imports: [AdminTokenModule, DashboardModule],
  providers: [SeedDemoUseCase, SeedOnStart],
})
export class SeedModule {}
