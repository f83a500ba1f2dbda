/** The channels this process runs: the web form always, the others when their credentials are set. */
import type { AppContext } from '../context.js';
import type { Channel } from './channel.js';
import { createTelegramChannel } from './telegram/telegram.channel.js';
import { createWebformChannel } from './webform/webform.channel.js';
import { createWhatsAppChannel } from './whatsapp/whatsapp.channel.js';
import { createXChannel } from './x/x.channel.js';

/** Builds the configured channels from the settings. */
export function createConfiguredChannels(ctx: Pick<AppContext, 'config' | 'now'>): Channel[] {
  const cfg = ctx.config.channels;
  const channels: Channel[] = [createWebformChannel(ctx.config.media)];
  if (cfg.whatsapp) channels.push(createWhatsAppChannel(cfg.whatsapp, ctx.now));
  if (cfg.telegram) channels.push(createTelegramChannel(cfg.telegram, ctx.now));
  if (cfg.x) channels.push(createXChannel(cfg.x, ctx.now));
  return channels;
}
