/**
 * Turns X API v2 post pages (mentions, search, stream messages) into inbound items. Each post is
 * read on its own: one that fails is skipped and named by its id, and the rest of the page is kept
 * (a page refused whole would be fetched and refused again at every poll).
 */
import { z } from 'zod';
import { inboundItemSchema, type InboundItem } from '../../intake/inbound-item.js';
import { describeIssue, fitText, idOf, MAX_NAME, MAX_TEXT, type SkippedItem } from '../inbound.parse.js';

const postId = z.string().regex(/^\d{1,19}$/, 'an X id is 1-19 digits');

const tweetSchema = z.object({
  id: postId,
  text: z.string(),
  /** A long post (over 280 characters): `text` holds its start, `note_tweet.text` all of it (tweet.fields=note_tweet). */
  note_tweet: z.unknown().optional(),
  author_id: postId.optional(),
  created_at: z.string().optional(),
  conversation_id: z.unknown().optional(),
  referenced_tweets: z.unknown().optional(),
  geo: z.unknown().optional(),
  attachments: z.unknown().optional(),
});

const mediaKeysSchema = z.object({ media_keys: z.array(z.string().min(1).max(100)).max(10) });
/** An expanded media object (media.fields=url,type,variants,preview_image_url): a photo has a url, a video its variants. */
const mediaSchema = z.object({
  media_key: z.string().min(1).max(100),
  type: z.string().max(32),
  url: z.string().url().max(500).optional(),
  preview_image_url: z.string().url().max(500).optional(),
  variants: z.array(z.object({ content_type: z.string().max(100), url: z.string().url().max(500), bit_rate: z.number().optional() })).optional(),
});
type Media = z.infer<typeof mediaSchema>;

/** What to download for a media object: a photo's url, a video's best MP4, else its preview image. */
function attachmentOf(m: Media): { kind: string; mediaId: string; mime?: string } | undefined {
  if (m.type === 'photo' && m.url) return { kind: 'photo', mediaId: m.url, mime: 'image/jpeg' };
  const mp4 = (m.variants ?? []).filter((v) => v.content_type === 'video/mp4').sort((a, b) => (b.bit_rate ?? 0) - (a.bit_rate ?? 0))[0];
  if (mp4) return { kind: m.type === 'animated_gif' ? 'animated_gif' : 'video', mediaId: mp4.url, mime: 'video/mp4' };
  if (m.preview_image_url) return { kind: 'photo', mediaId: m.preview_image_url, mime: 'image/jpeg' };
  return undefined;
}

const referencesSchema = z.array(z.object({ type: z.string(), id: postId }));
const noteSchema = z.object({ text: z.string().min(1) });
const pointSchema = z.object({
  coordinates: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]) }),
});
/** A post tagged with a place rather than a point: `geo.place_id`, the place in `includes.places` (expansions=geo.place_id). */
const placeRefSchema = z.object({ place_id: z.string().min(1).max(100) });
const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
const placeSchema = z.object({
  id: z.string().min(1).max(100),
  full_name: z.string().max(200),
  name: z.string().max(200).optional(),
  place_type: z.string().max(40).optional(),
  /** GeoJSON Feature whose bbox is [west, south, east, north]. */
  geo: z.object({ bbox: z.tuple([lon, lat, lon, lat]) }).passthrough().optional(),
});
type Place = z.infer<typeof placeSchema>;

/**
 * Largest bbox side, in degrees (about 2 km at Nagpur), whose centre is taken as the post's pin: a venue
 * or a small neighbourhood. A larger place is only its name, which the gazetteer reads like words.
 */
const PIN_BBOX_DEGREES = 0.02;
/** Place types too large to say anything about a station's area (a city tag is everywhere in it). */
const TOO_LARGE = new Set(['city', 'admin', 'country']);

/** Where a place tag puts a post: its bbox centre when the place is small, else its name; nothing for a city. */
function whereOfPlace(place: Place): { geo: { lat: number; lon: number } } | { placeName: string } | Record<string, never> {
  if (place.place_type && TOO_LARGE.has(place.place_type)) return {};
  const bbox = place.geo?.bbox;
  if (bbox && bbox[2] >= bbox[0] && bbox[3] >= bbox[1] && bbox[2] - bbox[0] <= PIN_BBOX_DEGREES && bbox[3] - bbox[1] <= PIN_BBOX_DEGREES) {
    return { geo: { lat: (bbox[1] + bbox[3]) / 2, lon: (bbox[0] + bbox[2]) / 2 } };
  }
  const name = place.name ?? place.full_name;
  return name ? { placeName: fitText(name, 200) } : {};
}

/**
 * X escapes `&`, `<` and `>` in post text as HTML entities (&amp; &lt; &gt;): read back in one pass, so
 * that a citizen who wrote "&amp;" literally keeps it.
 */
export function unescapeXText(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_m, e: string) => (e === 'amp' ? '&' : e === 'lt' ? '<' : '>'));
}
const userSchema = z.object({ id: postId, name: z.string().optional(), username: z.string().optional() });

/** The frame of a page as GET /2/users/:id/mentions returns it; an empty page has no `data`. */
const pageSchema = z.object({
  data: z.array(z.unknown()).optional(),
  includes: z.object({ users: z.array(z.unknown()).optional(), media: z.array(z.unknown()).optional(), places: z.array(z.unknown()).optional() }).optional(),
  meta: z.object({ newest_id: z.unknown().optional(), next_token: z.unknown().optional() }).optional(),
});

export type XPageParse =
  | {
      ok: true;
      /** Oldest first, so that threads open before their replies. */
      items: InboundItem[];
      skipped: SkippedItem[];
      /** The newest post id of the page (meta.newest_id, else the largest id read), to poll since. */
      newestId: string | undefined;
      nextToken: string | undefined;
    }
  | { ok: false; problem: string };

type User = z.infer<typeof userSchema>;

const optional = <T extends z.ZodType>(schema: T, value: unknown): z.infer<T> | undefined => {
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
};

function isDate(s: string): boolean {
  return !Number.isNaN(Date.parse(s));
}

function readPost(raw: unknown, users: ReadonlyMap<string, User>, media: ReadonlyMap<string, Media>, places: ReadonlyMap<string, Place>): InboundItem | SkippedItem {
  const parsed = tweetSchema.safeParse(raw);
  if (!parsed.success) return { id: idOf(raw), problem: describeIssue(parsed.error, 'post') };
  const post = parsed.data;
  const user = post.author_id ? users.get(post.author_id) : undefined;
  const name = user?.name ?? user?.username;
  // GeoJSON order is [longitude, latitude].
  const point = optional(pointSchema, post.geo)?.coordinates.coordinates;
  const placeId = point ? undefined : optional(placeRefSchema, post.geo)?.place_id;
  const place = placeId ? places.get(placeId) : undefined;
  const references = optional(referencesSchema, post.referenced_tweets) ?? [];
  const replyTo = references.find((r) => r.type === 'replied_to')?.id;
  // A repost of someone else's post repeats a report (or a police post): not a report of its own. A quote
  // has the citizen's own words and is one.
  const retweet = references.some((r) => r.type === 'retweeted');
  const text = unescapeXText(optional(noteSchema, post.note_tweet)?.text ?? post.text);
  const conversationId = optional(postId, post.conversation_id);
  const attachments = (optional(mediaKeysSchema, post.attachments)?.media_keys ?? []).flatMap((k) => {
    const m = media.get(k);
    const a = m ? attachmentOf(m) : undefined;
    return a ? [a] : [];
  });
  const item = inboundItemSchema.safeParse({
    channel: 'x',
    externalId: post.id,
    text: fitText(text, MAX_TEXT),
    // A date X did not write as one is left out: the item is dated when it is stored.
    ...(post.created_at && isDate(post.created_at) ? { receivedAt: new Date(post.created_at).toISOString() } : {}),
    ...(post.author_id ? { author: { id: post.author_id, ...(name ? { name: fitText(name, MAX_NAME) } : {}) } } : {}),
    ...(point ? { geo: { lat: point[1], lon: point[0] } } : place ? whereOfPlace(place) : {}),
    ...(retweet ? { ignore: 'retweet' } : {}),
    ...(conversationId ? { conversationId } : {}),
    ...(replyTo ? { inReplyTo: replyTo } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
  });
  return item.success ? item.data : { id: post.id, problem: describeIssue(item.error) };
}

const byId = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);

/** Parses one page (or one stream message as a page of one); never throws. */
export function parseXPage(body: unknown): XPageParse {
  const page = pageSchema.safeParse(body);
  if (!page.success) return { ok: false, problem: describeIssue(page.error) };
  const users = new Map<string, User>();
  for (const raw of page.data.includes?.users ?? []) {
    const u = userSchema.safeParse(raw);
    if (u.success) users.set(u.data.id, u.data);
  }
  const media = new Map<string, Media>();
  for (const raw of page.data.includes?.media ?? []) {
    const m = mediaSchema.safeParse(raw);
    if (m.success) media.set(m.data.media_key, m.data);
  }
  const places = new Map<string, Place>();
  for (const raw of page.data.includes?.places ?? []) {
    const p = placeSchema.safeParse(raw);
    if (p.success) places.set(p.data.id, p.data);
  }
  const items: InboundItem[] = [];
  const skipped: SkippedItem[] = [];
  for (const raw of page.data.data ?? []) {
    const r = readPost(raw, users, media, places);
    if ('problem' in r) skipped.push(r);
    else items.push(r);
  }
  items.sort((a, b) => byId(a.externalId, b.externalId));
  // The cursor must be an id X accepts as since_id, or every later poll would be refused.
  const ids = [optional(postId, page.data.meta?.newest_id), ...(page.data.data ?? []).map((p) => optional(postId, idOf(p)))].filter(
    (id): id is string => id !== undefined,
  );
  const newestId = ids.reduce<string | undefined>((a, b) => (a === undefined || byId(b, a) > 0 ? b : a), undefined);
  const nextToken = optional(z.string().min(1).max(200), page.data.meta?.next_token);
  return { ok: true, items, skipped, newestId, nextToken };
}
