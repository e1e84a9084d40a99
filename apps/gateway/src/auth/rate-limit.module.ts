import { Global, Module } from '@nestjs/common';
import { AuthFailures } from './auth-failures';
import { RateLimiter } from './rate-limit';

/**
 * The rate limiter for every module whose routes use ApiKeyGuard (admin and health routes do not:
 * they are exempt), and the limit on failed authentications, for the API key and admin guards.
 */
@Global()
@Module({ providers: [RateLimiter, AuthFailures], exports: [RateLimiter, AuthFailures] })
export class RateLimitModule {}
