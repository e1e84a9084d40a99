import { Injectable } from '@nestjs/common';
import { PartyRepository } from '@lib/persistence';
import { ApiKeyDto, type CreatedApiKeyDto } from './admin.dto';
import { ApiKeyNotFound, PartyNotFound } from './admin.errors';

/**
 * API keys of a party. A party may hold several live keys, so a key is
 * rotated by creating the new one, switching the client over, then revoking
 * the old one. The full key is returned once; the gateway stores its hash.
 */
@Injectable()
export class ManageKeysUseCase {
  constructor(private readonly parties: PartyRepository) {}

  async create(code: string, label: string | undefined): Promise<CreatedApiKeyDto> {
    const party = await this.parties.findByCode(code);
    if (!party) throw new PartyNotFound(code);
    const { id, key } = await this.parties.createKey(party.id, label || null);
    return { id, partyCode: party.code, label: label || null, key };
  }

  async list(code: string): Promise<ApiKeyDto[]> {
    const party = await this.parties.findByCode(code);
    if (!party) throw new PartyNotFound(code);
    return (await this.parties.listKeys(party.id)).map(ApiKeyDto.of);
  }

  /** Revoking a revoked key is a no-op that answers the key as it is. */
  async revoke(id: string): Promise<ApiKeyDto> {
    if (!(await this.parties.findKey(id))) throw new ApiKeyNotFound(id);
    await this.parties.revokeKey(id);
    return ApiKeyDto.of((await this.parties.findKey(id))!);
  }
}
