/**
 * Two server instances on one PostgreSQL behind a caching proxy, as municipal
 * IT runs it: Debian's nginx with `proxy_cache` and `proxy_cache_revalidate
 * on`, started and stopped here. Measures requests per second through the
 * proxy next to one instance alone, whether an expired entry is revalidated
 * by ETag (a 304 from the API, no body), and how long a write through one
 * instance takes to show through the proxy (the API promises `max-age=60`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort } from '../../tests/support/postgres-cluster.js';
import { forkTs, nextMessage, stopChild } from '../lib/processes.js';
import { TENANT } from './queries.js';

const PATH = `/v1/${TENANT}/organizations?topic=youth-education&limit=20`;

export interface ProxyFigures {
  direct: number;
  proxied: number;
  cacheStatuses: Record<string, number>;
  /** X-Cache-Status of the first request after the entry expired (REVALIDATED: the API answered 304). */
  afterExpiry: string | null;
  /** Seconds from a write through instance A until the proxy shows it. */
  writeVisibleAfterS: number | null;
}

export function findNginx(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

function nginxConfig(dir: string, port: number, upstreams: string[]): string {
  return `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=teilhabe:10m max_size=100m inactive=10m use_temp_path=off;
  upstream teilhabe_api {
${upstreams.map((u) => `    server ${u.replace(/^http:\/\//, '')};`).join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://teilhabe_api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_cache teilhabe;
      proxy_cache_revalidate on;
      proxy_cache_lock on;
      proxy_cache_key $scheme$host$request_uri$http_accept_language;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
`;
}

async function startNginx(nginx: string, dir: string, config: string, port: number): Promise<ChildProcess> {
  for (const sub of ['cache', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'nginx.conf'), config);
  const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr.trim().split('\n')[0]}`);
    try {
      await fetch(`http://127.0.0.1:${port}/v1/tenants`);
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('nginx did not answer within 10 s');
}

const rps = async (url: string, seconds: number, connections: number) => (await autocannon({ url, connections, duration: seconds, timeout: 10 })).requests.average;

/**
 * Renames one organisation in the database, as a write through either
 * instance does: the trigger bumps the version and both instances hear it.
 */
async function renameInDatabase(baseUrl: string, databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const list = (await (await fetch(`${baseUrl}${PATH}`)).json()) as { data: Array<{ id: string }> };
    await client.query(`UPDATE organizations SET doc = jsonb_set(doc, '{name}', to_jsonb($1::text)), name = $1 WHERE tenant_id = $2 AND id = $3`, [
      `Proxy-Test ${Date.now()}`,
      TENANT,
      list.data[0]!.id,
    ]);
  } finally {
    await client.end();
  }
}

export async function measureBehindProxy(databaseUrl: string, options: { seconds: number; connections: number; waitForLifetime: boolean }): Promise<ProxyFigures> {
  const nginx = findNginx();
  if (!nginx) throw new Error('no nginx (apt-get install nginx-light)');
  const servers = [forkTs('bench/api/server-child.ts', ['serve'], { BENCH_DATABASE_URL: databaseUrl }), forkTs('bench/api/server-child.ts', ['serve'], { BENCH_DATABASE_URL: databaseUrl })];
  const dir = mkdtempSync(join(tmpdir(), 'tk-bench-nginx-'));
  let proxy: ChildProcess | undefined;
  try {
    const urls = await Promise.all(servers.map(async (child) => (await nextMessage<{ type: string; url: string }>(child, 'ready', 120_000)).url));
    const port = await freePort();
    proxy = await startNginx(nginx, dir, nginxConfig(dir, port, urls), port);
    const through = `http://127.0.0.1:${port}${PATH}`;

    await rps(through, 1, options.connections);
    const direct = await rps(urls[0]! + PATH, options.seconds, options.connections);
    const proxied = await rps(through, options.seconds, options.connections);
    const cacheStatuses: Record<string, number> = {};
    for (let i = 0; i < 20; i++) {
      const status = (await fetch(through)).headers.get('x-cache-status') ?? 'none';
      cacheStatuses[status] = (cacheStatuses[status] ?? 0) + 1;
    }

    let afterExpiry: string | null = null;
    let writeVisibleAfterS: number | null = null;
    if (options.waitForLifetime) {
      // The API says max-age=60: after that nginx asks again with If-None-Match.
      await new Promise((resolve) => setTimeout(resolve, 61_000));
      afterExpiry = (await fetch(through)).headers.get('x-cache-status');
      const before = await (await fetch(through)).text();
      const writtenAt = performance.now();
      await renameInDatabase(urls[0]!, databaseUrl);
      while (performance.now() - writtenAt < 75_000) {
        if ((await (await fetch(through)).text()) !== before) {
          writeVisibleAfterS = (performance.now() - writtenAt) / 1000;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
    return { direct, proxied, cacheStatuses, afterExpiry, writeVisibleAfterS };
  } finally {
    proxy?.kill('SIGQUIT');
    await Promise.all(servers.map((child) => stopChild(child)));
    rmSync(dir, { recursive: true, force: true });
  }
}
