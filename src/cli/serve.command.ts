import type { Command } from 'commander';
import { pino } from 'pino';
import { buildApp, LOG_REDACT } from '../app.js';
import { closeContext, openContext } from '../bootstrap.js';
import { readConfig } from '../config.js';
import { createChannelRuntime, startChannelServices } from '../channels/channel.runtime.js';
import { processPending } from '../intake/intake.service.js';
import { startPendingSweep } from '../intake/intake.queue.js';
import { startCheckinSweep } from '../community/checkin.worker.js';
import { startDeskWorkers } from '../desk/escalation.worker.js';
import { startRollupWorker } from '../analytics/rollup.worker.js';
import { startWeeklyReviewJob } from '../analytics/review.service.js';
import { demoUsersToName } from '../force/seed.service.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start Chowki: migrate, seed the demo city on first start, serve HTTP on PORT (default 8080)')
    .option('-p, --port <port>', 'port to listen on (overrides PORT)')
    .action(async (opts: { port?: string }) => {
      const config = readConfig(opts.port ? { ...process.env, PORT: opts.port } : process.env);
      const logger = pino({ level: config.logLevel, redact: { paths: LOG_REDACT, censor: '[redacted]' } });
      let generatedPassword: string | null = null;
      const ctx = await openContext(config, {
        onSeed: (r) => {
          logger.info({ users: r.usersCreated }, 'seeded the demo city');
          generatedPassword = r.generatedPassword;
        },
      });
      const channels = createChannelRuntime(ctx, { onIntakeError: (inboundId) => logger.error({ inboundId }, 'inbound item failed') });
      const app = await buildApp(ctx, { logger, channels });
      try {
        await app.listen({ port: config.port, host: config.host });
      } catch (err) {
        // The generated password exists nowhere else: shown even when the port is taken.
        if (generatedPassword) process.stdout.write(`\nThe demo users were created with the password: ${generatedPassword}\n\n`);
        throw err;
      }
      logger.info({ url: `http://localhost:${config.port}`, engine: ctx.store.engine }, 'Chowki is listening');
      // For the person who typed `npm start`: one plain line beside the JSON logs. The password only
      // when this start generated it (printed once, to the terminal only; it is never logged).
      const url = (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
      const users = await demoUsersToName(ctx.store.db, ctx.city);
      const password = generatedPassword
        ? `password: ${generatedPassword}`
        : config.demoPassword
          ? 'password: CHOWKI_DEMO_PASSWORD, as it was when they were created'
          : 'password: the one printed, or set in CHOWKI_DEMO_PASSWORD, when they were created';
      process.stdout.write(
        `\nChowki is ready at ${url} — desk: ${url}/desk${users.length > 0 ? ` — demo users: ${users.join(', ')} (${password})` : ''}\n\n`,
      );
      // Items stored before a crash but never carried through are processed after listening, in the
      // background: a backlog never delays a restart, and an item that fails is quarantined, not fatal.
      void processPending(ctx).then(
        (recovered) => {
          if (recovered > 0) logger.info({ recovered }, 'processed inbound items left pending');
        },
        (err: unknown) => logger.error({ err: err instanceof Error ? err.message : 'unknown' }, 'draining pending inbound items stopped; they stay pending'),
      );
      // What another instance stored and answered but did not live to process (or a batch that failed here).
      const stopSweep = startPendingSweep(ctx, { onError: (err) => logger.warn({ err: err instanceof Error ? err.message : 'unknown' }, 'pending sweep failed; next try in a few seconds') });
      const stopChannels = await startChannelServices(ctx, channels, logger);
      // SLA escalation and duty changes; the error names the tick, never ticket content.
      const stopDesk = startDeskWorkers(ctx, (what, err) => logger.error({ tick: what, err: err instanceof Error ? err.message : 'unknown' }, 'desk tick failed'));
      // Analytics rollups follow the audit log; a failed pass is retried from the same cursor.
      const stopRollups = startRollupWorker(ctx, (err) => logger.error({ err: err instanceof Error ? err.message : 'unknown' }, 'analytics rollup pass failed'));
      // Every Monday the week before's review, per zone and for the city, in English and Marathi (once across instances).
      const stopReviews = startWeeklyReviewJob(ctx, (err) => logger.error({ err: err instanceof Error ? err.message : 'unknown' }, 'weekly review failed; next try in ten minutes'));
      // Welfare check-ins past their due time: a ticket for each senior who did not answer.
      const stopCheckins = startCheckinSweep(ctx, (err) => logger.error({ err: err instanceof Error ? err.message : 'unknown' }, 'check-in sweep failed'));
      const stop = async () => {
        logger.info('shutting down');
        stopCheckins();
        stopReviews();
        stopRollups();
        stopDesk();
        stopSweep();
        await stopChannels();
        await app.close();
        await closeContext(ctx);
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
