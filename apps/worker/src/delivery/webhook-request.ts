import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { lookupFor, type CheckedTarget } from '@lib/queue';

// Keep-alive per worker process: a receiver takes many deliveries in a row.
const httpAgent = new HttpAgent({ keepAlive: true });
const httpsAgent = new HttpsAgent({ keepAlive: true });

/**
 * POSTs a webhook to a target the policy checked, connecting only to the addresses it
 * resolved (never asking DNS again) and never following a redirect: the answer's status
 * is returned as it is. The answer's body is neither read nor kept. Rejects on connection
 * errors and when `signal` aborts (timeout).
 */
export function postWebhook(target: CheckedTarget, headers: Record<string, string>, body: Buffer, signal: AbortSignal): Promise<number> {
  const https = target.url.protocol === 'https:';
  const send = https ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      target.url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(body.length) },
        agent: https ? httpsAgent : httpAgent,
        lookup: lookupFor(target),
        signal,
      },
      (response: IncomingMessage) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
