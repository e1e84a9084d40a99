/**
 * What the load benchmarks sample while they run: a process's resident memory
 * (from /proc, so it also works for a process without /metrics), the V8 heap an
 * app reports on its /metrics (prom-client's default metrics), Redis's memory
 * (INFO over a plain socket), latency percentiles, and the machine's facts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

/** VmRSS of a live process in bytes; undefined when it is gone (or not on Linux). */
export const rssBytes = (pid: number | undefined): number | undefined => statusKilobytes(pid, 'VmRSS');

/** VmHWM, the peak resident memory of a live process in bytes, since its start or since `resetPeakRss`. */
export const peakRssBytes = (pid: number | undefined): number | undefined => statusKilobytes(pid, 'VmHWM');

/** Resets VmHWM to the current RSS (writing 5 to /proc/<pid>/clear_refs); false when the kernel does not allow it. */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

function statusKilobytes(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number | undefined {
  if (!pid) return undefined;
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** From an app's Prometheus text endpoint (prom-client's default metrics); fields undefined when it does not answer. */
export async function appMetrics(metricsUrl: string): Promise<{ heapUsedBytes: number | undefined; eventLoopLagMaxSeconds: number | undefined }> {
  try {
    const response = await fetch(metricsUrl, { signal: AbortSignal.timeout(3_000) });
    const text = await response.text();
    const value = (name: string) => {
      const match = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)`, 'm').exec(text);
      return match ? Number(match[1]) : undefined;
    };
    // The lag is prom-client's event-loop delay histogram, reset at each scrape: the max since the previous sample.
    return { heapUsedBytes: value('nodejs_heap_size_used_bytes'), eventLoopLagMaxSeconds: value('nodejs_eventloop_lag_max_seconds') };
  } catch {
    return { heapUsedBytes: undefined, eventLoopLagMaxSeconds: undefined };
  }
}

/** Fields of Redis's INFO section (e.g. used_memory), over RESP on loopback. */
export function redisInfo(port: number, section = 'memory'): Promise<Record<string, string>> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let data = '';
    const done = () => {
      socket.destroy();
      const fields: Record<string, string> = {};
      for (const line of data.split('\r\n')) {
        const at = line.indexOf(':');
        if (at > 0 && !line.startsWith('#')) fields[line.slice(0, at)] = line.slice(at + 1);
      }
      resolve(fields);
    };
    socket.setTimeout(3_000, done);
    socket.once('error', done);
    socket.once('connect', () => socket.write(`INFO ${section}\r\n`));
    socket.on('data', (chunk) => {
      data += chunk.toString();
      // A bulk string: $<length>\r\n<payload>\r\n
      const header = /^\$(\d+)\r\n/.exec(data);
      if (header && Buffer.byteLength(data) >= header[0].length + Number(header[1]) + 2) done();
    });
  });
}

/** The p-th percentile (0-100) of the values, nearest rank; undefined for none. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const mib = (bytes: number | undefined) => (bytes === undefined ? '-' : (bytes / 2 ** 20).toFixed(0));

/** The machine, the versions and the load average at the start of a run, as lines for a report. */
export function machineFacts(postgresVersion: string, loadAtStart: readonly number[]): string[] {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  let redis = '?';
  try {
    redis = execFileSync('redis-server', ['--version']).toString().match(/v=(\S+)/)?.[1] ?? '?';
  } catch {
    /* not on the PATH */
  }
  return [
    `${availableParallelism()} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM`,
    `Node ${process.version}, PostgreSQL ${postgresVersion}, Redis ${redis}, all on loopback`,
    `load average (1/5/15 min) when the run started: ${loadAtStart.map((l) => l.toFixed(2)).join(' / ')}; at the end: ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`,
  ];
}
