import express from 'express';
import type { AddressInfo } from 'node:net';
import { requestLang } from './request-lang';

describe('requestLang', () => {
  const app = express().get('/', (req, res) => res.send(requestLang(req)));
  let server: ReturnType<typeof app.listen>;
  let url: string;
  beforeAll(async () => {
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each([
    [undefined, 'nl'], ['en', 'en'], ['en-GB,en;q=0.9', 'en'], ['nl-NL', 'nl'], ['de-DE', 'nl'], ['de, en;q=0.5', 'en'], ['en;q=0.4, nl;q=0.8', 'nl'], ['*', 'nl'],
  ])('Accept-Language %p is answered in %p', async (header, lang) => {
    const answer = await fetch(url, { headers: header === undefined ? {} : { 'Accept-Language': header } });
    expect(await answer.text()).toBe(lang);
  });
});
