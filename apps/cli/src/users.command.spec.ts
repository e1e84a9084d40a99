/**
 * `iwmo admin users` as a user runs it (a child process on the CLI's sources) against the real
 * gateway app running in this process, on Redis and PostgreSQL (PGlite without PostgreSQL).
 */
import { validateTestEnv } from '@lib/config';
import { iwmo, startCliTestGateway, type TestGateway } from './testing/cli-test-gateway';

const { redisUrl } = validateTestEnv();
const ADMIN_TOKEN = 'cli-users-admin-token-0123456789abcdef';

(redisUrl ? describe : describe.skip)('iwmo admin users against a running gateway', () => {
  let gateway: TestGateway;
  const users = (args: string[], stdin?: string, env?: Record<string, string>) => iwmo(['admin', 'users', ...args, '--url', gateway.url, '--token', ADMIN_TOKEN], { stdin, env });
  const english = (args: string[], stdin?: string) => users(args, stdin, { IWMO_LANG: 'en' });

  beforeAll(async () => {
    gateway = await startCliTestGateway('users', ADMIN_TOKEN);
  });
  afterAll(() => gateway?.close());

  it('adds users (a generated password shown once, or one from stdin), lists them and disables one', async () => {
    const added = await users(['add', '--username', 'delft', '--role', 'gemeente', '--party', '0503']);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Dashboardgebruiker delft aangemaakt \(gemeente 0503\)\.\nWachtwoord \(alleen nu getoond; geef het veilig door\): [A-Za-z0-9_-]{22}\n$/);
    const fromStdin = await english(['add', '--username', 'team', '--role', 'contractteam', '--password-stdin'], 'a long enough password\n');
    expect(fromStdin).toMatchObject({ code: 0, stdout: 'Created dashboard user team (contractteam).\n' });
    expect(await users(['add', '--username', 'x', '--role', 'aanbieder'])).toMatchObject({ code: 2, stderr: 'iwmo: --party is nodig bij rol aanbieder\n' });
    expect(await english(['add', '--username', 'x', '--role', 'aanbieder'])).toMatchObject({ code: 2, stderr: 'iwmo: --party is needed for role aanbieder\n' });
    const weak = await users(['add', '--username', 'weak', '--role', 'admin', '--password-stdin'], 'short');
    expect(weak).toMatchObject({ code: 1, stderr: expect.stringMatching(/^iwmo: de gateway antwoordde 400: \S/) });
    expect((await english(['add', '--username', 'weak', '--role', 'admin', '--password-stdin'], 'short')).stderr).toMatch(/^iwmo: the gateway answered 400: password: must be at least 12 characters/);

    const list = await users(['list']);
    expect(list.stdout.split('\n')[0]).toMatch(/^GEBRUIKERSNAAM\s+ROL\s+PARTIJ\s+STATUS\s+LAATST INGELOGD$/);
    expect(list.stdout).toMatch(/delft\s+gemeente\s+0503\s+actief/);
    const englishList = await english(['list']);
    expect(englishList.stdout.split('\n')[0]).toMatch(/^USERNAME\s+ROLE\s+PARTY\s+STATUS\s+LAST LOG-IN$/);
    expect(englishList.stdout).toMatch(/delft\s+gemeente\s+0503\s+active/);
    expect(await users(['disable', 'delft'])).toMatchObject({ code: 0, stdout: 'Dashboardgebruiker delft is uitgeschakeld; zijn sessies zijn beëindigd.\n' });
    expect((await english(['list'])).stdout).toMatch(/delft\s+gemeente\s+0503\s+disabled/);
    const json = JSON.parse((await users(['list', '--json'])).stdout) as Array<{ username: string; disabled: boolean }>;
    expect(json.map((u) => [u.username, u.disabled])).toEqual([['delft', true], ['team', false]]);
    expect((await users(['disable', 'nobody'])).stderr).toMatch(/^iwmo: de gateway antwoordde 404: \S/);
    expect((await english(['disable', 'nobody'])).stderr).toMatch(/^iwmo: the gateway answered 404: username: no dashboard user nobody/);
  });
});
