import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

describe('webhook signature', () => {
  const body = Buffer.from('msg');

  it('is t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">', () => {
    // Computed independently: printf '1700000000.msg' | openssl dgst -sha256 -hmac whsec_test
    expect(signWebhook('whsec_test', 1_700_000_000, body)).toBe('t=1700000000,v1=998396c7a985ea898b5d2201eeba922474f70c665c67ff1444359f5accdf9ace');
  });

  it('signs the bytes as sent, whatever their encoding', () => {
    const latin1 = Buffer.from([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]); // "<a>é</a>" in ISO-8859-1: not valid UTF-8
    const expected = createHmac('sha256', 's').update(Buffer.concat([Buffer.from('42.'), latin1])).digest('hex');
    expect(signWebhook('s', 42, latin1)).toBe(`t=42,v1=${expected}`);
  });

  it('verifies a fresh signature and refuses a changed body, a wrong secret, an old timestamp and garbage', () => {
    const now = 1_700_000_000;
    const header = signWebhook('whsec_test', now, body);
    expect(verifyWebhookSignature(header, body, 'whsec_test', { now })).toBe(true);
    expect(verifyWebhookSignature(header, Buffer.from('msG'), 'whsec_test', { now })).toBe(false);
    expect(verifyWebhookSignature(header, body, 'other', { now })).toBe(false);
    expect(verifyWebhookSignature(header, body, 'whsec_test', { now: now + 301 })).toBe(false);
    expect(verifyWebhookSignature('t=abc,v1=zz', body, 'whsec_test', { now })).toBe(false);
    expect(verifyWebhookSignature('', body, 'whsec_test', { now })).toBe(false);
  });
});
