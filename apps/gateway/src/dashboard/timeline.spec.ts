import { formatAmsterdamTime } from '@lib/i18n';
import { timeLabel } from './time';
import { attemptOutcomeLabel, deliveryStatusLabel, eventDetail, eventLabel } from './timeline';

describe('dashboard times', () => {
  it('shows Dutch local time, summer and winter, with the label that says so, in both languages', () => {
    expect(formatAmsterdamTime(new Date('2026-12-07T12:45:09Z'), 'nl')).toMatch(/^07-12-2026,? 13:45:09$/);
    expect(formatAmsterdamTime(new Date('2026-07-01T22:30:00Z'), 'nl')).toMatch(/^02-07-2026,? 00:30:00$/);
    expect(formatAmsterdamTime(new Date('2026-03-29T01:00:00Z'), 'nl')).toMatch(/^29-03-2026,? 03:00:00$/); // summer time begins
    expect(formatAmsterdamTime(new Date('2026-07-01T22:30:00Z'), 'en')).toMatch(/^02\/07\/2026,? 00:30:00$/);
    expect(timeLabel('ontvangen', 'nl')).toBe('ontvangen (Nederlandse tijd)');
    expect(timeLabel('received', 'en')).toBe('received (Amsterdam time)');
  });
});

describe('the status history in words', () => {
  it('names every event in Dutch (and English on request), attempts with their number', () => {
    expect(['received', 'validated', 'accepted', 'queued', 'delivery attempt 2', 'delivered', 'dead-lettered', 'in mailbox', 'fetched', 'acked'].map((e) => eventLabel(e, 'nl'))).toEqual([
      'ontvangen', 'gecontroleerd', 'geaccepteerd', 'klaargezet voor aflevering (webhook)', 'afleverpoging 2', 'afgeleverd', 'aflevering opgegeven',
      'in de brievenbus gezet', 'opgehaald', 'ontvangst bevestigd',
    ]);
    expect(eventLabel('something new', 'nl')).toBe('something new');
    expect(['received', 'delivery attempt 2', 'dead-lettered'].map((e) => eventLabel(e, 'en'))).toEqual(['received', 'delivery attempt 2', 'delivery given up']);
  });

  it('tells the details as a sentence, not JSON, with BSNs masked', () => {
    expect(eventDetail({ by: '12345678', bytes: 3403 }, 'nl')).toBe('door 12345678, 3.403 bytes');
    expect(eventDetail({ retourcodes: ['8001', '9338'], errors: 2, rejectedPrestaties: 1 }, 'nl')).toBe('retourcodes 8001 9338, 2 fouten, 1 prestatie afgewezen');
    expect(eventDetail({ deliveryId: 'd-1', to: '0503', attempt: 2, httpStatus: 200 }, 'nl')).toBe('aan 0503, HTTP 200, poging 2, aflevering d-1');
    expect(eventDetail({ deliveryId: 'd-1', error: 'BSN 999990019 unknown' }, 'nl')).toBe('fout: BSN ******019 unknown, aflevering d-1');
    expect(eventDetail({ extra: { a: 1 } }, 'nl')).toBe('extra: {"a":1}');
    expect(eventDetail({}, 'nl')).toBe('');
    expect(eventDetail({ by: '12345678', bytes: 3403, errors: 1, rejectedPrestaties: 2 }, 'en')).toBe('by 12345678, 3,403 bytes, 1 error, 2 prestaties rejected');
  });

  it('names delivery statuses and attempt outcomes in Dutch', () => {
    expect(deliveryStatusLabel('dead', 'nl')).toBe('opgegeven');
    expect(deliveryStatusLabel('dead', 'en')).toBe('given up');
    expect(attemptOutcomeLabel('interrupted', 'nl')).toBe('afgebroken (de worker stopte)');
    expect(attemptOutcomeLabel('retry', 'nl')).toBe('mislukt, wordt opnieuw geprobeerd');
  });
});
