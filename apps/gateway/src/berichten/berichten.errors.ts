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
