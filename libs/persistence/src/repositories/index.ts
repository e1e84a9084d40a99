export * from './party.repository';
export * from './message.repository';
export * from './delivery.repository';
export * from './audit.repository';
export * from './retention.repository';
export * from './submission.repository';
export * from './contract-register.repository';
