/** Turns WhatsApp Cloud API webhook notifications into inbound items and delivery receipts. */
import { z } from 'zod';
import { inboundItemSchema, type InboundItem } from '../../intake/inbound-item.js';

const mediaSchema = z
  .object({ id: z.string().min(1).max(500), mime_type: z.string().max(100).optional(), caption: z.string().max(4096).optional(), voice: z.boolean().optional() })
  .passthrough();

const messageSchema = z
  .object({
    from: z.string().regex(/^\d{5,20}$/, 'a WhatsApp id is digits'),
    id: z.string().min(1).max(200),
    timestamp: z.string().regex(/^\d{1,12}$/, 'unix seconds as a string'),
    type: z.string().min(1).max(40),
    text: z.object({ body: z.string() }).passthrough().optional(),
    location: z
      .object({ latitude: z.number(), longitude: z.number(), name: z.string().optional(), address: z.string().optional() })
      .passthrough()
      .optional(),
    image: mediaSchema.optional(),
    audio: mediaSchema.optional(),
    video: mediaSchema.optional(),
    document: mediaSchema.optional(),
    context: z.object({ id: z.string().optional() }).passthrough().optional(),
  })
  .passthrough();

const statusSchema = z
  .object({
    id: z.string().min(1).max(200),
    status: z.string().min(1).max(40),
    timestamp: z.string().regex(/^\d{1,12}$/),
    recipient_id: z.string().optional(),
    biz_opaque_callback_data: z.string().optional(),
    errors: z.array(z.object({ code: z.number() }).passthrough()).optional(),
  })
  .passthrough();

const valueSchema = z
  .object({
    messaging_product: z.literal('whatsapp'),
    metadata: z.object({ phone_number_id: z.string().min(1) }).passthrough(),
    contacts: z.array(z.object({ wa_id: z.string(), profile: z.object({ name: z.string().optional() }).passthrough().optional() }).passthrough()).optional(),
    messages: z.array(messageSchema).optional(),
    statuses: z.array(statusSchema).optional(),
  })
  .passthrough();

const envelopeSchema = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(z.object({ id: z.string(), changes: z.array(z.object({ field: z.string(), value: z.unknown() })) })).min(1),
});

export interface WhatsAppReceipt {
  externalId: string;
  status: string;
  at: string;
  idempotencyKey: string | undefined;
  errorCode: string | undefined;
}

export type WhatsAppParse =
  | { ok: true; items: InboundItem[]; receipts: WhatsAppReceipt[]; skipped: number; newestAt: number | null }
  | { ok: false; problem: string };

function unixToIso(ts: string): string {
  return new Date(Number(ts) * 1000).toISOString();
}

type WhatsAppMessage = z.infer<typeof messageSchema>;

function messageToItem(m: WhatsAppMessage, name: string | undefined): InboundItem | null {
  const base = {
    channel: 'whatsapp',
    externalId: m.id,
    receivedAt: unixToIso(m.timestamp),
    author: { id: m.from, phone: `+${m.from}`, ...(name ? { name } : {}) },
    reply: { to: m.from, public: false },
    ...(m.context?.id ? { inReplyTo: m.context.id } : {}),
  };
  if (m.type === 'text' && m.text) return { ...base, text: m.text.body };
  if (m.type === 'location' && m.location) {
    const words = [m.location.name, m.location.address].filter((w): w is string => Boolean(w));
    return { ...base, text: words.join(', '), geo: { lat: m.location.latitude, lon: m.location.longitude } };
  }
  const media = m.type === 'image' ? m.image : m.type === 'audio' ? m.audio : m.type === 'video' ? m.video : m.type === 'document' ? m.document : undefined;
  if (media) {
    const kind = m.type === 'audio' ? (media.voice === false ? 'audio' : 'voice') : m.type;
    return {
      ...base,
      text: media.caption ?? '',
      attachments: [{ kind, mediaId: media.id, ...(media.mime_type ? { mime: media.mime_type } : {}) }],
    };
  }
  // Reactions, stickers, system notices…: nothing to report; counted, not stored.
  return null;
}

/** Parses one webhook body (already signature-checked); a problem names where, never the content. */
export function parseWhatsAppWebhook(body: unknown): WhatsAppParse {
  const env = envelopeSchema.safeParse(body);
  if (!env.success) return { ok: false, problem: `envelope: ${env.error.issues[0]?.path.join('.') ?? '?'}` };
  const items: InboundItem[] = [];
  const receipts: WhatsAppReceipt[] = [];
  let skipped = 0;
  let newestAt: number | null = null;
  for (const entry of env.data.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') {
        skipped++;
        continue;
      }
      const value = valueSchema.safeParse(change.value);
      if (!value.success) return { ok: false, problem: `value: ${value.error.issues[0]?.path.join('.') ?? '?'}` };
      const names = new Map((value.data.contacts ?? []).map((c) => [c.wa_id, c.profile?.name]));
      for (const m of value.data.messages ?? []) {
        const item = messageToItem(m, names.get(m.from));
        if (!item) {
          skipped++;
          continue;
        }
        const checked = inboundItemSchema.safeParse(item);
        if (!checked.success) return { ok: false, problem: `message: ${checked.error.issues[0]?.path.join('.') ?? '?'}` };
        items.push(checked.data);
        newestAt = Math.max(newestAt ?? 0, Number(m.timestamp) * 1000);
      }
      for (const s of value.data.statuses ?? []) {
        receipts.push({
          externalId: s.id,
          status: s.status,
          at: unixToIso(s.timestamp),
          idempotencyKey: s.biz_opaque_callback_data,
          errorCode: s.errors?.[0] ? String(s.errors[0].code) : undefined,
        });
      }
    }
  }
  return { ok: true, items, receipts, skipped, newestAt };
}
