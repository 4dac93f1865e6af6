import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../server.js';

/** A running nginx in front of some app instances. */
export type NginxProxy = {
  baseUrl: string;
  stop: () => Promise<void>;
  errorLog: () => Promise<string>;
};

/**
 * The proxy settings the production example (deploy/nginx/kinerja.conf) uses, without TLS: a
 * keep-alive upstream, the client's address and request id forwarded, /metrics not exposed, and a
 * request that could not reach an instance (refused connection, instance gone) tried on the next.
 */
export function nginxConfig(options: { dir: string; port: number; upstreams: number[] }): string {
  const { dir } = options;
  const servers = options.upstreams
    .map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=10s;`)
    .join('\n');
  const asRoot = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${asRoot}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream kinerja {
${servers}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${options.port};
    client_max_body_size 25m;
    location = /metrics { return 404; }
    location / {
      proxy_pass http://kinerja;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Request-Id $request_id;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
    }
  }
}
`;
}

async function waitForProxy(baseUrl: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}: ${log()}`);
    try {
      await fetch(`${baseUrl}/health/live`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not listen: ${log()}`);
}

/** Starts Debian's nginx (`/usr/sbin/nginx`) on a free port with a generated configuration. */
export async function startNginx(upstreams: number[]): Promise<NginxProxy> {
  const dir = await mkdtemp(join(tmpdir(), 'kinerja-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(join(dir, sub));
  const port = await freePort();
  const config = join(dir, 'nginx.conf');
  await writeFile(config, nginxConfig({ dir, port, upstreams }));
  const child = spawn('nginx', ['-p', dir, '-c', config], { stdio: 'pipe' });
  let log = '';
  child.stderr.on('data', (c: Buffer) => (log += c.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForProxy(baseUrl, child, () => log);
  return {
    baseUrl,
    errorLog: () => readFile(join(dir, 'error.log'), 'utf8').catch(() => ''),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
