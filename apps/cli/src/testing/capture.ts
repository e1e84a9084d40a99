import { Writable } from 'node:stream';

/** A stream that keeps what a command writes to it (its stdout or stderr in a spec). Import in spec files only. */
export function capture(): { stream: NodeJS.WritableStream; text: () => string } {
  let text = '';
  const stream = new Writable({ write: (chunk, _enc, done) => { text += String(chunk); done(); } });
  return { stream, text: () => text };
}
