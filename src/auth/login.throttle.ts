/**
 * Password guessing is slowed per account and per client address. Failures are counted in the
 * database (src/http/rate-limit.store.ts), so that every process on one PostgreSQL sees the same
 * lock, and a lock holds until its window ends even for the right password: otherwise a guesser
 * would learn the password by the one answer that is not a 429. Every refusal is an audit row.
 */
import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AbuseConfig } from '../config.js';
import { AppError } from '../errors.js';
import { clearEvents } from '../http/rate-limit.store.js';
import type { Db } from '../store/db.js';
import { appendAudit } from '../tickets/audit.repository.js';

export type ThrottleScope = 'account' | 'address';

export interface LoginThrottle {
  /** Counts an attempt on the account and refuses (429, audited) while the account or the address is locked. */
  admit(request: FastifyRequest, reply: FastifyReply, username: string): Promise<void>;
  /** A wrong password or unknown user: counts against the address (the account was counted on admission). */
  failed(request: FastifyRequest): Promise<void>;
  /** A correct password outside a lock: the account's earlier failures are forgotten. */
  succeeded(username: string): Promise<void>;
}

const accountKey = (username: string) => `login.account:${username}`;
const addressKey = (request: FastifyRequest) => `login.address:${normalizeIP(request.ip)}`;

function usernameOf(request: FastifyRequest): string {
  const body: unknown = request.body;
  const name = body !== null && typeof body === 'object' && 'username' in body ? body.username : undefined;
  return typeof name === 'string' ? name.trim().toLowerCase() : '';
}

/** The login limits over the app's rate-limit store (the app must have @fastify/rate-limit registered). */
export function createLoginThrottle(
  app: FastifyInstance,
  deps: { db: Db; now: () => number; limits: AbuseConfig['login'] },
): LoginThrottle {
  const timeWindow = deps.limits.windowMinutes * 60_000;
  // The account's limiter counts every attempt when it is admitted, so that a burst of parallel
  // guesses cannot all pass a check made before any of them failed; a success clears the count.
  const account = app.createRateLimit({ keyGenerator: (r) => accountKey(usernameOf(r)), max: deps.limits.maxFailures, timeWindow });
  // The address's limiter counts failures only: the desks of a station share one address, and their
  // officers' successful logins at a change of shift must not lock each other out.
  const address = app.createRateLimit({ keyGenerator: addressKey, max: deps.limits.maxFailuresPerIp, timeWindow });

  const refuse = async (request: FastifyRequest, reply: FastifyReply, scope: ThrottleScope, username: string, retryAfter: number) => {
    await appendAudit(deps.db, {
      ticketId: null,
      actorUserId: null,
      action: 'auth.throttled',
      details: { scope, username, address: request.ip, retryAfterSeconds: retryAfter },
      at: new Date(deps.now()).toISOString(),
    });
    reply.header('retry-after', String(retryAfter));
    const minutes = Math.max(1, Math.ceil(retryAfter / 60));
    throw new AppError(
      'RATE_LIMITED',
      scope === 'account'
        ? `Too many failed logins for this account: it is locked for ${minutes} more minute(s). Try again later, or ask your administrator.`
        : `Too many failed logins from this network: try again in ${minutes} minute(s).`,
      429,
      true,
      { scope, retryAfterSeconds: retryAfter },
    );
  };

  return {
    async admit(request, reply, username) {
      const byAddress = await address(request, { increment: false });
      if (!byAddress.isAllowed && byAddress.remaining === 0) {
        await refuse(request, reply, 'address', username, byAddress.ttlInSeconds);
      }
      const byAccount = await account(request);
      if (!byAccount.isAllowed && byAccount.isExceeded) {
        await refuse(request, reply, 'account', username, byAccount.ttlInSeconds);
      }
    },
    async failed(request) {
      await address(request);
    },
    async succeeded(username) {
      await clearEvents(deps.db, accountKey(username));
    },
  };
}
