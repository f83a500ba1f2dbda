/** The web form as a channel: routes only; the citizen gets the reference in the answer, so nothing is sent back. */
import type { Channel } from '../channel.js';
import { webformRoutes } from './webform.routes.js';

export function createWebformChannel(): Channel {
  return { name: 'web', routes: ({ ctx }) => webformRoutes(ctx) };
}
