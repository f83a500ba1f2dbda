/** The administrator's API for Open311 keys: the web and tests take their types from here. */
import { z } from 'zod';

export const issueKeyBody = z.object({ label: z.string().trim().min(2, 'name the app the key is for').max(200) });
export const issuedKeySchema = z.object({ id: z.number(), label: z.string(), createdAt: z.string(), key: z.string() });
export const apiKeySchema = z.object({
  id: z.number(),
  label: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable().describe('the administrator who issued it'),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable().describe('the administrator who revoked it'),
});
export const apiKeyListSchema = z.object({ keys: z.array(apiKeySchema) });
export const keyParams = z.object({ id: z.coerce.number().int().positive() });
