/**
 * Open311 GeoReport v2's two formats: JSON as the spec's "Spark convention" (a list is a bare array) and
 * XML as the spec writes it (UTF-8 declaration, no namespace, a list's items named by their element, a
 * null as an empty element). Pure: no HTTP here.
 */
export type Open311Format = 'json' | 'xml';

export type XmlValue = string | number | boolean | null | XmlValue[] | { [key: string]: XmlValue };

/** The element that holds each item of a list, by the list's element (the spec's names). */
const ITEM_NAMES: Readonly<Record<string, string>> = {
  services: 'service',
  service_requests: 'request',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
  errors: 'error',
};

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

function element(name: string, value: XmlValue): string {
  if (value === null) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM_NAMES[name] ?? 'item';
    return `<${name}>${value.map((v) => element(item, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value)
      .map(([k, v]) => element(k, v))
      .join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** A document: `root` is the list's element (services, service_requests, errors) or the object's. */
export function toXml(root: string, value: XmlValue): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value)}\n`;
}

export const CONTENT_TYPES: Readonly<Record<Open311Format, string>> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** `requests.json` → { name: 'requests', format: 'json' }; undefined for another extension. */
export function splitFormat(file: string): { name: string; format: Open311Format } | undefined {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  if (!m?.[1] || (m[2] !== 'json' && m[2] !== 'xml')) return undefined;
  return { name: m[1], format: m[2] };
}
