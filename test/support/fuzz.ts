/**
 * Arbitraries for fuzzing what providers and files send: strings with NUL, lone surrogates and
 * other characters databases and parsers choke on, numbers JSON allows but clocks and ids do not,
 * deep nesting, and real fixtures with parts replaced by any of these.
 */
import fc from 'fast-check';

/** Runs per property: enough to find the crashes fixtures miss, few enough to keep the suite fast. */
export const FUZZ_RUNS = 200;

/**
 * Planted in generated text: a problem or a log line that repeats it has leaked a citizen's words.
 * It has spaces, so it can never pass for a provider id (ids may be logged; content may not).
 */
export const CONTENT_MARKER = 'my number 9800000001';

const awkwardChar = fc.oneof(
  fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff', '\u202e', '\ufeff', '\uffff', '\ufffe', '"', '\\', '\n', '\r', '\u2028', '\u0085', '\u{1F46E}'),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);

export const awkwardString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: awkwardChar, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('', CONTENT_MARKER, '1e15', '-1', '99999999999999999999999', '2026-13-45T99:99:99Z', '__proto__', 'constructor') },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map(String) },
  // Past every length limit an inbound item has (10 000 characters of text).
  { weight: 1, arbitrary: fc.integer({ min: 150, max: 12_000 }).chain((n) => fc.string({ unit: awkwardChar, minLength: 1, maxLength: 3 }).map((s) => s.repeat(Math.ceil(n / s.length)))) },
);

export const awkwardNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(1e15, -5, 1.5, 0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31) - 1, 5e-324),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(Number),
);

/** An array or object nested `depth` deep, built without recursion. */
function nest(depth: number, asObject: boolean): unknown {
  let v: unknown = 0;
  for (let i = 0; i < depth; i++) v = asObject ? { a: v } : [v];
  return v;
}

export const deepValue: fc.Arbitrary<unknown> = fc.tuple(fc.integer({ min: 50, max: 3_000 }), fc.boolean()).map(([d, o]) => nest(d, o));

const leaf: fc.Arbitrary<unknown> = fc.oneof(awkwardString, awkwardNumber, fc.boolean(), fc.constant(null));

/** Any JSON value, its strings and numbers awkward, sometimes nested thousands deep. */
export const awkwardJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.anything({ key: awkwardString, values: [leaf], maxDepth: 4, maxKeys: 6, withNullPrototype: false }) },
  { weight: 1, arbitrary: deepValue },
);

type Path = Array<string | number>;

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (prefix.length > 0) out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

const REMOVE = Symbol('remove');

/** The value with the part at `path` replaced (or removed), copying only the objects on the path. */
function replaceAt(node: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  if (node === null || typeof node !== 'object') return node;
  const [key, ...rest] = path;
  if (key === undefined) return node;
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>;
  const child = replaceAt(copy[key], rest, replacement);
  if (child === REMOVE) delete copy[key];
  else copy[key] = child;
  return copy;
}


/**
 * A real provider payload with up to five of its parts (any field, array or object, at any depth)
 * removed or replaced by awkward values: it reaches the code behind the envelope checks.
 */
export function mutated(fixture: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(fixture);
  const replacement = fc.oneof(
    { weight: 2, arbitrary: leaf },
    { weight: 1, arbitrary: fc.constant<unknown>(REMOVE) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([], {}, [null], '', 0) },
    { weight: 1, arbitrary: awkwardJson },
  );
  return fc
    .array(fc.tuple(fc.nat({ max: Math.max(0, paths.length - 1) }), replacement), { minLength: 1, maxLength: 5 })
    .map((changes) => changes.reduce<unknown>((acc, [i, r]) => replaceAt(acc, paths[i] ?? [], r), fixture));
}

/** Bodies that are not JSON, or JSON no JavaScript number can hold. */
export const awkwardRawBody: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: awkwardChar, maxLength: 200 }),
  fc.constantFrom('{"update_id":1e400,"message":{"date":-1e400}}', '{"object":"whatsapp_business_account","entry":[1e999]}', '{', '[]', 'null', '""', '{"__proto__":{"polluted":1}}', '\ufeff{}'),
);
