import { parse, routingOf } from '@lib/iwmo';
import { PartyRepository, type Database } from '@lib/persistence';

/**
 * Sends scenario messages to a gateway as their Afzender would: each party (Afzender and
 * Ontvanger) is registered with an API key the first time a message names it.
 */
export function gatewaySender(url: string, db: Database): (raw: Buffer) => Promise<{ status: string; retourcodes: string[] }> {
  const parties = new PartyRepository(db);
  const keys = new Map<string, string>();
  const keyOf = async (code: string) => {
    if (!keys.has(code)) {
      const party = await parties.create({ role: code.length === 4 ? 'gemeente' : 'aanbieder', code, name: `scenario ${code}` });
      keys.set(code, (await parties.createKey(party.id, 'scenario')).key);
    }
    return keys.get(code)!;
  };
  return async (raw) => {
    const message = parse(raw);
    const header = message.bericht.Header as { Afzender: string; Ontvanger: string };
    await keyOf(header[routingOf(message.code).to]);
    const response = await fetch(`${url}/v1/berichten`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await keyOf(header[routingOf(message.code).from])}`, 'content-type': 'application/xml' },
      body: raw,
    });
    return (await response.json()) as { status: string; retourcodes: string[] };
  };
}
