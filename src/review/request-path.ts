import { realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** Why a request path was refused; maps to an HTTP status. */
export type PathRefusal = { status: 400 | 403 | 404; reason: string };

/**
 * Splits a request target into decoded path segments, refusing anything that
 * could step outside a folder: `.`/`..` (also percent-encoded), encoded
 * slashes or backslashes, NUL, hidden names, and targets that are not an
 * origin-form path.
 */
export function requestSegments(target: string): string[] | PathRefusal {
  if (!target.startsWith('/') || target.startsWith('//')) return { status: 400, reason: 'not a path' };
  const path = target.split(/[?#]/, 1)[0]!;
  if (path.includes('\\') || path.includes('\0')) return { status: 403, reason: 'forbidden character' };
  const segments: string[] = [];
  for (const raw of path.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { status: 400, reason: 'bad percent-encoding' };
    }
    if (segment === '') continue;
    if (segment.startsWith('.') || /[/\\\0]/.test(segment)) return { status: 403, reason: 'forbidden path segment' };
    segments.push(segment);
  }
  return segments;
}

/**
 * The real path of `segments` under `realRoot` (a folder's realpath), or a
 * refusal when it does not exist, is not a file, or resolves (through a
 * symlink) outside the folder.
 */
export async function resolveInside(realRoot: string, segments: readonly string[]): Promise<string | PathRefusal> {
  let real: string;
  try {
    real = await realpath(join(realRoot, ...segments));
  } catch {
    return { status: 404, reason: 'not found' };
  }
  if (!real.startsWith(realRoot + sep)) return { status: 403, reason: 'outside the output folder' };
  const info = await stat(real);
  if (!info.isFile()) return { status: 404, reason: 'not a file' };
  return real;
}

export function isRefusal(value: unknown): value is PathRefusal {
  return typeof value === 'object' && value !== null && 'status' in value && !Array.isArray(value);
}
