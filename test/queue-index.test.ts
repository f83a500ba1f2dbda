/** The queue's partial indexes (frozen in migrations) cover exactly the statuses the code calls open. */
import { describe, expect, it } from 'vitest';
import { QUEUE_INDEX_STATUSES } from '../src/store/migrations/0002-desk.js';
import { UNIT_QUEUE_STATUSES } from '../src/store/migrations/0004-desk-queue.js';
import { CONTROL_QUEUE_STATUSES } from '../src/store/migrations/0040-control-queue.js';
import { OPEN_STATUSES } from '../src/tickets/ticket.model.js';

describe('queue indexes', () => {
  it('index the open statuses, no more and no fewer', () => {
    expect([...UNIT_QUEUE_STATUSES].sort()).toEqual([...OPEN_STATUSES].sort());
    expect([...QUEUE_INDEX_STATUSES].sort()).toEqual([...OPEN_STATUSES].sort());
    expect([...CONTROL_QUEUE_STATUSES].sort()).toEqual([...OPEN_STATUSES].sort());
  });
});
