import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Logger, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lib/config';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * The bearer token of the admin API: ADMIN_TOKEN, or with SEED_DEMO and no
 * ADMIN_TOKEN one generated at this start (the dev seed writes it to the dev
 * keys file). Neither set: the admin API is disabled, the secure default.
 */
export class AdminToken {
  // Only a digest is compared: equal lengths make timingSafeEqual usable whatever was sent.
  private readonly expected: Buffer | undefined;

  private constructor(
    private readonly token: string | undefined,
    readonly source: 'ADMIN_TOKEN' | 'generated' | 'none',
  ) {
    this.expected = token === undefined ? undefined : digest(token);
  }

  static fromConfig(config: Pick<AppConfig, 'adminToken' | 'seedDemo'>): AdminToken {
    if (config.adminToken) return new AdminToken(config.adminToken, 'ADMIN_TOKEN');
    if (config.seedDemo) return new AdminToken(`iwmo_admin_${randomBytes(32).toString('base64url')}`, 'generated');
    return new AdminToken(undefined, 'none');
  }

  get enabled(): boolean {
    return this.expected !== undefined;
  }

  /** Constant-time comparison with the presented token. */
  matches(presented: string): boolean {
    return this.expected !== undefined && timingSafeEqual(digest(presented), this.expected);
  }

  /** The token this start generated, for the dev keys file; undefined when it came from ADMIN_TOKEN (an operator's secret is not copied). */
  generatedToken(): string | undefined {
    return this.source === 'generated' ? this.token : undefined;
  }
}

/** Provides the AdminToken to the admin API and the dev seed. */
@Module({
  providers: [
    {
      provide: AdminToken,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const token = AdminToken.fromConfig(config);
        if (!token.enabled) new Logger('Admin').warn('admin API disabled: ADMIN_TOKEN is not set (and SEED_DEMO is off)');
        return token;
      },
    },
  ],
  exports: [AdminToken],
})
export class AdminTokenModule {}
