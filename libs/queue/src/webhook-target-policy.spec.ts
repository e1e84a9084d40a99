/**
 * The webhook target policy (issue 12): which URLs and addresses a webhook may point at, the
 * ways attackers write a blocked address, and the lookup that pins a connection to the
 * addresses checked. Over HTTP: apps/gateway/src/admin/admin.spec.ts (registration) and
 * apps/worker/src/delivery/deliver.usecase.spec.ts (delivery).
 */
import { lookupFor, unwrap, WebhookTargetPolicy, WebhookTargetRefused, type ResolveHost } from './webhook-target-policy';

const production = new WebhookTargetPolicy([]);
const refusedRule = (check: () => unknown): string | undefined => {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof WebhookTargetRefused) return error.rule;
    throw error;
  }
};

describe('WebhookTargetPolicy.checkUrl (registration)', () => {
  it.each([
    'https://hooks.zorg.example/iwmo',
    'https://93.184.215.14:8443/in',
    'https://[2606:4700::1111]/in',
  ])('accepts %s', (url) => expect(production.checkUrl(url).href).toBe(new URL(url).href));

  it.each([
    ['http://hooks.zorg.example/in', 'https-only'],
    ['ftp://hooks.zorg.example/in', 'invalid-url'],
    ['not a url', 'invalid-url'],
    ['https://127.0.0.1/in', 'blocked-address'],
    ['https://2130706433/in', 'blocked-address'], // 127.0.0.1 in decimal
    ['https://0x7f.1/in', 'blocked-address'], // 127.0.0.1 in hex shorthand
    ['https://localhost/in', 'blocked-address'],
    ['https://hook.localhost/in', 'blocked-address'],
    ['https://[::1]/in', 'blocked-address'],
    ['https://[::ffff:127.0.0.1]/in', 'blocked-address'],
    ['https://[::ffff:a9fe:a9fe]/in', 'blocked-address'], // 169.254.169.254, IPv4-mapped
    ['https://[64:ff9b::a00:1]/in', 'blocked-address'], // 10.0.0.1 through NAT64
    ['https://10.20.30.40/in', 'blocked-address'],
    ['https://172.31.255.255/in', 'blocked-address'],
    ['https://192.168.1.1/in', 'blocked-address'],
    ['https://169.254.169.254/latest/meta-data', 'blocked-address'],
    ['https://100.100.100.200/in', 'blocked-address'],
    ['https://0.0.0.0/in', 'blocked-address'],
    ['https://224.0.0.1/in', 'blocked-address'],
    ['https://[fe80::1]/in', 'blocked-address'],
    ['https://[fd00:ec2::254]/in', 'blocked-address'],
  ])('refuses %s (%s)', (url, rule) => expect(refusedRule(() => production.checkUrl(url))).toBe(rule));

  it('names the address, the kind of range, the rule and the setting that allows it', () => {
    expect(() => production.checkUrl('https://169.254.169.254/')).toThrow(
      'webhookUrl https://169.254.169.254/ is refused: 169.254.169.254, a cloud metadata address; a webhook may only point at a public address ' +
        '(rule: no loopback, private, link-local, CGNAT, multicast, reserved or metadata addresses). ' +
        "Use the receiver's public https:// URL, or allow its network with WEBHOOK_ALLOWED_NETWORKS (now: none).",
    );
  });

  it('allows what WEBHOOK_ALLOWED_NETWORKS allows, and plain http only to loopback', () => {
    const policy = new WebhookTargetPolicy(['10.20.0.0/16', '127.0.0.0/8']);
    expect(policy.checkUrl('https://10.20.1.2/in').hostname).toBe('10.20.1.2');
    expect(refusedRule(() => policy.checkUrl('https://10.21.1.2/in'))).toBe('blocked-address');
    expect(refusedRule(() => policy.checkUrl('http://10.20.1.2/in'))).toBe('https-only');
    expect(policy.checkUrl('http://127.0.0.1:8090/in').port).toBe('8090');
    expect(policy.checkUrl('http://localhost:8090/in').hostname).toBe('localhost');
    // ::1 is loopback too, but only 127.0.0.0/8 was allowed
    expect(refusedRule(() => policy.checkUrl('http://[::1]:8090/in'))).toBe('blocked-address');
  });
});

describe('WebhookTargetPolicy.resolve (delivery)', () => {
  const answering = (...addresses: string[]): ResolveHost => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it('checks every address the name resolves to', async () => {
    await expect(production.resolve('https://hooks.zorg.example/in', answering('93.184.215.14'))).resolves.toMatchObject({ addresses: [{ address: '93.184.215.14', family: 4 }] });
    await expect(production.resolve('https://hooks.zorg.example/in', answering('93.184.215.14', '10.0.0.8'))).rejects.toThrow(
      'hooks.zorg.example resolves to 10.0.0.8, a private address',
    );
    await expect(production.resolve('https://hooks.zorg.example/in', answering())).rejects.toThrow('resolves to no address');
  });

  it('allows plain http only when every address is an allowed loopback one', async () => {
    const dev = new WebhookTargetPolicy(['127.0.0.0/8', '93.184.215.0/24']);
    await expect(dev.resolve('http://receiver.test/in', answering('127.0.0.1'))).resolves.toMatchObject({ addresses: [{ address: '127.0.0.1' }] });
    await expect(dev.resolve('http://receiver.test/in', answering('127.0.0.1', '93.184.215.14'))).rejects.toThrow(/rule: webhooks use https/);
    await expect(dev.resolve('http://localhost:9/in', answering('10.0.0.1'))).resolves.toMatchObject({ addresses: [{ address: '127.0.0.1' }] });
  });
});

describe('lookupFor', () => {
  it('answers with the checked addresses only, by family and all at once', () => {
    const lookup = lookupFor({ url: new URL('https://hooks.zorg.example/'), addresses: [{ address: '93.184.215.14', family: 4 }, { address: '2606:4700::1111', family: 6 }] });
    const answers: unknown[] = [];
    lookup('evil.example', { family: 6 }, (_e, address, family) => answers.push([address, family]));
    lookup('evil.example', {}, (_e, address, family) => answers.push([address, family]));
    lookup('evil.example', { all: true } as never, (_e, all) => answers.push(all));
    expect(answers).toEqual([
      ['2606:4700::1111', 6],
      ['93.184.215.14', 4],
      [{ address: '93.184.215.14', family: 4 }, { address: '2606:4700::1111', family: 6 }],
    ]);
  });
});

describe('unwrap', () => {
  it.each([
    ['::ffff:10.0.0.1', '10.0.0.1'],
    ['::ffff:a00:1', '10.0.0.1'],
    ['64:ff9b::a00:1', '10.0.0.1'],
    ['64:ff9b::5', '0.0.0.5'],
    ['fe80::1%eth0', 'fe80::1'],
    ['2606:4700::1111', '2606:4700::1111'],
    ['93.184.215.14', '93.184.215.14'],
  ])('%s is %s', (address, expected) => expect(unwrap(address)).toBe(expected));
});
