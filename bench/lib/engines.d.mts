// Types for engines.mjs (plain ESM so the 25 MB child jobs can run under plain node).
export interface Verdict {
  valid: boolean;
  errors: string[];
}

export interface Engine {
  name: string;
  /** time to import the library (and, for libxml2-wasm, instantiate the wasm module) */
  loadMs: number;
  validate(code: string, buf: Buffer, file?: string): Promise<Verdict>;
  close(): void;
}

export interface Libxml2Engine extends Engine {
  /** (re)compile the schema of one message type, returns milliseconds */
  compile(code: string): number;
  validateSync(code: string, buf: Uint8Array): Verdict;
  validateTimed(code: string, buf: Uint8Array): Verdict & { parseMs: number; validateMs: number };
}

export interface XmllintOptions {
  initialMemoryPages?: number;
  maxMemoryPages?: number;
  stream?: boolean;
}

export interface JvmOptions {
  packageDir?: string;
  fileInput?: boolean;
}

export declare function xsdPath(schemaDir: string, code: string): string;
export declare function libxml2Engine(schemaDir: string): Promise<Libxml2Engine>;
export declare function xmllintEngine(
  schemaDir: string,
  options?: XmllintOptions,
): Promise<Engine & { memoryPages: { MiB: number; GiB: number; defaultMaxMemoryPages: number } }>;
export declare function installedXsvDir(): string;
export declare function prepareXsvCopy(targetDir: string): Promise<{ dir: string; compileMs: number }>;
export declare function probeInstalledXsv(
  schemaDir: string,
  code: string,
  xml: string,
): Promise<{ valid: boolean; result: string; messages: string[] }>;
export declare function jvmEngine(schemaDir: string, options?: JvmOptions): Promise<Engine>;
export declare function jvmCommand(schemaDir: string, code: string, file: string, packageDir?: string): string[];
