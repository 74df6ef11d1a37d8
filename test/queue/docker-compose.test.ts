import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Service {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  container_name?: string;
  environment?: Record<string, string>;
  volumes?: string[];
}

const compose = parse(await readFile(new URL('../../docker-compose.yml', import.meta.url), 'utf8')) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const words = (command: Service['command']) => (Array.isArray(command) ? command : String(command ?? '').split(/\s+/));

describe('docker-compose.yml', () => {
  it('has redis, worker and watcher services', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['redis', 'watcher', 'worker']);
  });

  it('runs Redis 7 with noeviction and append-only persistence on a named volume', () => {
    const redis = compose.services.redis!;
    expect(redis.image).toMatch(/^redis:7/);
    const args = words(redis.command);
    expect(args[args.indexOf('--maxmemory-policy') + 1]).toBe('noeviction');
    expect(args[args.indexOf('--appendonly') + 1]).toBe('yes');
    const volume = redis.volumes?.[0]?.split(':')[0] ?? '';
    expect(Object.keys(compose.volumes ?? {})).toContain(volume);
  });

  it('builds a scalable worker (no container_name) that runs `minutes worker` against the redis service', () => {
    const worker = compose.services.worker!;
    expect(worker.build).toBeDefined();
    expect(worker).not.toHaveProperty('container_name');
    expect(words(worker.command).slice(0, 2)).toEqual(['minutes', 'worker']);
    expect(worker.environment?.REDIS_URL).toBe('redis://redis:6379');
  });

  it('runs the watcher on the mounted inbox and output folders, polling, through Redis', () => {
    const watcher = compose.services.watcher!;
    expect(words(watcher.command)).toEqual(['minutes', 'watch', '/inbox', '--out', '/out', '--redis', 'redis://redis:6379', '--poll', '2000']);
    expect(watcher.volumes).toEqual(expect.arrayContaining(['./inbox:/inbox', './out:/out']));
  });

  it('mounts the inbox and output folders on the workers at the same paths, since jobs carry paths', () => {
    const worker = compose.services.worker!;
    expect(worker.volumes).toEqual(expect.arrayContaining(['./inbox:/inbox', './out:/out']));
  });
});

describe('Dockerfile', () => {
  it('builds from node:20-bookworm-slim with npm ci and runs as a non-root user', async () => {
    const dockerfile = await readFile(new URL('../../Dockerfile', import.meta.url), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20-bookworm-slim$/m);
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    const user = /^USER (\S+)$/m.exec(dockerfile)?.[1];
    expect(user).toBeDefined();
    expect(user).not.toBe('root');
  });
});
