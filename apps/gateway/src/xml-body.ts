import { setImmediate as nextTurn } from 'node:timers/promises';
import type { NextFunction, Request, Response } from 'express';
import { XML_MEDIA_TYPES } from './media-types';

/** Chunks copied per turn of the event loop when a body of unknown length is put together. */
const ASSEMBLY_SLICE_BYTES = 1024 * 1024;

/**
 * Reads an XML body (an iWmo message, up to MAX_MESSAGE_BYTES) into one Buffer without
 * ever holding the event loop: with a Content-Length the buffer is allocated once and
 * each chunk copied in as it arrives; without one (chunked) the chunks are joined at the
 * end, a slice per turn. The Buffer owns its memory, so a large message can move to the
 * large-submission thread without a copy. body-parser's raw parser joins all chunks in
 * one synchronous copy (60-150 ms for 20 MB on a busy 2-core machine). A compressed
 * body (Content-Encoding) is left to body-parser, which inflates it within the same limit.
 *
 * Errors have body-parser's shape (`type` entity.too.large / request.size.invalid /
 * request.aborted), so the ProblemFilter answers them the same way.
 */
export function xmlBodyReader(limit: number) {
  return (req: Request & { _body?: boolean; rawBody?: Buffer }, _res: Response, next: NextFunction): void => {
    const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (req._body || encoding !== 'identity' || !req.is(XML_MEDIA_TYPES)) return next();
    const declared = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']);
    const tooLarge = (length: number) => bodyError(413, 'entity.too.large', 'request entity too large', { limit, length });
    if (declared !== undefined && declared > limit) {
      req.pause();
      return next(tooLarge(declared));
    }
    const fixed = declared === undefined ? undefined : Buffer.allocUnsafeSlow(declared);
    const chunks: Buffer[] = [];
    let received = 0;
    let done = false;
    const finish = (error?: Error, body?: Buffer) => {
      if (done) return;
      done = true;
      req.off('data', onData).off('end', onEnd).off('aborted', onAborted).off('error', onError);
      if (error) {
        req.pause();
        return next(error);
      }
      req.body = body;
      req.rawBody = body;
      req._body = true;
      next();
    };
    const onData = (chunk: Buffer) => {
      if (received + chunk.length > (fixed ? fixed.length : limit)) {
        return finish(fixed ? bodyError(400, 'request.size.invalid', 'request size did not match content length', {}) : tooLarge(received + chunk.length));
      }
      if (fixed) chunk.copy(fixed, received);
      else chunks.push(chunk);
      received += chunk.length;
    };
    const onEnd = () => {
      if (fixed) {
        return received === fixed.length ? finish(undefined, fixed) : finish(bodyError(400, 'request.size.invalid', 'request size did not match content length', {}));
      }
      joinInTurns(chunks, received).then((body) => finish(undefined, body), (error: Error) => finish(error));
    };
    const onAborted = () => finish(bodyError(400, 'request.aborted', 'request aborted', {}));
    const onError = (error: Error) => finish(error);
    req.on('data', onData).on('end', onEnd).on('aborted', onAborted).on('error', onError);
  };
}

async function joinInTurns(chunks: readonly Buffer[], length: number): Promise<Buffer> {
  const body = Buffer.allocUnsafeSlow(length);
  let at = 0;
  let sinceTurn = 0;
  for (const chunk of chunks) {
    chunk.copy(body, at);
    at += chunk.length;
    sinceTurn += chunk.length;
    if (sinceTurn >= ASSEMBLY_SLICE_BYTES) {
      sinceTurn = 0;
      await nextTurn();
    }
  }
  return body;
}

function bodyError(status: number, type: string, message: string, extra: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true, type, ...extra });
}
