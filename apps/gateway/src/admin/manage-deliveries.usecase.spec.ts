import type { Delivery, DeliveryRepository, PartyRepository } from '@lib/persistence';
import type { DeliveryOutbox } from '@lib/queue';
import { DeliveryNotDead, DeliveryNotFound } from './admin.errors';
import { ManageDeliveriesUseCase, type JobLookup } from './manage-deliveries.usecase';

const delivery = (over: Partial<Delivery>): Delivery => ({
  id: 'd1', messageId: 'm1', partyId: 'p1', channel: 'webhook', status: 'dead', attempts: 8,
  enqueuedAt: null, deliveredAt: null, ackedAt: null, lastError: 'HTTP 500', createdAt: new Date(0), ...over,
});

function setup(row: Delivery | undefined, job?: { state: string }) {
  const rows = new Map(row ? [[row.id, { ...row }]] : []);
  const deliveries = {
    findById: async (id: string) => rows.get(id) && { ...rows.get(id)! },
    requeue: async (id: string) => {
      const r = rows.get(id);
      if (r?.status !== 'dead') return false;
      Object.assign(r, { status: 'pending', lastError: null });
      return true;
    },
  } as unknown as DeliveryRepository;
  const parties = { list: async () => [{ id: 'p1', code: '0503' }] } as unknown as PartyRepository;
  const enqueued: string[] = [];
  const outbox = { enqueue: async (ids: string[]) => (enqueued.push(...ids), []) } as unknown as DeliveryOutbox;
  const removed: string[] = [];
  const queue: JobLookup = {
    getJob: (async (id: string) =>
      job && { getState: async () => job.state, remove: async () => void removed.push(id) }) as unknown as JobLookup['getJob'],
  };
  return { useCase: new ManageDeliveriesUseCase(deliveries, parties, outbox, queue), enqueued, removed };
}

describe('ManageDeliveriesUseCase.requeue', () => {
  it('makes a dead webhook delivery pending, frees its job id from the failed job, and enqueues it', async () => {
    const { useCase, enqueued, removed } = setup(delivery({}), { state: 'failed' });
    await expect(useCase.requeue('d1')).resolves.toMatchObject({ id: 'd1', partyCode: '0503', status: 'pending', lastError: null });
    expect(removed).toEqual(['d1']);
    expect(enqueued).toEqual(['d1']);
  });

  it('leaves a job that is still waiting alone', async () => {
    const { useCase, enqueued, removed } = setup(delivery({}), { state: 'waiting' });
    await useCase.requeue('d1');
    expect(removed).toEqual([]);
    expect(enqueued).toEqual(['d1']);
  });

  it('puts a dead mailbox delivery back in the mailbox without the queue', async () => {
    const { useCase, enqueued } = setup(delivery({ channel: 'mailbox' }));
    await expect(useCase.requeue('d1')).resolves.toMatchObject({ status: 'pending' });
    expect(enqueued).toEqual([]);
  });

  it('refuses an unknown delivery and one that is not dead', async () => {
    await expect(setup(undefined).useCase.requeue('d1')).rejects.toBeInstanceOf(DeliveryNotFound);
    await expect(setup(delivery({ status: 'delivered' })).useCase.requeue('d1')).rejects.toThrow(new DeliveryNotDead('d1', 'delivered').message);
  });
});
