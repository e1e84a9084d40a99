import { Injectable } from '@nestjs/common';
import { PartyRepository, type PartyRole } from '@lib/persistence';
import { DEMO_PARTIES } from './demo-parties';

export interface SeededParty {
  role: PartyRole;
  code: string;
  name: string;
  apiKey: string;
}

const SEED_KEY_LABEL = 'dev seed';

/**
 * Makes sure the demo parties exist and each has a working API key. A key from
 * the previous start is kept while it still authenticates as that party; only
 * missing, revoked or unknown keys (a fresh database) are replaced.
 */
@Injectable()
export class SeedDemoUseCase {
  constructor(private readonly parties: PartyRepository) {}

  async execute(previousKeys: ReadonlyMap<string, string>): Promise<{ parties: SeededParty[]; newKeys: number }> {
    const seeded: SeededParty[] = [];
    let newKeys = 0;
    for (const demo of DEMO_PARTIES) {
      const party = await this.parties.ensure({ ...demo, deliveryChannel: 'mailbox' });
      let apiKey = previousKeys.get(party.code);
      const check = apiKey ? await this.parties.authenticate(apiKey) : undefined;
      if (!check || !('party' in check) || check.party.id !== party.id) {
        apiKey = (await this.parties.createKey(party.id, SEED_KEY_LABEL)).key;
        newKeys++;
      }
      seeded.push({ role: party.role, code: party.code, name: party.name, apiKey: apiKey! });
    }
    return { parties: seeded, newKeys };
  }
}
