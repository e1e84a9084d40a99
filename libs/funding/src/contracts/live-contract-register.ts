/**
 * The contract register a running gateway judges by: the latest stored version. `current()` is
 * synchronous (the rules are pure functions) and returns the register held in memory; the holder
 * checks the database for a newer version number at most every `refreshMs` (CONTRACTS_REFRESH_MS)
 * in the background, so several gateway processes converge on the same version, and takes a
 * version saved in this process at once (`adopt`). A message is judged by one version as a whole:
 * the swap happens between judgements, never inside one (judging is synchronous).
 */
import type { ContractRegister } from '@lib/rules';
import type { ContractRegisterStore, StoredContractVersion } from './contract-register.store';

export interface LiveContractRegisterOptions {
  /** how often to check for a newer version (ms); 0 or less: only on refresh() */
  refreshMs: number;
  /** where refresh failures and version switches are reported */
  log?: { log(message: string): void; error(message: string): void };
}

export class LiveContractRegister {
  private held: StoredContractVersion;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<boolean> | undefined;
  /** a newer version this code could not read, reported once */
  private unreadable: number | undefined;

  constructor(
    private readonly store: ContractRegisterStore,
    initial: StoredContractVersion,
    private readonly options: LiveContractRegisterOptions,
  ) {
    this.held = initial;
  }

  /** Loads the latest version (seed it first) and starts checking for newer ones. */
  static async start(store: ContractRegisterStore, options: LiveContractRegisterOptions): Promise<LiveContractRegister> {
    const latest = await store.latest();
    if (!latest) throw new Error('no contract register version is stored; seed one from CONTRACTS_FILE first (ContractRegisterStore.seedFromFile)');
    const live = new LiveContractRegister(store, latest, options);
    live.startPolling();
    return live;
  }

  /** The register of the latest version known to this process. */
  current(): ContractRegister {
    return this.held.register;
  }

  /** The version `current()` belongs to, with its document and metadata. */
  currentVersion(): StoredContractVersion {
    return this.held;
  }

  /** Takes a version this process just saved, unless a newer one is held already. */
  adopt(version: StoredContractVersion): void {
    if (version.version > this.held.version) this.switchTo(version);
  }

  /** Checks the database now; true when a newer version was taken. Concurrent calls share one check. */
  refresh(): Promise<boolean> {
    this.inFlight ??= this.check().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private startPolling(): void {
    if (this.options.refreshMs <= 0) return;
    this.timer = setInterval(() => {
      this.refresh().catch((error: Error) => this.options.log?.error(`could not check for a newer contract register version: ${error.message}`));
    }, this.options.refreshMs);
    // The check must never keep a process alive that is otherwise done.
    this.timer.unref();
  }

  private async check(): Promise<boolean> {
    const latest = await this.store.latestVersion();
    if (latest === undefined || latest <= this.held.version || latest === this.unreadable) return false;
    let version: StoredContractVersion;
    try {
      version = await this.store.get(latest);
    } catch (error) {
      // Keep judging by the version held rather than by nothing; say so once.
      this.unreadable = latest;
      this.options.log?.error(`contract register version ${latest} cannot be used, still judging by version ${this.held.version}: ${(error as Error).message}`);
      return false;
    }
    if (version.version <= this.held.version) return false;
    this.switchTo(version);
    return true;
  }

  private switchTo(version: StoredContractVersion): void {
    const from = this.held.version;
    this.held = version;
    this.options.log?.log(`contract register version ${version.version} in use (was ${from}${version.illustrative ? '; ILLUSTRATIVE data, not the real contract' : ''})`);
  }
}
