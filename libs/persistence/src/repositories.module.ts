import { Global, Module } from '@nestjs/common';
import { DATABASE, type Database } from './database';
import { AuditRepository, DeliveryRepository, MessageRepository, PartyRepository, RetentionRepository, SubmissionRepository } from './repositories';

const repository = <T>(cls: new (db: Database) => T) => ({ provide: cls, inject: [DATABASE], useFactory: (db: Database) => new cls(db) });

/** The repositories on the application's Database; inside a transaction, construct them on the transaction instead (or take `.in(tx)` where a repository offers it). */
@Global()
@Module({
  providers: [
    repository(PartyRepository), repository(MessageRepository), repository(DeliveryRepository), repository(AuditRepository),
    repository(RetentionRepository), repository(SubmissionRepository),
  ],
  exports: [PartyRepository, MessageRepository, DeliveryRepository, AuditRepository, RetentionRepository, SubmissionRepository],
})
export class RepositoriesModule {}
