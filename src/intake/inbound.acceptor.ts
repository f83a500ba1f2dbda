/**
 * Group commit at acceptance. A webhook answers only once its item is stored; stored alone, each item
 * is a commit of its own (on PostgreSQL a disk flush, on SQLite a write of the log's pages), and in a
 * burst the commits are most of a delivery's cost. Items that arrive while others are being stored wait
 * for the next write and share it: one statement for all of them. Alone, an item waits for nothing but
 * the turn of the event loop it arrived in. Each caller is answered only after the statement holding its
 * item has committed, exactly as before, and an item the group statement cannot store is stored alone, so
 * that one bad item fails only its own delivery.
 */
import type { Db } from '../store/db.js';
import type { InboundItem } from './inbound-item.js';
import { storeInbound, storeInboundMany } from './inbound.repository.js';

/** Most items one write stores; the rest wait for the next. */
export const ACCEPT_GROUP_MAX = 256;

interface Waiting {
  item: InboundItem;
  at: string;
  resolve: (stored: { id: number; isNew: boolean }) => void;
  reject: (err: unknown) => void;
}

class Acceptor {
  private waiting: Waiting[] = [];
  private busy = false;

  constructor(private readonly db: Db) {}

  store(item: InboundItem, at: string): Promise<{ id: number; isNew: boolean }> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, at, resolve, reject });
      if (this.waiting.length === 1 && !this.busy) setImmediate(() => void this.run());
    });
  }

  private async run(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.waiting.length > 0) await this.write(this.waiting.splice(0, ACCEPT_GROUP_MAX));
    } finally {
      this.busy = false;
    }
  }

  private async write(group: Waiting[]): Promise<void> {
    if (group.length > 1) {
      try {
        const stored = await storeInboundMany(this.db, group);
        group.forEach((w, i) => {
          const s = stored[i];
          if (s) w.resolve(s);
          else w.reject(new Error('an inbound item was not stored'));
        });
        return;
      } catch {
        // One at a time instead: each delivery fails or succeeds on its own item.
      }
    }
    for (const w of group) {
      try {
        w.resolve(await storeInbound(this.db, w.item, w.at));
      } catch (err) {
        w.reject(err);
      }
    }
  }
}

const acceptors = new WeakMap<Db, Acceptor>();

/** Stores an item once per (channel, external id), sharing the write with the items arriving beside it. */
export function storeInboundGrouped(db: Db, item: InboundItem, at: string): Promise<{ id: number; isNew: boolean }> {
  let acceptor = acceptors.get(db);
  if (!acceptor) {
    acceptor = new Acceptor(db);
    acceptors.set(db, acceptor);
  }
  return acceptor.store(item, at);
}
