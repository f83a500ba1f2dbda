import { z } from 'zod';

/** A query parameter holding a comma-separated list of allowed codes, e.g. `status=new,acknowledged`. */
export function codeList<T extends readonly [string, ...string[]]>(codes: T) {
  return z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(codes)))
    .optional();
}
