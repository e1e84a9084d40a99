import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Piscina } from 'piscina';
import { defaultSchemaDir } from '../schema/schema-dir';
import type { XsdResult, XsdTask, XsdWorkerData } from './xsd-protocol';

export interface XsdPoolOptions {
  /** default: the project's schemas/iwmo-3.2 */
  schemaDir?: string;
  /** worker threads; default min(4, cores) */
  threads?: number;
  /** a validation running longer than this is aborted (its thread is replaced); default 60 s */
  taskTimeoutMs?: number;
}

/**
 * XSD validation in a pool of worker threads, each holding every schema
 * compiled once (libxml2-wasm). The main thread never blocks on a large message
 * and no process is spawned per message.
 */
export class XsdValidationPool {
  private constructor(
    private readonly pool: Piscina<XsdTask, XsdResult>,
    private readonly taskTimeoutMs: number,
  ) {}

  static async start(options: XsdPoolOptions = {}): Promise<XsdValidationPool> {
    const threads = options.threads ?? Math.min(4, availableParallelism());
    const runningFromTs = extname(__filename) === '.ts';
    const pool = new Piscina<XsdTask, XsdResult>({
      filename: join(__dirname, `xsd.worker${extname(__filename)}`),
      workerData: { schemaDir: options.schemaDir ?? defaultSchemaDir() } satisfies XsdWorkerData,
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: Infinity,
      // From the TypeScript sources (tests, tsx) the worker needs a TypeScript loader too.
      execArgv: runningFromTs ? ['--import', 'tsx'] : [],
    });
    const instance = new XsdValidationPool(pool, options.taskTimeoutMs ?? 60_000);
    // Compile the schemas now, so that the first message does not pay for it and a broken
    // schema folder fails start-up instead of the first request.
    await Promise.all(Array.from({ length: threads }, () => instance.validate(Buffer.from('<warm-up/>'))));
    return instance;
  }

  async validate(xml: Uint8Array): Promise<XsdResult> {
    return this.pool.run({ xml }, { signal: AbortSignal.timeout(this.taskTimeoutMs) });
  }

  get threads(): number {
    return this.pool.threads.length;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
