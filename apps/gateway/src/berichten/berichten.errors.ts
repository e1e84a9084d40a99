import { render, text, type Said, type Text } from '@lib/i18n';

/** An error of the berichten API whose words are a catalogue text; `message` is its Dutch rendering (logs, audit). */
abstract class SaidError extends Error implements Said {
  constructor(readonly text: Text) {
    super(render(text));
  }
}

/** Refusals of a submission before anything is stored: who may send what. */
export class SubmissionRefused extends SaidError {
  constructor(
    readonly status: 403 | 415 | 422,
    readonly code: string,
    said: Text,
  ) {
    super(said);
    this.name = 'SubmissionRefused';
  }
}

export class BerichtNotFound extends SaidError {
  constructor(id: string, said: Text = text('api.bericht-not-found', { id })) {
    super(said);
    this.name = 'BerichtNotFound';
  }
}

/** GET .../xml of a message whose body the retention removed: the row, verdict and history remain. */
export class BerichtBodyPurged extends SaidError {
  constructor(id: string, readonly retentionDays: number, readonly purgedAt: Date) {
    super(text('api.body-purged', { id, days: retentionDays, date: purgedAt.toISOString().slice(0, 10) }));
    this.name = 'BerichtBodyPurged';
  }
}

/** More large messages at once than the large-submission lane runs and holds waiting: nothing was stored, retry later. */
export class LargeSubmissionsBusy extends SaidError {
  constructor(readonly running: number, readonly waiting: number, readonly retryAfterSeconds: number) {
    super(text('api.busy', { running, waiting, seconds: retryAfterSeconds }));
    this.name = 'LargeSubmissionsBusy';
  }
}
