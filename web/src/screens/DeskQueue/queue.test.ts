import { describe, expect, it } from 'vitest';
import type { TicketSummary } from '../../api/types.js';
import { compareTickets, countByPriority, filterToSearch, matchesFilter, matchesSearch, readFilter } from './queue.js';

function ticket(id: number, priority: string, createdAt: string, extra: Partial<TicketSummary> = {}): TicketSummary {
  return {
    id,
    reference: `NGP-2026-${String(id).padStart(6, '0')}`,
    status: 'new',
    category: 'theft',
    priority,
    language: 'en',
    flags: [],
    station: 'ngp-ps-sitabuldi',
    zone: 'ngp-z2',
    place: { id: null, name: 'Zero Mile', lat: null, lon: null, method: 'gazetteer', confidence: 0.9 },
    channel: 'web',
    assigneeId: null,
    summary: 'Mobile snatched',
    createdAt,
    updatedAt: createdAt,
    ...extra,
  };
}

describe('the queue order', () => {
  it('puts p1 first, then newest first within a priority', () => {
    const list = [
      ticket(1, 'p3', '2026-01-01T10:00:00Z'),
      ticket(2, 'p1', '2026-01-01T09:00:00Z'),
      ticket(3, 'p2', '2026-01-01T11:00:00Z'),
      ticket(4, 'p1', '2026-01-01T10:30:00Z'),
    ].sort(compareTickets);
    expect(list.map((t) => t.id)).toEqual([4, 2, 3, 1]);
  });

  it('counts by priority', () => {
    expect(countByPriority([ticket(1, 'p1', 'a'), ticket(2, 'p1', 'b'), ticket(3, 'p3', 'c')])).toEqual({ p1: 2, p2: 0, p3: 1 });
  });
});

describe('the queue filter', () => {
  it('defaults to open tickets and round-trips through the URL', () => {
    const f = readFilter(new URLSearchParams(''));
    expect(f).toEqual({ status: 'open', priority: '', category: '', q: '' });
    expect(filterToSearch(f)).toBe('');
    const g = { ...f, priority: 'p1', q: 'zero' };
    expect(readFilter(new URLSearchParams(filterToSearch(g).slice(1)))).toEqual(g);
  });

  it('drops a ticket that leaves the open statuses', () => {
    const f = readFilter(new URLSearchParams(''));
    expect(matchesFilter(ticket(1, 'p1', 'a'), f)).toBe(true);
    expect(matchesFilter(ticket(1, 'p1', 'a', { status: 'resolved' }), f)).toBe(false);
    expect(matchesFilter(ticket(1, 'p1', 'a', { status: 'resolved' }), { ...f, status: 'all' })).toBe(true);
  });

  it('searches reference, summary and place', () => {
    expect(matchesSearch(ticket(42, 'p2', 'a'), '000042')).toBe(true);
    expect(matchesSearch(ticket(42, 'p2', 'a'), 'zero mile')).toBe(true);
    expect(matchesSearch(ticket(42, 'p2', 'a'), 'ambazari')).toBe(false);
  });
});
