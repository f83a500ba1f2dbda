/**
 * Open311 GeoReport v2 (open311.org), read side, at /open311/v2/: discovery, services, service
 * definitions, requests with the standard filters and single requests, each as .json or .xml, and
 * errors in the spec's format (a list of {code, description}; 404 for an unknown resource, service
 * code or jurisdiction, 403 for a missing, unknown or revoked api_key, 400 for the rest). A civic app
 * creates a request with an API key an administrator issued (open311-keys.routes.ts): it goes through
 * intake like any channel's message, and its answer is the ticket's reference.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { errorCodeOf } from '../../errors.js';
import { ingest } from '../../intake/intake.service.js';
import { REFERENCE_PATTERN } from '../../tickets/ticket.model.js';
import type { Category } from '../../triage/triage.types.js';
import { findLiveKey } from './open311-key.repository.js';
import { CONTENT_TYPES, splitFormat, toXml, type Open311Format, type XmlValue } from './open311.format.js';
import { findRequests, isServiceCode, listServices, MAX_REQUESTS, serviceDefinition, type RequestFilter } from './open311.service.js';

const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
/** When this API last changed, for discovery's changeset. */
const CHANGESET = '2026-12-04T00:00:00Z';
const MAX_SPAN_MS = 90 * 86_400_000;
/** ISO 8601 with a time zone, as the spec asks (a bare date or a local time is ambiguous). */
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** An error the spec defines: its HTTP status is also its code. */
class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404,
    message: string,
  ) {
    super(message);
  }
}

function send(reply: FastifyReply, format: Open311Format, root: string, value: XmlValue, status = 200) {
  reply.status(status).header('content-type', CONTENT_TYPES[format]);
  return reply.send(format === 'json' ? JSON.stringify(value) : toXml(root, value));
}

/** The format a failed request asked for (by its extension), JSON when it named none. */
function formatOf(request: FastifyRequest): Open311Format {
  return /\.xml(?:\?|$)/.test(request.url) ? 'xml' : 'json';
}

function sendError(reply: FastifyReply, format: Open311Format, status: number, description: string) {
  return send(reply, format, 'errors', [{ code: status, description }], status);
}

function readQuery(request: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  const q = request.query;
  if (q && typeof q === 'object') {
    for (const [k, v] of Object.entries(q)) {
      // A parameter given twice counts once (the first); "optional" means empty is the same as absent.
      const first = Array.isArray(v) ? v[0] : v;
      if (typeof first === 'string' && first.trim() !== '') out[k] = first.trim();
    }
  }
  return out;
}

function parseDate(name: string, value: string): number {
  const ms = Date.parse(value);
  if (!DATETIME.test(value) || Number.isNaN(ms)) {
    throw new Open311Error(400, `${name} must be a date and time with a time zone, e.g. 2026-12-01T00:00:00Z or 2026-12-01T05:30:00+05:30`);
  }
  return ms;
}

function csv(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The Open311 read API; register with prefix /open311/v2. */
export function open311Routes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    const publicHost = ctx.config.publicUrl ? new URL(ctx.config.publicUrl).host : null;
    const checkJurisdiction = (request: FastifyRequest) => {
      const j = readQuery(request).jurisdiction_id;
      if (j !== undefined && j !== ctx.city.id && j !== publicHost) {
        throw new Open311Error(404, `jurisdiction_id not found: this server serves ${publicHost ?? ctx.city.id} only`);
      }
    };
    const fileOf = (request: FastifyRequest, expected?: string) => {
      const params = request.params;
      const file = params && typeof params === 'object' && 'file' in params && typeof params.file === 'string' ? params.file : '';
      const split = splitFormat(file);
      if (!split || (expected !== undefined && split.name !== expected)) throw new Open311Error(404, 'Not found: use a path ending in .json or .xml');
      return split;
    };

    app.setErrorHandler((err, request, reply) => {
      const format = formatOf(request);
      if (err instanceof Open311Error) return sendError(reply, format, err.status, err.message);
      const code: unknown = typeof err === 'object' && err !== null && 'statusCode' in err ? err.statusCode : undefined;
      const status = typeof code === 'number' && code < 500 ? code : 500;
      if (status >= 500) request.log.error({ err: errorCodeOf(err) }, 'open311 request failed');
      return sendError(reply, format, status >= 500 ? 500 : 400, status >= 500 ? 'Something went wrong on our side; try again later.' : 'The request could not be read.');
    });
    // The spec's POST body, form-encoded: read as text and parsed by the handler.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    app.setNotFoundHandler((request, reply) => sendError(reply, formatOf(request), 404, `No Open311 resource at ${request.url.split('?')[0] ?? ''}`));

    const doc = (summary: string) => ({ schema: { tags: ['open311'], summary } });

    app.get('/:file', doc('Open311 discovery (discovery.json|xml) and services (services.json|xml)'), async (request, reply) => {
      const { name, format } = fileOf(request);
      checkJurisdiction(request);
      if (name === 'discovery') {
        const origin = ctx.config.publicUrl ?? `${request.protocol}://${request.host}`;
        return send(reply, format, 'discovery', {
          changeset: CHANGESET,
          contact: `${ctx.city.name.en}. In an emergency, call 112.`,
          key_service: `API keys for creating requests are issued by the administrator of ${ctx.city.name.en}.`,
          endpoints: [
            {
              specification: SPECIFICATION,
              url: new URL('/open311/v2', origin).toString(),
              changeset: CHANGESET,
              type: 'production',
              formats: ['text/xml', 'application/json'],
            },
          ],
        });
      }
      if (name === 'services') return send(reply, format, 'services', listServices());
      if (name === 'requests') {
        const q = readQuery(request);
        const filter: RequestFilter = { from: '', to: '' };
        if (q.service_request_id !== undefined) {
          filter.ids = csv(q.service_request_id).slice(0, MAX_REQUESTS);
        } else {
          if (q.service_code !== undefined) {
            const codes = csv(q.service_code);
            const unknown = codes.find((c) => !isServiceCode(c));
            if (unknown !== undefined) throw new Open311Error(404, `service_code not found: ${unknown}`);
            filter.codes = codes.filter((c): c is Category => isServiceCode(c));
          }
          if (q.status !== undefined) {
            const statuses = csv(q.status.toLowerCase());
            const bad = statuses.find((s) => s !== 'open' && s !== 'closed');
            if (bad !== undefined) throw new Open311Error(400, `status must be open, closed or both (comma-separated), not ${bad}`);
            filter.status = statuses.filter((s): s is 'open' | 'closed' => s === 'open' || s === 'closed');
          }
          const now = ctx.now();
          const start = q.start_date !== undefined ? parseDate('start_date', q.start_date) : undefined;
          const end = q.end_date !== undefined ? parseDate('end_date', q.end_date) : undefined;
          const to = end ?? (start !== undefined ? Math.min(now, start + MAX_SPAN_MS) : now);
          const from = start ?? to - MAX_SPAN_MS;
          if (from > to) throw new Open311Error(400, 'start_date must not be after end_date');
          if (to - from > MAX_SPAN_MS) throw new Open311Error(400, 'start_date and end_date may be at most 90 days apart');
          filter.from = new Date(from).toISOString();
          filter.to = new Date(to).toISOString();
        }
        return send(reply, format, 'service_requests', await findRequests(ctx.store.db, ctx.city.id, filter));
      }
      throw new Open311Error(404, `No Open311 resource named ${name}`);
    });

    app.get('/services/:file', doc('Open311 service definition (services/{service_code}.json|xml)'), async (request, reply) => {
      const { name, format } = fileOf(request);
      checkJurisdiction(request);
      if (!isServiceCode(name)) throw new Open311Error(404, `service_code not found: ${name}`);
      return send(reply, format, 'service_definition', serviceDefinition(name));
    });

    app.get('/requests/:file', doc('Open311 single request (requests/{service_request_id}.json|xml)'), async (request, reply) => {
      const { name, format } = fileOf(request);
      checkJurisdiction(request);
      const found = REFERENCE_PATTERN.test(name) ? await findRequests(ctx.store.db, ctx.city.id, { ids: [name], from: '', to: '' }) : [];
      if (found.length === 0) throw new Open311Error(404, `service_request_id not found: ${name}`);
      return send(reply, format, 'service_requests', found);
    });

    app.post('/:file', doc('Open311 POST requests: a civic app creates a request (form-encoded, with an API key an administrator issued)'), async (request, reply) => {
      const { format } = fileOf(request, 'requests');
      const form = new URLSearchParams(typeof request.body === 'string' ? request.body : '');
      const field = (name: string) => {
        const v = form.get(name)?.trim();
        return v ? v : undefined;
      };
      const key = field('api_key');
      const live = key ? await findLiveKey(ctx.store.db, key) : undefined;
      if (!live) throw new Open311Error(403, "Invalid api_key received -- can't proceed with create_request.");
      const jurisdiction = field('jurisdiction_id');
      if (jurisdiction !== undefined && jurisdiction !== ctx.city.id && jurisdiction !== publicHost) {
        throw new Open311Error(404, `jurisdiction_id not found: this server serves ${publicHost ?? ctx.city.id} only`);
      }
      const code = field('service_code');
      if (code === undefined) throw new Open311Error(400, "service_code cannot be null -- can't proceed with the request.");
      if (!isServiceCode(code)) throw new Open311Error(404, `service_code not found: ${code}`);

      const latText = field('lat');
      const longText = field('long');
      const address = field('address_string');
      let geo: { lat: number; lon: number } | undefined;
      if (latText !== undefined || longText !== undefined) {
        const lat = Number(latText);
        const lon = Number(longText);
        if (latText === undefined || longText === undefined || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
          throw new Open311Error(400, 'lat and long must both be given, as WGS84 decimal degrees');
        }
        geo = { lat, lon };
      }
      if (!geo && address === undefined) {
        throw new Open311Error(400, field('address_id') !== undefined
          ? 'address_id is not known to this server: send lat and long, or address_string'
          : 'A location is required: lat and long, or address_string');
      }
      const description = field('description');
      if (description !== undefined && description.length > 4000) throw new Open311Error(400, 'description may be at most 4000 characters');
      if (address !== undefined && address.length > 500) throw new Open311Error(400, 'address_string may be at most 500 characters');
      const now = field('attribute[happening_now]');
      if (now !== undefined && now !== 'yes' && now !== 'no') throw new Open311Error(400, 'attribute[happening_now] must be yes or no');
      const landmark = field('attribute[landmark]');
      if (landmark !== undefined && landmark.length > 200) throw new Open311Error(400, 'attribute[landmark] may be at most 200 characters');
      const phone = field('phone');
      if (phone !== undefined && !/^\+?[0-9 ()-]{6,20}$/.test(phone)) throw new Open311Error(400, 'phone: use digits, spaces or dashes, with an optional leading +');
      const name = [field('first_name'), field('last_name')].filter(Boolean).join(' ').slice(0, 200);
      const service = listServices().find((s) => s.service_code === code);
      // What the citizen said, then where; the service they chose is a hint that triage reads with the rest.
      const text = [
        description,
        address !== undefined ? `Place: ${address}` : undefined,
        landmark !== undefined ? `Landmark: ${landmark}` : undefined,
        now === 'yes' ? 'It is happening now.' : undefined,
        `Reported as: ${service?.service_name ?? code}`,
      ]
        .filter((l): l is string => l !== undefined)
        .join('\n');
      const who = field('email') ?? field('account_id') ?? field('device_id') ?? randomBytes(9).toString('base64url');
      const outcome = await ingest(ctx, {
        channel: 'open311',
        externalId: `key${live.id}:${randomBytes(12).toString('hex')}`,
        text,
        author: { id: `open311:${live.id}:${who}`.slice(0, 200), ...(name ? { name } : {}), ...(phone ? { phone } : {}) },
        ...(geo ? { geo } : {}),
      });
      if (!outcome.reference) {
        // Stored, and the control room sees it among the failed items; the app is told the truth.
        throw new Open311Error(400, 'The request was stored but could not be processed yet; the police will see it. Do not send it again.');
      }
      return send(reply, format, 'service_requests', [
        { service_request_id: outcome.reference, service_notice: 'The police station for this place has received it. In an emergency, call 112.', account_id: null },
      ]);
    });
  };
}
