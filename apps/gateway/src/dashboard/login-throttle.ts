import { isIPv4, isIPv6 } from 'node:net';
import { text, type Text } from '@lib/i18n';

/**
 * Dashboard log-in throttling (issue 12): failures are counted per client address and per
 * username and address, never per username alone, so whoever guesses from one address slows
 * down only that address and can never lock a user out on another one.
 */
export interface LoginThrottleRule {
  /** failures answered without delay; after that each failure makes the next attempt wait ... */
  readonly freeFailures: number;
  /** ... 1 s, 2 s, 4 s and so on (2^(failures - freeFailures) seconds), at most this long */
  readonly maxDelaySeconds: number;
}

/** One username tried from one address. */
export const USER_AND_ADDRESS_THROTTLE: LoginThrottleRule = { freeFailures: 5, maxDelaySeconds: 15 * 60 };
/** All usernames tried from one address (someone spraying passwords over many users). */
export const ADDRESS_THROTTLE: LoginThrottleRule = { freeFailures: 20, maxDelaySeconds: 15 * 60 };
/** A counter without a failure for this long starts again from zero (and its row is removed). */
export const THROTTLE_FORGET_HOURS = 24;

/**
 * The address a throttle counts under: IPv4 as it is (also when IPv4-mapped, `::ffff:1.2.3.4`),
 * IPv6 by its /64 prefix, because one client usually holds a whole /64 and could otherwise
 * take a fresh address for every guess.
 */
export function throttleAddressOf(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (!isIPv6(ip)) return ip || 'unknown';
  const [head = '', tail = ''] = ip.split('%')[0]!.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') && tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** The throttled answer's text: how long to wait and until when (a time of day in Amsterdam, written alike in both languages). */
export function throttledMessage(scope: 'user' | 'address', retryAfterSeconds: number, now = new Date()): Text {
  const until = new Date(now.getTime() + retryAfterSeconds * 1000).toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hourCycle: 'h23' });
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = retryAfterSeconds < 60 ? text('dashboard.login.wait-seconds', { n: retryAfterSeconds }) : text('dashboard.login.wait-minutes', { n: minutes });
  return scope === 'user' ? text('dashboard.login.throttled-user', { wait, until }) : text('dashboard.login.throttled-address', { wait, until });
}
