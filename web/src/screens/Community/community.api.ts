/**
 * The community API as the desk calls it. Its answers' types are z.infer of the routes' response
 * schemas in src/community/community.schema.ts (type-only imports: no server code in the bundle).
 */
import { ApiError } from '../../api/client.js';
import type {
  AlertBody,
  AlertItem,
  AlertView,
  BroadcastBody,
  BroadcastItem,
  BroadcastView,
  CheckinItem,
  CheckinView,
  CommunityGroup,
  CommunityMember,
  GroupKindView,
} from '../../../../src/community/community.schema.js';

export type { AlertItem, AlertView, BroadcastItem, BroadcastView, CheckinItem, CheckinView, CommunityGroup, CommunityMember, GroupKindView };

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'No connection to the server');
  }
  const json: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const error = typeof json === 'object' && json !== null && 'error' in json && typeof json.error === 'object' && json.error !== null ? json.error : {};
    const code = 'code' in error && typeof error.code === 'string' ? error.code : `HTTP_${res.status}`;
    const message = 'message' in error && typeof error.message === 'string' ? error.message : res.statusText;
    throw new ApiError(res.status, code, message);
  }
  // The server's own service shapes (see the type imports above).
  return json as T;
}

export const communityApi = {
  groups: () => call<CommunityGroup[]>('GET', '/api/community/groups'),
  createGroup: (kind: string) => call<CommunityGroup>('POST', '/api/community/groups', { kind }),
  members: (groupId: number) => call<CommunityMember[]>('GET', `/api/community/groups/${groupId}/members`),
  broadcasts: () => call<BroadcastItem[]>('GET', '/api/community/broadcasts'),
  broadcast: (id: number) => call<BroadcastView>('GET', `/api/community/broadcasts/${id}`),
  draft: (body: BroadcastBody) => call<BroadcastView>('POST', '/api/community/broadcasts', body),
  approve: (id: number) => call<BroadcastView>('POST', `/api/community/broadcasts/${id}/approve`),
  cancel: (id: number) => call<BroadcastView>('POST', `/api/community/broadcasts/${id}/cancel`),
  templates: () => call<Record<string, { en: string; hi: string; mr: string }>>('GET', '/api/community/templates'),
  checkins: () => call<CheckinItem[]>('GET', '/api/community/checkins'),
  checkin: (id: number) => call<CheckinView>('GET', `/api/community/checkins/${id}`),
  scheduleCheckin: (dueMinutes: number) => call<CheckinView>('POST', '/api/community/checkins', { dueMinutes }),
  kinds: () => call<GroupKindView[]>('GET', '/api/community/kinds'),
  alerts: () => call<AlertItem[]>('GET', '/api/community/alerts'),
  alert: (id: number) => call<AlertView>('GET', `/api/community/alerts/${id}`),
  sendAlert: (body: AlertBody) => call<AlertView>('POST', '/api/community/alerts', body),
  cancelAlert: (id: number) => call<AlertView>('POST', `/api/community/alerts/${id}/cancel`),
};
