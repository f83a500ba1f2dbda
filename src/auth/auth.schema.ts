/** The login API's request and response schemas: the web takes its types from these with z.infer. */
import { z } from 'zod';
import { ROLES } from './access.js';

/** The logged-in officer, as the desk sees them. */
export const actorSchema = z.object({
  userId: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unitId: z.string(),
});

export const loginBodySchema = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

export const loginResultSchema = z.object({ user: actorSchema, expiresAt: z.string() });

export const meSchema = z.object({ user: actorSchema });
