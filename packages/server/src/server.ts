/**
 * Runs the app as an HTTP server on Node, with what runs beside the
 * requests: the outbox worker that delivers mail, and the periodic jobs.
 */
import { serve, type ServerType } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';
import { periodicJobs } from './jobs/index.js';
import { JobScheduler } from './jobs/scheduler.js';
import { createMailTransport, mailSettingsFromEnv, type MailDelivery, type MailSettings } from './outbox/transport.js';
import { OutboxWorker, type OutboxWorkerOptions } from './outbox/worker.js';

export interface RunningServer {
  url: string;
  port: number;
  /** Where this instance sends mail: an SMTP server, or `.eml` files in a folder. */
  mail: MailDelivery;
  close(): Promise<void>;
}

export interface ServerOptions extends AppOptions {
  port?: number;
  hostname?: string;
  /** Mail settings; default from `SMTP_URL`, `MAIL_FROM` and `DATA_DIR`. */
  mail?: MailSettings;
  /** The outbox worker's timing, or `false` for an instance that sends nothing. */
  outboxWorker?: OutboxWorkerOptions | false;
  /** How often the periodic jobs look whether they are due (default each minute), or `false` for none. */
  jobs?: { tickMs?: number } | false;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const transport = createMailTransport(options.mail ?? mailSettingsFromEnv());
  const { db } = options.database;
  const worker = options.outboxWorker === false ? null : new OutboxWorker(db, transport, options.outboxWorker);
  const { app, dependencies } = createApp({
    ...options,
    mailReachesRecipients: transport.delivery.kind === 'smtp',
    onMailQueued: () => worker?.wake(),
  });
  await dependencies.dataVersions.start();
  const hostname = options.hostname ?? '127.0.0.1';
  let server!: ServerType;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname }, (info) => resolve(info.port));
    server.once('error', reject);
  });
  const url = `http://${hostname === '0.0.0.0' ? '127.0.0.1' : hostname}:${port}`;
  const scheduler =
    options.jobs === false
      ? null
      : new JobScheduler(db, periodicJobs(db, { baseUrl: options.publicBaseUrl ?? url, onMailQueued: () => worker?.wake() }), { tickMs: options.jobs?.tickMs, now: options.now });
  worker?.start();
  scheduler?.start();
  return {
    url,
    port,
    mail: transport.delivery,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await scheduler?.stop();
      await worker?.stop();
      await dependencies.dataVersions.stop();
      transport.close();
    },
  };
}
