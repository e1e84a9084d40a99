import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DATABASE, EncryptionRepository, type Database, type EncryptionCounts } from '@lib/persistence';

/** A rotation run of this gateway process. */
export interface RotationRun {
  running: boolean;
  startedAt: string | null;
  finishedAt: string | null;
  /** message bodies, webhook secrets, BSNs and built messages re-wrapped (or sealed) so far in this run */
  rewrapped: number;
  error: string | null;
}

export interface EncryptionStatus extends EncryptionCounts {
  rotation: RotationRun;
}

const BATCH = 500;

/**
 * Key rotation of personal data at rest (`iwmo admin keys rotate`): after the operator made a new
 * master key active (ENCRYPTION_KEY_FILE, the old one kept), this re-wraps every value still under
 * an older key (or plain) in the background, batch by batch, while the gateway keeps serving: webhook
 * secrets, the BSNs of the state tables and notifications, built messages, message bodies. Lookup
 * hashes stay as they are (the lookup key does not rotate).
 */
@Injectable()
export class RotateEncryptionUseCase implements OnApplicationShutdown {
  private readonly logger = new Logger('EncryptionRotation');
  private run: RotationRun = { running: false, startedAt: null, finishedAt: null, rewrapped: 0, error: null };
  private stopping = false;
  private loop: Promise<void> | undefined;

  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async status(): Promise<EncryptionStatus> {
    // the run as it was before counting: a run that reads finished is reflected in the counts
    const rotation = { ...this.run };
    return { ...(await new EncryptionRepository(this.db).counts()), rotation };
  }

  /** Starts a run unless one is going; answers the status at once. */
  async start(): Promise<EncryptionStatus> {
    if (!this.run.running) {
      this.run = { running: true, startedAt: new Date().toISOString(), finishedAt: null, rewrapped: 0, error: null };
      this.loop = this.rotate();
    }
    return this.status();
  }

  /** Resolves when the current run (if any) ended. */
  async settled(): Promise<void> {
    await this.loop;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.loop;
  }

  private async rotate(): Promise<void> {
    const repo = new EncryptionRepository(this.db);
    try {
      this.run.rewrapped += await repo.rotateWebhookSecrets();
      const progress = (n: number) => {
        this.run.rewrapped += n;
        if (n > 0) this.logger.log(`re-wrapped ${this.run.rewrapped} values under the active key so far`);
      };
      // BSNs a gateway of an older version wrote in plaintext (normally none: the start seals them)
      for (let n = BATCH; n > 0 && !this.stopping; ) progress((n = await repo.sealPlainBsns(BATCH)));
      const cursor: Record<string, string> = {};
      for (let done = false; !done && !this.stopping; ) {
        const batch = await repo.rotateTexts(cursor, BATCH);
        progress(batch.rewrapped);
        done = batch.done;
      }
      for (let n = BATCH; n > 0 && !this.stopping; ) progress((n = await repo.rotateMessages(BATCH)));
    } catch (error) {
      this.run.error = (error as Error).message;
      this.logger.error(`key rotation stopped: ${this.run.error}`);
    } finally {
      this.run.running = false;
      this.run.finishedAt = new Date().toISOString();
    }
  }
}
