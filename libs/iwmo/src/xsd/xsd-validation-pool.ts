import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { defaultSchemaDir } from '../schema/schema-dir';
import type { XsdResult, XsdTask, XsdWorkerData } from './xsd-protocol';

export interface XsdPoolOptions {
  /** default: the project's schemas/iwmo-3.2 */
  schemaDir?: string;
  /** worker threads for ordinary messages; default min(4, cores) */
  threads?: number;
  /** a validation running longer than this is aborted (its thread is replaced); default 60 s */
  taskTimeoutMs?: number;
  /** messages of at least this many bytes go to the large-message lane; default 1 MiB */
  largeMessageBytes?: number;
  /** the large-message thread ends after this long without work, returning its memory; default 15 s */
  largeIdleMs?: number;
}

/**
 * XSD validation in worker threads, each holding every schema compiled once
 * (libxml2-wasm). The main thread never blocks on a large message and no process
 * is spawned per message.
 *
 * Two lanes: ordinary messages go to a fixed set of warm threads; large ones
 * (a declaratie of many MB) to a single thread that ends when idle. libxml2's
 * WebAssembly memory grows to the largest document seen and never shrinks, so
 * keeping large documents out of the warm threads keeps their memory small, and
 * the large lane returns its few hundred MB when it is done.
 */
export class XsdValidationPool {
  private constructor(
    private readonly small: Piscina<XsdTask, XsdResult>,
    private readonly large: Piscina<XsdTask, XsdResult>,
    private readonly options: Required<Pick<XsdPoolOptions, 'taskTimeoutMs' | 'largeMessageBytes'>>,
  ) {}

  static async start(options: XsdPoolOptions = {}): Promise<XsdValidationPool> {
    const threads = options.threads ?? Math.min(4, availableParallelism());
    const runningFromTs = extname(__filename) === '.ts';
    const common = {
      filename: join(__dirname, `xsd.worker${extname(__filename)}`),
      workerData: { schemaDir: options.schemaDir ?? defaultSchemaDir() } satisfies XsdWorkerData,
      // From the TypeScript sources (tests, tsx) the worker needs a TypeScript loader too.
      execArgv: runningFromTs ? ['--import', pathToFileURL(require.resolve('tsx')).href] : [],
    };
    const small = new Piscina<XsdTask, XsdResult>({ ...common, minThreads: threads, maxThreads: threads, idleTimeout: Infinity });
    const large = new Piscina<XsdTask, XsdResult>({ ...common, minThreads: 0, maxThreads: 1, idleTimeout: options.largeIdleMs ?? 15_000 });
    const instance = new XsdValidationPool(small, large, {
      taskTimeoutMs: options.taskTimeoutMs ?? 60_000,
      largeMessageBytes: options.largeMessageBytes ?? 1024 * 1024,
    });
    // Compile the schemas now, so that the first message does not pay for it and a broken
    // schema folder fails start-up instead of the first request.
    await Promise.all(Array.from({ length: threads }, () => instance.validate(Buffer.from('<warm-up/>'))));
    return instance;
  }

  async validate(xml: Uint8Array): Promise<XsdResult> {
    const lane = xml.byteLength >= this.options.largeMessageBytes ? this.large : this.small;
    return lane.run({ xml }, { signal: AbortSignal.timeout(this.options.taskTimeoutMs) });
  }

  /** threads of the ordinary lane */
  get threads(): number {
    return this.small.options.maxThreads;
  }

  async close(): Promise<void> {
    await Promise.all([this.small.destroy(), this.large.destroy()]);
  }
}
