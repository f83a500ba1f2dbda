/** Turns X API v2 post pages (mentions, search, stream messages) into inbound items. */
import { z } from 'zod';
import type { InboundItem } from '../../intake/inbound-item.js';

const tweetSchema = z.object({
  id: z.string().regex(/^\d{1,19}$/, 'an X post id is 1-19 digits'),
  text: z.string(),
  author_id: z.string().optional(),
  created_at: z.string().optional(),
  conversation_id: z.string().optional(),
  in_reply_to_user_id: z.string().optional(),
  referenced_tweets: z.array(z.object({ type: z.string(), id: z.string() })).optional(),
  geo: z
    .object({
      place_id: z.string().optional(),
      coordinates: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }).optional(),
    })
    .optional(),
});

const userSchema = z.object({ id: z.string(), name: z.string().optional(), username: z.string().optional() });

/** One page as GET /2/users/:id/mentions returns it; an empty page has no `data`. */
export const xPostPageSchema = z.object({
  data: z.array(tweetSchema).optional(),
  includes: z.object({ users: z.array(userSchema).optional() }).passthrough().optional(),
  meta: z.object({ result_count: z.number().optional(), newest_id: z.string().optional(), next_token: z.string().optional() }).passthrough().optional(),
});

export type XPostPage = z.infer<typeof xPostPageSchema>;
export type XPost = z.infer<typeof tweetSchema>;

/** Maps one X post (and the users of its page) to an inbound item. */
export function xPostToInbound(post: XPost, users: ReadonlyMap<string, z.infer<typeof userSchema>>): InboundItem {
  const user = post.author_id ? users.get(post.author_id) : undefined;
  const point = post.geo?.coordinates?.coordinates;
  const replyTo = post.referenced_tweets?.find((r) => r.type === 'replied_to')?.id;
  const name = user?.name ?? user?.username;
  return {
    channel: 'x',
    externalId: post.id,
    text: post.text,
    ...(post.created_at ? { receivedAt: new Date(post.created_at).toISOString() } : {}),
    ...(post.author_id ? { author: { id: post.author_id, ...(name ? { name } : {}) } } : {}),
    // GeoJSON order is [longitude, latitude].
    ...(point ? { geo: { lat: point[1], lon: point[0] } } : {}),
    ...(post.conversation_id ? { conversationId: post.conversation_id } : {}),
    ...(replyTo ? { inReplyTo: replyTo } : {}),
  };
}

/** All posts of a page, oldest first so that threads open before their replies. */
export function xPageToInbound(page: XPostPage): InboundItem[] {
  const users = new Map((page.includes?.users ?? []).map((u) => [u.id, u]));
  return (page.data ?? [])
    .map((p) => xPostToInbound(p, users))
    .sort((a, b) => (BigInt(a.externalId) < BigInt(b.externalId) ? -1 : 1));
}
