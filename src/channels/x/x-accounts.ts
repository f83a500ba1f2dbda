/**
 * The force's X accounts come from its units: the city's handle and each active station's. Their
 * user ids are looked up once with GET /2/users/by and kept in the database, so that a force sets
 * only the bearer token (CHOWKI_X_ACCOUNTS stays an override).
 */
import type { TwitterApi } from 'twitter-api-v2';
import type { AppContext } from '../../context.js';
import type { Db } from '../../store/db.js';

/** channel_cursors rows under this channel map a lower-case handle (account) to its user id (cursor). */
export const HANDLE_CACHE_CHANNEL = 'x.handle';
/** GET /2/users/by takes at most 100 usernames per request. */
const LOOKUP_BATCH = 100;

export interface UnitHandle {
  unitId: string;
  /** Without the @, as written in the units. */
  handle: string;
}

/** X usernames are 1-15 letters, digits or underscores; GET /2/users/by refuses the whole request for one that is not. */
function cleanHandle(raw: string): string | null {
  const h = raw.trim().replace(/^@/, '');
  return /^\w{1,15}$/.test(h) ? h : null;
}

/** The city's and every active station's handle, from the units table (what the force maintains). */
export async function unitHandles(ctx: Pick<AppContext, 'store' | 'city'>): Promise<UnitHandle[]> {
  const rows = await ctx.store.db
    .selectFrom('units')
    .select(['id', 'kind', 'x_handle'])
    .where('x_handle', 'is not', null)
    .where('status', '=', 'active')
    .orderBy('id')
    .execute();
  const out: UnitHandle[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.id !== ctx.city.id && r.kind !== 'station') continue;
    const handle = cleanHandle(r.x_handle ?? '');
    if (!handle || seen.has(handle.toLowerCase())) continue;
    seen.add(handle.toLowerCase());
    out.push({ unitId: r.id, handle });
  }
  return out;
}

async function cachedIds(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('channel_cursors').select(['account', 'cursor']).where('channel', '=', HANDLE_CACHE_CHANNEL).execute();
  return new Map(rows.map((r) => [r.account, r.cursor]));
}

/**
 * The user ids of the given handles: from the cache, else looked up and cached. Handles X does not
 * know are left out (and asked again at the next start, in case the account was created since).
 */
export async function resolveHandles(ctx: Pick<AppContext, 'store' | 'now'>, client: TwitterApi, handles: readonly string[]): Promise<Map<string, string>> {
  const cache = await cachedIds(ctx.store.db);
  const ids = new Map<string, string>();
  const missing: string[] = [];
  for (const h of handles) {
    const id = cache.get(h.toLowerCase());
    if (id) ids.set(h.toLowerCase(), id);
    else missing.push(h);
  }
  const at = new Date(ctx.now()).toISOString();
  for (let i = 0; i < missing.length; i += LOOKUP_BATCH) {
    const res = await client.v2.usersByUsernames(missing.slice(i, i + LOOKUP_BATCH));
    for (const u of res.data ?? []) {
      const account = u.username.toLowerCase();
      if (!/^\d{1,19}$/.test(u.id)) continue;
      ids.set(account, u.id);
      await ctx.store.db
        .insertInto('channel_cursors')
        .values({ channel: HANDLE_CACHE_CHANNEL, account, cursor: u.id, updated_at: at })
        .onConflict((oc) => oc.columns(['channel', 'account']).doUpdateSet({ cursor: u.id, updated_at: at }))
        .execute();
    }
  }
  return ids;
}

/** The accounts to read: CHOWKI_X_ACCOUNTS when set, else the units' handles resolved to ids. */
export async function xAccounts(ctx: Pick<AppContext, 'store' | 'city' | 'now'>, client: TwitterApi, configured: readonly string[]): Promise<string[]> {
  if (configured.length > 0) return [...configured];
  const handles = await unitHandles(ctx);
  const ids = await resolveHandles(
    ctx,
    client,
    handles.map((h) => h.handle),
  );
  return [...new Set(handles.flatMap((h) => ids.get(h.handle.toLowerCase()) ?? []))];
}
