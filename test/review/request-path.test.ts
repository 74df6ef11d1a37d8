import { mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRefusal, requestSegments, resolveInside } from '../../src/review/request-path.ts';

describe('requestSegments', () => {
  it('decodes ordinary segments', () => {
    expect(requestSegments('/crops/M%C3%B6te%202023/p1-l2-c3.webp?x=1')).toEqual(['crops', 'Möte 2023', 'p1-l2-c3.webp']);
  });

  it.each(['/../etc/passwd', '/%2e%2e/etc/passwd', '/crops/../../etc/passwd', '/crops/%2E%2E%2F%2E%2E%2Fetc/passwd', '/crops/a%5c..%5cb', '/.review/x', '/crops/a/%00'])(
    'refuses %s',
    (target) => {
      const result = requestSegments(target);
      expect(isRefusal(result) && result.status).toBe(403);
    },
  );

  it('refuses absolute-form and protocol-relative targets', () => {
    expect(isRefusal(requestSegments('http://evil/etc/passwd'))).toBe(true);
    expect(isRefusal(requestSegments('//etc/passwd'))).toBe(true);
  });
});

describe('resolveInside', () => {
  it('serves a file inside the root and refuses a symlink that leads out of it', async () => {
    const root = await realpath(await mkdtemp(join(tmpdir(), 'resolve-')));
    await mkdir(join(root, 'crops', 'd'), { recursive: true });
    await writeFile(join(root, 'crops', 'd', 'p1-l1-c1.webp'), 'x');
    await symlink('/etc/hostname', join(root, 'crops', 'd', 'p1-l1-c2.webp'));
    expect(await resolveInside(root, ['crops', 'd', 'p1-l1-c1.webp'])).toMatch(/p1-l1-c1\.webp$/);
    expect(await resolveInside(root, ['crops', 'd', 'p1-l1-c2.webp'])).toEqual({ status: 403, reason: 'outside the output folder' });
    expect(await resolveInside(root, ['crops', 'd', 'nope.webp'])).toMatchObject({ status: 404 });
  });
});
