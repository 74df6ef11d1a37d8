import { request } from 'node:http';
import { mkdtemp, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ReviewServer, startReviewServer } from '../../src/review/review-server.ts';
import { makeFixtureBatch } from '../report/fixture-batch.ts';

/** Sends the target exactly as written, without the URL normalisation fetch would apply. */
function rawGet(url: string, target: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: target, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const servers: ReviewServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(outDir: string, learnedDictionary: string) {
  const server = await startReviewServer({ outDir, port: 0, learnedDictionary });
  servers.push(server);
  return server;
}

async function post(url: string, updates: unknown[], headers: Record<string, string> = {}) {
  return fetch(new URL('api/decisions', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ updates }),
  });
}

describe('review server', () => {
  it('binds to 127.0.0.1 by default and serves the report with decisions enabled', async () => {
    const dir = await makeFixtureBatch();
    const server = await start(dir, join(dir, '..', `learned-${Date.now()}.tsv`));
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('data-action="accept"');
  });

  it.each(['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/crops/../../etc/passwd', '/crops/%2e%2e/%2e%2e/etc/passwd', '/review.json', '/failed.json', '/.review/x.base.json'])(
    'refuses %s',
    async (target) => {
      const dir = await makeFixtureBatch();
      const server = await start(dir, join(dir, 'learned.tsv'));
      const res = await rawGet(server.url, target);
      expect([403, 404]).toContain(res.status);
      expect(res.body).not.toContain('root:');
    },
  );

  it('refuses a crop that is a symlink out of the folder', async () => {
    const dir = await makeFixtureBatch();
    await symlink('/etc/passwd', join(dir, 'crops', 'Kallelse nämnd', 'p9-l9-c9.webp'));
    const server = await start(dir, join(dir, 'learned.tsv'));
    const res = await rawGet(server.url, `/crops/${encodeURIComponent('Kallelse nämnd')}/p9-l9-c9.webp`);
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('root:');
  });

  it('serves a real crop as an image', async () => {
    const dir = await makeFixtureBatch();
    const server = await start(dir, join(dir, 'learned.tsv'));
    const res = await fetch(new URL(`crops/${encodeURIComponent('Kallelse nämnd')}/p1-l2-c1.png`, server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\//);
  });

  it('refuses a foreign Host header and a cross-origin POST', async () => {
    const dir = await makeFixtureBatch();
    const server = await start(dir, join(dir, 'learned.tsv'));
    expect((await rawGet(server.url, '/', { Host: 'evil.example' })).status).toBe(421);
    const key = { document: 'Kallelse nämnd', page: 1, line: 2, column: 1, original: 'Arenden', action: 'reject' };
    expect((await post(server.url, [key], { Origin: 'http://evil.example' })).status).toBe(403);
    expect(await readFile(join(dir, 'Kallelse nämnd.txt'), 'utf8')).toContain('Ärenden');
  });

  it('rejects a decision for a correction that does not exist', async () => {
    const dir = await makeFixtureBatch();
    const server = await start(dir, join(dir, 'learned.tsv'));
    const res = await post(server.url, [{ document: 'Kallelse nämnd', page: 1, line: 2, column: 1, original: 'nope', action: 'accept' }]);
    expect(res.status).toBe(400);
    const other = await post(server.url, [{ document: '../x', page: 1, line: 1, column: 1, original: 'a', action: 'accept' }]);
    expect(other.status).toBe(400);
  });

  it('keeps decisions across a restart and applies them to NAME.txt, NAME.json and the learned dictionary', async () => {
    const dir = await makeFixtureBatch();
    const learned = join(await mkdtemp(join(tmpdir(), 'learned-')), 'learned.tsv');
    const first = await start(dir, learned);
    const reject = { document: 'Kallelse nämnd', page: 1, line: 2, column: 1, original: 'Arenden', action: 'reject' };
    const accept = { document: 'Minnesanteckningar kultur', page: 1, line: 2, column: 1, original: 'Gverskott', action: 'accept' };
    expect((await post(first.url, [reject, accept])).status).toBe(200);
    await first.close();
    servers.splice(servers.indexOf(first), 1);

    const second = await start(dir, learned);
    const saved = (await (await fetch(new URL('api/decisions', second.url))).json()) as { decisions: { action: string }[] };
    expect(saved.decisions.map((d) => d.action).sort()).toEqual(['accept', 'reject']);
    expect(await readFile(join(dir, 'Kallelse nämnd.txt'), 'utf8')).toContain('Arenden enligt');
    expect(await readFile(join(dir, 'Minnesanteckningar kultur.txt'), 'utf8')).toContain('Överskott för');
    const json = JSON.parse(await readFile(join(dir, 'Kallelse nämnd.json'), 'utf8'));
    expect(json.corrections[0]).toMatchObject({ original: 'Arenden', applied: false });
    expect(json.quality).toMatchObject({ corrected: 0, flagged: 1 });
    expect(await readFile(learned, 'utf8')).toBe('Gverskott\tÖverskott\n');

    // Undo both: the text returns to the pipeline's, and the learned pair is taken out again.
    const clear = [reject, accept].map((d) => ({ ...d, action: 'clear' }));
    expect((await post(second.url, clear)).status).toBe(200);
    expect(await readFile(join(dir, 'Kallelse nämnd.txt'), 'utf8')).toContain('Ärenden enligt');
    expect(await readFile(join(dir, 'Minnesanteckningar kultur.txt'), 'utf8')).toContain('Gverskott för');
    expect(await readFile(learned, 'utf8')).toBe('');
  });
});
