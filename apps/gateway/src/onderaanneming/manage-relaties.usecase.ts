import { Inject, Injectable } from '@nestjs/common';
import { OnderaannemingRegistry, type RelatieInput } from '@lib/funding';
import { DATABASE, OnderaannemingRepository, type Database, type Party, type Relatie } from '@lib/persistence';
import { OnderaannemingAudit, requireAanbieder } from './onderaanneming.audit';
import { http } from './onderaanneming.errors';

/** The registry of relations: the operator adds and ends them; each aanbieder sees its own and the hoofdaannemer sets approval. */
@Injectable()
export class ManageRelatiesUseCase {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly audit: OnderaannemingAudit,
  ) {}

  /** Admin (audit-logged by the admin interceptor). */
  add(input: RelatieInput): Promise<Relatie> {
    return http(() => new OnderaannemingRegistry(this.db).add(input, 'admin'));
  }

  list(filter: { hoofdaannemer?: string; onderaannemer?: string; gemeente?: string }): Promise<Relatie[]> {
    return new OnderaannemingRepository(this.db).relaties(filter);
  }

  end(id: string, totEnMet: string): Promise<Relatie> {
    return http(() => new OnderaannemingRegistry(this.db).end(id, totEnMet));
  }

  /** The party's own relations, as hoofdaannemer and as onderaannemer. */
  async ofParty(party: Party): Promise<{ alsHoofdaannemer: Relatie[]; alsOnderaannemer: Relatie[] }> {
    const repository = new OnderaannemingRepository(this.db);
    return { alsHoofdaannemer: await repository.relaties({ hoofdaannemer: party.code }), alsOnderaannemer: await repository.relaties({ onderaannemer: party.code }) };
  }

  setGoedkeuring(party: Party, id: string, goedkeuring: boolean): Promise<Relatie> {
    return http(() =>
      this.audit.step(party, 'relatie.goedkeuring', { relatieId: id, goedkeuring }, async () => {
        requireAanbieder(party);
        return new OnderaannemingRegistry(this.db).setGoedkeuring(party.code, id, goedkeuring);
      }),
    );
  }
}
