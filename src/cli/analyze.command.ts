import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { readConfig } from '../config.js';
import { loadCityFromDir } from '../geo/city.load.js';
import { locateConversation } from '../geo/conversation.locate.js';
import { createLocator } from '../geo/locator.js';
import type { Locator, Placement } from '../geo/locate.types.js';
import { triageConversation } from '../triage/conversation.js';
import { createTriager } from '../triage/triager.load.js';
import type { TriageResult, Triager } from '../triage/triage.types.js';
import { labelledLineSchema } from '../channels/archive/archive.parse.js';

/** The judgement the pipeline makes on one message, as `chowki analyze` prints it. */
export function analyzeMessage(
  triager: Triager,
  locator: Locator,
  msg: { id: string | null; text: string; channel?: string | undefined; geo?: { lat: number; lon: number } | undefined },
) {
  const t = triager.triage({ text: msg.text, ...(msg.channel ? { channel: msg.channel } : {}) });
  const p = locator.locate({ text: msg.text, channel: msg.channel, geo: msg.geo }, t.category);
  return judgementOf(msg.id, t, p);
}

/** A conversation line of `chowki analyze --jsonl`: `{"id"?, "messages": [{"text", "channel"?, "geo"?}, …]}`. */
export const conversationLineSchema = z.object({
  id: z.union([z.string().min(1).max(200), z.number()]).transform(String).optional(),
  channel: z.enum(['x', 'whatsapp', 'telegram', 'web']).optional(),
  messages: z
    .array(
      z.object({
        text: z.string(),
        channel: z.enum(['x', 'whatsapp', 'telegram', 'web']).optional(),
        geo: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
      }),
    )
    .min(1, 'a conversation needs at least one message'),
});

/**
 * The judgement of a whole conversation (triageConversation, locateConversation): the message's shape,
 * plus what each message contributed.
 */
export function analyzeConversation(triager: Triager, locator: Locator, line: z.infer<typeof conversationLineSchema>) {
  const messages = line.messages.map((m) => ({ text: m.text, channel: m.channel ?? line.channel, geo: m.geo }));
  const t = triageConversation(
    triager,
    messages.map((m) => ({ text: m.text, ...(m.channel ? { channel: m.channel } : {}) })),
  );
  const p = locateConversation(locator, messages, t.category);
  return { ...judgementOf(line.id ?? null, t, p), messages: t.messages, decidedBy: t.decidedBy, awaitingDetails: t.contentless };
}

function judgementOf(id: string | null, t: TriageResult, p: Placement) {
  return {
    id,
    language: t.language,
    category: t.category,
    priority: t.priority,
    station: p.station,
    zone: p.zone,
    place: p.place && p.place.method !== 'none'
      ? {
          id: p.place.id,
          name: p.place.name,
          lat: p.place.lat,
          lon: p.place.lon,
          method: p.place.method,
          confidence: p.place.confidence,
          span: p.place.span,
        }
      : { id: null, name: null, lat: null, lon: null, method: 'none', confidence: 0, span: null },
    specialUnits: p.specialUnits,
    pii: t.pii,
    flags: t.flags,
    reasons: { triage: t.reasons, routing: p.reasons },
  };
}

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('Print the pipeline\'s judgement (language, category, priority, place, station) as one JSON object per message')
    .argument('[text]', 'the message text')
    .option(
      '--jsonl',
      'read JSON Lines from standard input: messages {"id", "text", "channel"?, "geo"?: {lat, lon}} or conversations {"id"?, "messages": [{"text", "geo"?}, …]}',
    )
    .option('--lat <lat>', 'latitude of a pin, with --lon')
    .option('--lon <lon>', 'longitude of a pin, with --lat')
    .option('--channel <channel>', 'x, whatsapp, telegram or web')
    .action((text: string | undefined, opts: { jsonl?: boolean; lat?: string; lon?: string; channel?: string }) => {
      const config = readConfig();
      const city = loadCityFromDir(config.cityDir);
      const triager = createTriager(config.triageModel);
      const locator = createLocator(city);
      const out = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);
      if (opts.jsonl) {
        const lines = readFileSync(0, 'utf8').split(/\r?\n/);
        let bad = 0;
        lines.forEach((raw, i) => {
          if (raw.trim() === '') return;
          let value: unknown;
          try {
            value = JSON.parse(raw);
          } catch {
            process.stderr.write(`line ${i + 1}: not valid JSON\n`);
            bad++;
            return;
          }
          if (typeof value === 'object' && value !== null && 'messages' in value) {
            const c = conversationLineSchema.safeParse(value);
            if (c.success) out(analyzeConversation(triager, locator, c.data));
            else {
              process.stderr.write(`line ${i + 1}: ${c.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}\n`);
              bad++;
            }
            return;
          }
          const m = labelledLineSchema.safeParse(value);
          if (!m.success) {
            process.stderr.write(`line ${i + 1}: ${m.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}\n`);
            bad++;
            return;
          }
          out(analyzeMessage(triager, locator, { id: m.data.id, text: m.data.text, channel: m.data.channel, geo: m.data.geo }));
        });
        if (bad > 0) process.exitCode = 1;
        return;
      }
      if (text === undefined) throw new Error('Give the message text, or --jsonl to read JSON Lines from standard input');
      let geo: { lat: number; lon: number } | undefined;
      if (opts.lat !== undefined || opts.lon !== undefined) {
        const lat = Number(opts.lat);
        const lon = Number(opts.lon);
        if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
          throw new Error('--lat and --lon: give both, as decimal degrees');
        }
        geo = { lat, lon };
      }
      out(analyzeMessage(triager, locator, { id: null, text, channel: opts.channel, geo }));
    });
}
