import { describe, expect, it } from 'vitest';
import { filterToSearch, isFiltered, readFilter, toQuery } from './queue.js';

describe('the queue filter', () => {
  it('defaults to every open ticket, p1 first, and round-trips through the URL', () => {
    const f = readFilter(new URLSearchParams(''));
    expect(f).toEqual({ status: '', priority: '', category: '', channel: '', assignee: '', breached: false, q: '', sort: 'priority', from: '', to: '' });
    expect(filterToSearch(f)).toBe('');
    expect(isFiltered(f)).toBe(false);
    const g = { ...f, priority: 'p1', assignee: 'me', breached: true, q: 'zero', sort: 'sla' as const, from: '2026-12-01', to: '2026-12-04' };
    expect(readFilter(new URLSearchParams(filterToSearch(g).slice(1)))).toEqual(g);
    expect(isFiltered(g)).toBe(true);
  });

  it('becomes the API query', () => {
    const f = { ...readFilter(new URLSearchParams('')), channel: 'whatsapp', assignee: 'none', q: '  mile ' };
    expect(toQuery(f, 50)).toEqual({ channel: ['whatsapp'], assignee: 'none', q: 'mile', sort: 'priority', limit: 50 });
  });
});
