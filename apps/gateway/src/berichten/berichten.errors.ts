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
