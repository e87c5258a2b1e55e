/** Runs the app as an HTTP server on Node. */
import { serve, type ServerType } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(options: AppOptions & { port?: number; hostname?: string }): Promise<RunningServer> {
  const { app } = createApp(options);
  const hostname = options.hostname ?? '127.0.0.1';
  let server!: ServerType;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname }, (info) => resolve(info.port));
    server.once('error', reject);
  });
  return {
    url: `http://${hostname === '0.0.0.0' ? '127.0.0.1' : hostname}:${port}`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
