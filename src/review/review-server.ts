import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { logger, resolveConfig } from '../config/index.ts';
import { describeError, isMinutesError, MinutesError } from '../errors/index.ts';
import { REPORT_FILE } from '../io/output-layout.ts';
import { loadReportBatch } from '../report/load-report-batch.ts';
import { renderReport } from '../report/render-report.ts';
import { CorrectionKeySchema } from './review-decision.ts';
import { isRefusal, requestSegments, resolveInside } from './request-path.ts';
import { openReviewSession } from './review-session.ts';

export interface ReviewServerOptions {
  /** The output folder of an import: NAME.json, NAME.txt, crops/, failed.json. */
  outDir: string;
  /** 0 picks a free port. @defaultValue 0 */
  port?: number;
  /** Address to bind. Anything other than loopback exposes the batch to the network. @defaultValue '127.0.0.1' */
  host?: string;
  /** @defaultValue the config's learnedDictionary (MINUTES_LEARNED_DICTIONARY or ~/.local/share/minutes/learned-dictionary.tsv) */
  learnedDictionary?: string;
}

export interface ReviewServer {
  /** Where the report is served, e.g. http://127.0.0.1:8737/ */
  url: string;
  close(): Promise<void>;
}

const UpdatesSchema = z.object({
  updates: z
    .array(
      CorrectionKeySchema.extend({
        action: z.enum(['accept', 'reject', 'edit', 'clear']),
        value: z.string().max(200).optional(),
      }),
    )
    .min(1)
    .max(10_000),
});

const MAX_BODY_BYTES = 2_000_000;
const CROP_FILE = /^p\d+-l\d+-c\d+\.(webp|png)$/;

/**
 * Serves the review report of one output folder, its word crops and a small
 * JSON API (GET/POST /api/decisions). It serves nothing else from the disk.
 * Every decision is saved to review.json and applied to NAME.txt/NAME.json at once.
 */
export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const { outDir } = options;
  const host = options.host ?? '127.0.0.1';
  const info = await stat(outDir).catch(() => null);
  if (!info?.isDirectory()) throw new MinutesError('USAGE', `${outDir} is not a folder (give the output folder of minutes import)`);
  const realOutDir = await realpath(outDir);
  const session = await openReviewSession(outDir, {
    learnedDictionary: options.learnedDictionary ?? resolveConfig().learnedDictionary,
    log: logger,
  });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: describeError(error), url: req.url }, 'review request failed');
      if (!res.headersSent) sendJson(res, 500, { error: describeError(error) });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isOwnHost(req.headers.host, server.address() as AddressInfo | null)) {
      return sendJson(res, 421, { error: 'unexpected Host header' });
    }
    const segments = requestSegments(req.url ?? '');
    if (isRefusal(segments)) return sendJson(res, segments.status, { error: segments.reason });
    const route = segments.join('/');

    if (route === '' || route === REPORT_FILE) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
      const html = renderReport(await loadReportBatch(outDir, { review: true }));
      return send(res, 200, 'text/html; charset=utf-8', html, req.method === 'HEAD');
    }
    if (route === 'api/decisions') {
      if (req.method === 'GET') return sendJson(res, 200, session.current());
      if (req.method !== 'POST') return sendJson(res, 405, { error: 'method not allowed' });
      // A JSON content type forces a CORS preflight on cross-site requests, which this server never answers.
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return sendJson(res, 415, { error: 'send JSON' });
      if (req.headers.origin !== undefined && req.headers.origin !== `http://${req.headers.host}`) {
        return sendJson(res, 403, { error: 'cross-origin request refused' });
      }
      const parsed = UpdatesSchema.safeParse(await readJsonBody(req));
      if (!parsed.success) return sendJson(res, 400, { error: 'expected {"updates": [{document, page, line, column, original, action, value?}]}' });
      try {
        return sendJson(res, 200, await session.decide(parsed.data.updates));
      } catch (error) {
        if (isMinutesError(error) && error.code === 'USAGE') return sendJson(res, 400, { error: error.message });
        throw error;
      }
    }
    if (segments.length === 3 && segments[0] === 'crops' && CROP_FILE.test(segments[2]!)) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
      const path = await resolveInside(realOutDir, segments);
      if (isRefusal(path)) return sendJson(res, path.status, { error: path.reason });
      const type = path.endsWith('.png') ? 'image/png' : 'image/webp';
      return send(res, 200, type, await readFile(path), req.method === 'HEAD');
    }
    return sendJson(res, 404, { error: 'not found' });
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new MinutesError('USAGE', `port ${options.port} is in use (choose another with --port)`)
          : error,
      ),
    );
    server.listen(options.port ?? 0, host, resolvePromise);
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}/`;
  logger.info({ url, outDir }, 'review server listening');
  return {
    url,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.close((error) => (error ? reject(error) : resolvePromise()));
        server.closeAllConnections();
      }),
  };
}

/** Refuses other Host names, so a page on another site cannot reach the server through DNS rebinding. */
function isOwnHost(hostHeader: string | undefined, address: AddressInfo | null): boolean {
  if (!hostHeader || !address) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader);
  if (!match || Number(match[2] ?? 80) !== address.port) return false;
  const name = match[1]!.toLowerCase();
  const bound = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  return name === bound || loopback.includes(name) || wildcard;
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new MinutesError('USAGE', 'request body too large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

const SECURITY_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array, headOnly = false): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': bytes.length });
  res.end(headOnly ? undefined : bytes);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
