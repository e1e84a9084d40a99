import { render, type Said, type Text } from '@lib/i18n';

/** An Error that says a catalogue text: `text` for the reader's language, `message` its Dutch (logs, audit trail). */
export abstract class SaidError extends Error implements Said {
  constructor(readonly text: Text) {
    super(render(text));
  }
}
