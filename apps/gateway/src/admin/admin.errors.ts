import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import { render, text as say, type Said, type Text } from '@lib/i18n';

/** Errors of the admin use cases. They are HttpExceptions, so ProblemFilter answers them as problem details. */

export class PartyNotFound extends NotFoundException implements Said {
  constructor(code: string, readonly text: Text = say('api.admin.party-not-found', { code })) {
    super(render(text));
    this.name = 'PartyNotFound';
  }
}

export class PartyExists extends ConflictException implements Said {
  constructor(code: string, readonly text: Text = say('api.admin.party-exists', { code })) {
    super(render(text));
    this.name = 'PartyExists';
  }
}

export class ApiKeyNotFound extends NotFoundException implements Said {
  constructor(id: string, readonly text: Text = say('api.admin.key-not-found', { id })) {
    super(render(text));
    this.name = 'ApiKeyNotFound';
  }
}

export class DeliveryNotFound extends NotFoundException implements Said {
  constructor(id: string, readonly text: Text = say('api.admin.delivery-not-found', { id })) {
    super(render(text));
    this.name = 'DeliveryNotFound';
  }
}

export class DeliveryNotDead extends ConflictException implements Said {
  constructor(id: string, status: string, readonly text: Text = say('api.admin.delivery-not-dead', { id, status })) {
    super(render(text));
    this.name = 'DeliveryNotDead';
  }
}

/** The webhook policy refuses the URL (WEBHOOK_ALLOWED_NETWORKS); the text names the rule and the fix. */
export class WebhookUrlRefused extends BadRequestException {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookUrlRefused';
  }
}
