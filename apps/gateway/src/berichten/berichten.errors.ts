/** Refusals of a submission before anything is stored: who may send what. */
export class SubmissionRefused extends Error {
  constructor(
    readonly status: 403 | 415 | 422,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SubmissionRefused';
  }
}

export class BerichtNotFound extends Error {
  constructor(id: string) {
    super(`No message ${id} that you sent or received.`);
    this.name = 'BerichtNotFound';
  }
}

/** GET .../xml of a message whose body the retention removed: the row, verdict and history remain. */
export class BerichtBodyPurged extends Error {
  constructor(id: string, readonly retentionDays: number, readonly purgedAt: Date) {
    super(
      `The XML of message ${id} is gone: the body was removed after ${retentionDays} days (retention), on ${purgedAt.toISOString().slice(0, 10)}. ` +
        `Its status, retourcodes, errors and history remain at GET /v1/berichten/${id}.`,
    );
    this.name = 'BerichtBodyPurged';
  }
}

/** More large messages at once than the large-submission lane runs and holds waiting: nothing was stored, retry later. */
export class LargeSubmissionsBusy extends Error {
  constructor(readonly running: number, readonly waiting: number, readonly retryAfterSeconds: number) {
    super(
      `The gateway is judging ${running} large messages and holds ${waiting} more waiting, its most at once (LARGE_MESSAGE_THREADS, LARGE_MESSAGE_QUEUE); ` +
        `nothing was stored. Send this message again after ${retryAfterSeconds} s.`,
    );
    this.name = 'LargeSubmissionsBusy';
  }
}
