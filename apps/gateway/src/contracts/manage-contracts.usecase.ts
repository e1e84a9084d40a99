import { Inject, Injectable } from '@nestjs/common';
import type { Text } from '@lib/i18n';
import { addContract, type ChangeResult, type ContractChange, ContractRegisterStore, endContract, LiveContractRegister, type RegisterDocument, setDeclaratieBeleid, setTarief, type StoredContractVersion } from '@lib/funding';
import { answering } from './contracts.errors';
import type { AddContractDto, EndContractDto, ReplaceRegisterDto, SetBeleidDto, SetTariefDto } from './contracts.dto';
import { ILLUSTRATIVE_NOTICE, registerView, versionView, type VersionView } from './register-view';

export interface ChangeView {
  version: VersionView;
  /** false: the change made no difference, no version was added */
  saved: boolean;
  changes: ContractChange[];
  notice?: Text;
}

const by = (author: string | undefined) => (author ? `admin: ${author}` : 'admin');

/**
 * The contractteam's work on the register: read it, its versions and what changed between them,
 * and make a new version (a whole document, or one change derived from the latest). A version
 * saved here is in use in this process at once; other gateway processes take it within
 * CONTRACTS_REFRESH_MS.
 */
@Injectable()
export class ManageContractsUseCase {
  constructor(
    @Inject(ContractRegisterStore) private readonly store: ContractRegisterStore,
    @Inject(LiveContractRegister) private readonly live: LiveContractRegister,
  ) {}

  /** The register in use, after checking for a version saved by another process. */
  async current() {
    await this.live.refresh();
    return registerView(this.live.currentVersion());
  }

  async versions(): Promise<VersionView[]> {
    return (await this.store.versions()).map(versionView);
  }

  async version(version: number): Promise<VersionView & { document: RegisterDocument }> {
    const stored = await answering(() => this.store.get(version));
    return { ...versionView(stored), document: stored.document };
  }

  async diff(from: number | undefined, to: number | undefined): Promise<{ from: number; to: number; changes: ContractChange[] }> {
    return answering(async () => {
      const target = to ?? (await this.store.latestVersion()) ?? 1;
      const source = from ?? Math.max(1, target - 1);
      return { from: source, to: target, changes: await this.store.diff(source, target) };
    });
  }

  async replace(dto: ReplaceRegisterDto): Promise<ChangeView> {
    return answering(async () => {
      const saved = await this.store.save(dto.document, { reason: dto.reason, by: by(dto.author), basedOn: dto.basedOn });
      this.live.adopt(saved);
      const changes = saved.version > 1 ? await this.store.diff(saved.version - 1, saved.version) : [];
      return this.view({ version: saved, saved: true, changes });
    });
  }

  setTarief(dto: SetTariefDto): Promise<ChangeView> {
    return this.change((doc) => setTarief(doc, { productCode: dto.productCode, vanaf: dto.vanaf, tariefPerMaand: dto.tariefPerMaand, gemeenten: dto.gemeenten }), dto);
  }

  addContract(dto: AddContractDto): Promise<ChangeView> {
    return this.change(
      (doc) => addContract(doc, { aanbieder: dto.aanbieder, naam: dto.naam, gemeenten: dto.gemeenten, percelen: dto.percelen, vanaf: dto.vanaf, totEnMet: dto.totEnMet ?? null }),
      dto,
    );
  }

  endContract(dto: EndContractDto): Promise<ChangeView> {
    return this.change((doc) => endContract(doc, { aanbieder: dto.aanbieder, totEnMet: dto.totEnMet, gemeenten: dto.gemeenten, percelen: dto.percelen }), dto);
  }

  setBeleid(gemeente: string, dto: SetBeleidDto): Promise<ChangeView> {
    return this.change((doc) => setDeclaratieBeleid(doc, gemeente, { proratie: dto.proratie }), dto);
  }

  private change(apply: (document: RegisterDocument) => RegisterDocument, dto: { reason: string; author?: string }): Promise<ChangeView> {
    return answering(async () => {
      const result = await this.store.change(apply, { reason: dto.reason, by: by(dto.author) });
      if (result.saved) this.live.adopt(result.version);
      return this.view(result);
    });
  }

  private view(result: ChangeResult | { version: StoredContractVersion; saved: boolean; changes: ContractChange[] }): ChangeView {
    return {
      version: versionView(result.version),
      saved: result.saved,
      changes: result.changes,
      ...(result.version.illustrative && { notice: ILLUSTRATIVE_NOTICE }),
    };
  }
}
