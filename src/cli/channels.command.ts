import type { Command } from 'commander';
import { createConfiguredChannels } from '../channels/channel.registry.js';
import { readConfig } from '../config.js';

/** `chowki channels check`: asks each configured channel's provider whether the credentials work. */
export function registerChannelsCommand(program: Command): void {
  const channels = program.command('channels').description('The social-media channels (X, WhatsApp, Telegram) and the web form');
  channels
    .command('check')
    .description('Verify the credentials of every configured channel against its provider')
    .option('--json', 'print one JSON object')
    .action(async (opts: { json?: boolean }) => {
      const config = readConfig(process.env);
      const list = createConfiguredChannels({ config, now: Date.now }).filter((c) => c.check);
      const results: Array<{ channel: string; ok: boolean; detail: string }> = [];
      for (const c of list) {
        const r = c.check ? await c.check() : { ok: true, detail: '' };
        results.push({ channel: c.name, ...r });
      }
      if (opts.json) process.stdout.write(`${JSON.stringify({ channels: results })}\n`);
      else if (results.length === 0) process.stdout.write('No channel is configured: set CHOWKI_X_BEARER_TOKEN, CHOWKI_WHATSAPP_APP_SECRET or CHOWKI_TELEGRAM_BOT_TOKEN.\n');
      else for (const r of results) process.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'} ${r.channel.padEnd(10)} ${r.detail}\n`);
      if (results.some((r) => !r.ok)) process.exitCode = 1;
    });
}
