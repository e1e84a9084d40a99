import type { AppConfig } from '@lib/config';
import type { Text } from '@lib/i18n';
import type { Party } from '@lib/persistence';
import type { Stored } from './submission-recorder';

/** What the gateway hands the large-submission thread at start. */
export interface LargeSubmissionWorkerData {
  config: AppConfig;
}

/** One submission: the authenticated party and the body as received. */
export interface LargeSubmissionTask {
  party: Party;
  raw: Uint8Array;
}

/** Errors do not cross threads with their class and code, so the thread answers with one of these. */
export type LargeSubmissionOutcome =
  | { stored: Stored }
  | { refused: { status: 403 | 415 | 422; code: string; text: Text } }
  | { failed: { name: string; message: string; code: string | undefined } };
