// Mutation fuzzing of the PDF input stage; shared by the vitest test and scripts/fuzz-pdf.ts.
import { isMinutesError } from '../../src/errors/index.ts';
import { classifyPage, openPdf, rasterisePage, sniffPdf, type PdfHandle } from '../../src/rasterise/index.ts';
import { imagePdf, markedImage, textPdf } from '../rasterise/pdf-builders.ts';

/** mulberry32: small, fast and reproducible from one seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeedPdf {
  name: string;
  bytes: Uint8Array;
}

export async function seedPdfs(): Promise<SeedPdf[]> {
  const jpeg = await markedImage(310, 438);
  return [
    { name: 'text', bytes: await textPdf([['Protokoll fört vid sammanträde', 'Närvarande: Åsa Öberg'], ['§ 2 Val av justerare']]) },
    { name: 'jpeg-scan', bytes: await imagePdf(jpeg, { classicXref: true }) },
    { name: 'png-scan', bytes: await imagePdf(await markedImage(155, 219, { png: true }), { png: true, classicXref: true }) },
    { name: 'ocr-layer', bytes: await imagePdf(jpeg, { hiddenText: 'Kommunstyrelsens arbetsutskott', classicXref: true }) },
    { name: 'sideways', bytes: await imagePdf(await markedImage(438, 310), { sideways: true, pageRotation: 90 }) },
  ];
}

type Mutation = (bytes: Uint8Array, random: () => number) => Uint8Array;

const int = (random: () => number, n: number) => Math.floor(random() * n);
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const fromLatin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

export const MUTATIONS: Record<string, Mutation> = {
  flipBytes(bytes, random) {
    const out = new Uint8Array(bytes);
    const flips = 1 + int(random, 24);
    for (let i = 0; i < flips; i++) out[int(random, out.length)] = int(random, 256);
    return out;
  },
  truncate(bytes, random) {
    return bytes.slice(0, int(random, bytes.length));
  },
  truncateKeepingTrailer(bytes, random) {
    // Cuts out the middle but keeps %%EOF, so the sniffer lets it through to pdfjs.
    const cut = int(random, bytes.length - 64);
    return new Uint8Array(Buffer.concat([bytes.subarray(0, cut), bytes.subarray(bytes.length - 48)]));
  },
  duplicateObject(bytes, random) {
    const text = latin1(bytes);
    const objects = [...text.matchAll(/\d+ 0 obj[\s\S]*?endobj/g)];
    const picked = objects[int(random, objects.length)];
    if (!picked) return bytes;
    const at = int(random, text.length);
    return fromLatin1(text.slice(0, at) + picked[0] + text.slice(at));
  },
  spliceObjects(bytes, random) {
    const text = latin1(bytes);
    const objects = [...text.matchAll(/\d+ 0 obj[\s\S]*?endobj/g)];
    const a = objects[int(random, objects.length)];
    const b = objects[int(random, objects.length)];
    if (!a || !b || a.index === b.index) return bytes;
    return fromLatin1(text.slice(0, a.index) + b[0] + text.slice(a.index + a[0].length));
  },
  deleteXref(bytes) {
    const text = latin1(bytes);
    return fromLatin1(text.replace(/xref[\s\S]*?trailer/, 'trailer').replace(/startxref\s+\d+/, 'startxref\n0'));
  },
  corruptNumbers(bytes, random) {
    const huge = ['999999999', '-1', '0', '2147483648', '1e308', '3.5'];
    return fromLatin1(latin1(bytes).replace(/\/(Length|Width|Height|Count|Size|W|BitsPerComponent) \d+/g, (m, key: string) =>
      random() < 0.5 ? `/${key} ${huge[int(random, huge.length)]}` : m,
    ));
  },
  zeroRange(bytes, random) {
    const out = new Uint8Array(bytes);
    const start = int(random, out.length);
    out.fill(0, start, Math.min(out.length, start + 1 + int(random, 2048)));
    return out;
  },
};

export type FuzzOutcome = 'pages' | `error:${string}` | 'untyped-error' | 'timeout';

export interface FuzzCase {
  seed: string;
  mutation: string;
  outcome: FuzzOutcome;
  ms: number;
  detail?: string;
}

const RASTER_OPTIONS = { renderDpi: 36, maxPagePixels: 250_000, refusePagePixels: 50_000_000 };
const MAX_PAGES = 4;

/** One file through sniff → open → classify → rasterise for every page. */
export async function runOne(bytes: Uint8Array, timeoutMs: number): Promise<{ outcome: FuzzOutcome; detail?: string }> {
  let pdf: PdfHandle | undefined;
  const work = (async (): Promise<FuzzOutcome> => {
    sniffPdf(bytes);
    pdf = await openPdf(bytes, { timeoutMs });
    try {
      for (let n = 1; n <= Math.min(pdf!.pageCount, MAX_PAGES); n++) {
        await classifyPage(pdf!, n);
        await rasterisePage(pdf!, n, RASTER_OPTIONS);
      }
      return 'pages';
    } finally {
      await pdf?.close();
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<FuzzOutcome>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    return { outcome: await Promise.race([work, timeout]) };
  } catch (error) {
    if (isMinutesError(error)) return { outcome: `error:${error.code}` };
    return { outcome: 'untyped-error', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined);
    // After a timeout the work is abandoned; closing stops pdfjs's thread even if it is stuck.
    await pdf?.close();
  }
}

export async function fuzz(cases: number, seed: number, timeoutMs = 10_000): Promise<FuzzCase[]> {
  const random = seededRandom(seed);
  const seeds = await seedPdfs();
  const names = Object.keys(MUTATIONS);
  const results: FuzzCase[] = [];
  for (let i = 0; i < cases; i++) {
    const base = seeds[i % seeds.length]!;
    const mutation = names[int(random, names.length)]!;
    let bytes = MUTATIONS[mutation]!(base.bytes, random);
    // Some cases stack a second mutation, as real damage rarely comes alone.
    if (random() < 0.25) bytes = MUTATIONS[names[int(random, names.length)]!]!(bytes, random);
    if (process.env.FUZZ_VERBOSE) process.stderr.write(`case ${i}: ${base.name} + ${mutation}\n`);
    const started = performance.now();
    const { outcome, detail } = await runOne(bytes, timeoutMs);
    results.push({ seed: base.name, mutation, outcome, ms: performance.now() - started, ...(detail ? { detail } : {}) });
  }
  return results;
}

export function summarise(results: FuzzCase[]): string {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a), results[0]!);
  const typed = results.filter((r) => r.outcome.startsWith('error:')).length;
  return [
    `${results.length} cases: ${counts.get('pages') ?? 0} gave pages, ${typed} typed errors, ${counts.get('untyped-error') ?? 0} untyped errors, ${counts.get('timeout') ?? 0} timeouts`,
    `outcomes: ${[...counts].map(([k, v]) => `${k}=${v}`).join(' ')}`,
    `slowest: ${slowest.ms.toFixed(0)} ms (${slowest.seed} + ${slowest.mutation} → ${slowest.outcome})`,
  ].join('\n');
}
