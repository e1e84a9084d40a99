import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Where the worker may POST a webhook (WEBHOOK_ALLOWED_NETWORKS; docs/faults-and-hostile-input.md,
 * "Webhook targets").
 * An admin-set URL must not turn the worker into a proxy into the gateway's own machine or
 * network (http://127.0.0.1:6379/ would reach Redis, http://169.254.169.254/ the cloud's
 * credentials). Checked at registration (the URL as written) and at delivery (every address
 * the host resolves to; the connection then goes to exactly those addresses).
 *
 * - https only; plain http only when every target address is loopback and loopback is
 *   allowed, i.e. in development (a receiver on the same machine, where TLS adds nothing).
 * - no loopback, private, link-local, unspecified, CGNAT, multicast, reserved or cloud
 *   metadata addresses, unless inside a network of WEBHOOK_ALLOWED_NETWORKS;
 *   IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses count as the
 *   IPv4 address they carry.
 */

/** A blocked address range, by the name an operator reads in the error. */
interface BlockedRange {
  readonly kind: string;
  readonly networks: ReadonlyArray<readonly [string, number]>;
}

// First match names the reason, so the specific ranges come before the ones that contain them.
const BLOCKED_RANGES: readonly BlockedRange[] = [
  { kind: 'cloud metadata', networks: [['169.254.169.254', 32], ['fd00:ec2::254', 128]] },
  { kind: 'loopback', networks: [['127.0.0.0', 8], ['::1', 128]] },
  { kind: 'unspecified', networks: [['0.0.0.0', 8], ['::', 128]] },
  { kind: 'private', networks: [['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], ['fc00::', 7]] },
  { kind: 'link-local', networks: [['169.254.0.0', 16], ['fe80::', 10]] },
  { kind: 'carrier-grade NAT', networks: [['100.64.0.0', 10]] },
  { kind: 'multicast', networks: [['224.0.0.0', 4], ['ff00::', 8]] },
  {
    kind: 'reserved',
    networks: [
      ['240.0.0.0', 4], ['192.0.0.0', 24], ['192.0.2.0', 24], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
      ['::', 96], ['100::', 64], ['2001:db8::', 32], ['fec0::', 10],
    ],
  },
];

const BLOCKED = BLOCKED_RANGES.map((range) => ({ kind: range.kind, list: blockListOf(range.networks) }));
const LOOPBACK = blockListOf([['127.0.0.0', 8], ['::1', 128]]);

/** Host names that always mean this machine (RFC 6761). */
const LOOPBACK_NAMES = /^(localhost|[^.]+(\.[^.]+)*\.localhost)\.?$/i;

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Resolves a host name to all its addresses (injected in tests). */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: ResolveHost = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/** A webhook URL or address the policy refuses: permanent, the URL or WEBHOOK_ALLOWED_NETWORKS must change. */
export class WebhookTargetRefused extends Error {
  override name = 'WebhookTargetRefused';

  /** rule: which rule refused it, for tests and logs ('https-only', 'blocked-address', 'invalid-url'). */
  constructor(readonly rule: 'invalid-url' | 'https-only' | 'blocked-address', message: string) {
    super(message);
  }
}

/** A checked target: the URL and the addresses the connection may go to. */
export interface CheckedTarget {
  readonly url: URL;
  readonly addresses: readonly ResolvedAddress[];
}

export class WebhookTargetPolicy {
  private readonly allowed: BlockList;
  private readonly allowedText: string;

  /** allowedNetworks: CIDRs (or single addresses) that may be targets although a blocked range holds them. */
  constructor(allowedNetworks: readonly string[]) {
    this.allowed = blockListOf(allowedNetworks.map(parseNetwork));
    this.allowedText = allowedNetworks.length ? allowedNetworks.join(',') : 'none';
  }

  /**
   * The check at registration, without DNS (a name may resolve differently by the time of
   * delivery, which checks again): a URL, https (or http to a loopback address or
   * localhost), an address literal outside the blocked ranges. Throws WebhookTargetRefused.
   */
  checkUrl(raw: string): URL {
    const url = parseUrl(raw);
    const host = hostOf(url);
    if (isIP(host)) {
      this.checkAddress(raw, host);
      this.checkScheme(url, raw, isLoopback(host));
    } else if (LOOPBACK_NAMES.test(host)) {
      this.checkAddress(raw, '127.0.0.1', host);
      this.checkScheme(url, raw, true);
    } else {
      this.checkScheme(url, raw, false);
    }
    return url;
  }

  /**
   * The check at delivery: every address the host resolves to (localhost names: 127.0.0.1),
   * and https unless all of them are loopback (allowed). The caller
   * connects to these addresses only (lookupFor), so a DNS answer that changes between
   * check and connect (rebinding) is never used.
   */
  async resolve(raw: string, resolveHost: ResolveHost = systemResolver): Promise<CheckedTarget> {
    const url = parseUrl(raw);
    const host = hostOf(url);
    const family = isIP(host);
    const addresses: ResolvedAddress[] = family
      ? [{ address: host, family: family as 4 | 6 }]
      : LOOPBACK_NAMES.test(host) ? [{ address: '127.0.0.1', family: 4 }] : await resolveHost(host);
    if (addresses.length === 0) throw new Error(`${host} resolves to no address`);
    for (const a of addresses) this.checkAddress(raw, a.address, host);
    this.checkScheme(url, raw, addresses.every((a) => isLoopback(a.address)));
    return { url, addresses };
  }

  /** Why the address may not be a webhook target, or undefined when it may. */
  refusal(address: string): string | undefined {
    const ip = unwrap(address);
    const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
    if (this.allowed.check(ip, family)) return undefined;
    const blocked = BLOCKED.find((b) => b.list.check(ip, family));
    return blocked && `${/^[aeiou]/.test(blocked.kind) ? 'an' : 'a'} ${blocked.kind} address`;
  }

  private checkAddress(raw: string, address: string, host?: string): void {
    const why = this.refusal(address);
    if (!why) return;
    const shown = host && host !== address ? `${host} resolves to ${address}` : address;
    throw new WebhookTargetRefused(
      'blocked-address',
      `webhookUrl ${raw} is refused: ${shown}, ${why}; a webhook may only point at a public address ` +
        `(rule: no loopback, private, link-local, CGNAT, multicast, reserved or metadata addresses). ` +
        `Use the receiver's public https:// URL, or allow its network with WEBHOOK_ALLOWED_NETWORKS (now: ${this.allowedText}).`,
    );
  }

  private checkScheme(url: URL, raw: string, loopback: boolean): void {
    if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return;
    throw new WebhookTargetRefused(
      'https-only',
      `webhookUrl ${raw} is refused: plain http is only allowed to a loopback receiver in development, ` +
        `where WEBHOOK_ALLOWED_NETWORKS allows loopback (rule: webhooks use https). Use an https:// URL.`,
    );
  }
}

/** A LookupFunction for http(s).request that answers with the checked addresses only, never asking DNS again. */
export function lookupFor(target: CheckedTarget): LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? target.addresses.filter((a) => a.family === options.family) : target.addresses;
    const answer = wanted.length ? wanted : target.addresses;
    // Node's net calls with all: true when it tries several addresses (autoSelectFamily).
    if ((options as { all?: boolean }).all) (callback as (e: null, a: ResolvedAddress[]) => void)(null, [...answer]);
    else callback(null, answer[0]!.address, answer[0]!.family);
  };
}

/** "a.b.c.d/n" or a single address; throws on anything else (env.ts validates the setting first). */
export function parseNetwork(text: string): readonly [string, number] {
  const [address = '', prefix, ...rest] = text.trim().split('/');
  const family = isIP(address);
  const max = family === 6 ? 128 : 32;
  const bits = prefix === undefined ? max : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
  if (!family || rest.length || !(bits >= 0 && bits <= max)) throw new Error(`${text} is not an IP address or CIDR network (e.g. 10.20.0.0/16)`);
  return [address, bits];
}

function blockListOf(networks: ReadonlyArray<readonly [string, number]>): BlockList {
  const list = new BlockList();
  for (const [address, prefix] of networks) list.addSubnet(address, prefix, isIP(address) === 6 ? 'ipv6' : 'ipv4');
  return list;
}

function parseUrl(raw: string): URL {
  try {
    const url = new URL(raw);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // reported below
  }
  throw new WebhookTargetRefused('invalid-url', `webhookUrl ${raw} is not an http(s) URL.`);
}

/** The URL's host without IPv6 brackets (the WHATWG parser already turned 0x7f.1 and 2130706433 into 127.0.0.1). */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

function isLoopback(address: string): boolean {
  const ip = unwrap(address);
  return LOOPBACK.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The IPv4 address inside an IPv4-mapped (::ffff:0:0/96) or NAT64 (64:ff9b::/96) IPv6
 * address, else the address itself without a zone (fe80::1%eth0). The URL parser writes
 * IPv6 in its canonical form, so the embedded part is always the last two groups.
 */
export function unwrap(address: string): string {
  const ip = address.replace(/%.*$/, '');
  if (isIP(ip) !== 6) return ip;
  const canonical = new URL(`http://[${ip}]/`).hostname.slice(1, -1);
  // ::ffff:0:5 keeps its zero group; 64:ff9b::5 loses it to the :: of the zeros before.
  const embedded = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical) ?? /^64:ff9b::(?:([0-9a-f]{1,4}):)?([0-9a-f]{1,4})$/.exec(canonical);
  if (!embedded) return canonical;
  const [high, low] = [parseInt(embedded[1] ?? '0', 16), parseInt(embedded[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}
