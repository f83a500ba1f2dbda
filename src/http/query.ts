import { z } from 'zod';
import { MAX_ROW_ID } from '../store/clean-text.js';

/** A query parameter holding a comma-separated list of allowed codes, e.g. `status=new,acknowledged`. */
export function codeList<T extends readonly [string, ...string[]]>(codes: T) {
  return z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(codes)))
    .optional();
}

/**
 * A row id from a path, query or body: a whole number both engines can hold. A larger one is a
 * 400 naming the field (PostgreSQL would fail the query on it), not a 500.
 */
export const rowId = z.coerce.number().int().min(1).max(MAX_ROW_ID);
/** The same inside a JSON body, where a number must be a number. */
export const rowIdValue = z.number().int().min(1).max(MAX_ROW_ID);
