import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';

/** Errors of the admin use cases. They are HttpExceptions, so ProblemFilter answers them as problem details. */

export class PartyNotFound extends NotFoundException {
  constructor(code: string) {
    super(`No party with code ${code}.`);
    this.name = 'PartyNotFound';
  }
}

export class PartyExists extends ConflictException {
  constructor(code: string) {
    super(`A party with code ${code} already exists; change its delivery channel or keys instead.`);
    this.name = 'PartyExists';
  }
}

export class ApiKeyNotFound extends NotFoundException {
  constructor(id: string) {
    super(`No API key with id ${id}.`);
    this.name = 'ApiKeyNotFound';
  }
}

export class DeliveryNotFound extends NotFoundException {
  constructor(id: string) {
    super(`No delivery ${id}.`);
    this.name = 'DeliveryNotFound';
  }
}

export class DeliveryNotDead extends ConflictException {
  constructor(id: string, status: string) {
    super(`Delivery ${id} is ${status}, not dead; only a dead-lettered delivery can be requeued.`);
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
