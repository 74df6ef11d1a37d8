/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBatchReport } from '../../src/report/index.ts';
import { type ReviewServer, startReviewServer } from '../../src/review/review-server.ts';
import { HOSTILE_BATCH, makeFixtureBatch, STANDARD_BATCH } from '../report/fixture-batch.ts';

const CHROMIUM = '/usr/bin/chromium';
// CI sets MINUTES_REQUIRE_BROWSER=1 so that a missing browser fails instead of skipping.
const SKIP_BROWSER = !existsSync(CHROMIUM) && process.env.MINUTES_REQUIRE_BROWSER !== '1';
if (SKIP_BROWSER) console.warn(`\n!!! ${CHROMIUM} not found: SKIPPING the report tests in a real browser (apt-get install chromium)\n`);
const TOTAL_CORRECTIONS = STANDARD_BATCH.reduce((n, d) => n + d.corrections.length, 0);

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(url: string): Promise<{ page: Page; dialogs: string[]; errors: string[]; loadMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const started = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  const loadMs = performance.now() - started;
  await page.waitForSelector('html[data-ready=true]');
  return { page, dialogs, errors, loadMs };
}

/** Crops load lazily: bring each into view, wait until all have finished, then read their decoded widths. */
async function imageWidths(page: Page): Promise<number[]> {
  const images = page.locator('li.entry img');
  const count = await images.count();
  for (let i = 0; i < count; i += 1) await images.nth(i).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => Array.from(document.querySelectorAll('li.entry img')).every((i) => (i as HTMLImageElement).complete));
  await page.evaluate(() => window.scrollTo(0, 0));
  return page.$$eval('li.entry img', (imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
}

async function withServer<T>(outDir: string, learned: string, run: (server: ReviewServer) => Promise<T>): Promise<T> {
  const server = await startReviewServer({ outDir, learnedDictionary: learned });
  try {
    return await run(server);
  } finally {
    await server.close();
  }
}

/** Presses a decision key on the selected row and waits until that row shows the decision and the selection moved on. */
async function decideByKey(page: Page, key: string, row: number, status: string): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForSelector(`li.entry:nth-child(${row + 1})[data-status=${status}]`);
  await page.waitForFunction((r) => !document.querySelectorAll('li.entry')[r]!.classList.contains('selected'), row);
}

async function rowTexts(page: Page): Promise<string[]> {
  return page.$$eval('li.entry .change .orig', (els) => els.map((e) => e.textContent ?? ''));
}

describe.skipIf(SKIP_BROWSER)('review report in Chromium', () => {
  it('shows every correction with its crop loaded, from file://', async () => {
    const dir = await makeFixtureBatch();
    await writeBatchReport(dir);
    const { page, errors, loadMs } = await openPage(pathToFileURL(join(dir, 'report.html')).href);
    console.log(`report.html from file:// loaded in ${loadMs.toFixed(0)} ms`);
    expect(await page.locator('li.entry').count()).toBe(TOTAL_CORRECTIONS);
    const widths = await imageWidths(page);
    expect(widths).toHaveLength(TOTAL_CORRECTIONS);
    expect(widths.every((w) => w > 0)).toBe(true);
    expect(await page.locator('.failures').innerText()).toContain('trasig.pdf');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('filters by document, kind, confidence and text', async () => {
    const dir = await makeFixtureBatch();
    await writeBatchReport(dir);
    const { page } = await openPage(pathToFileURL(join(dir, 'report.html')).href);
    const visible = () => page.locator('li.entry:visible').count();
    await page.selectOption('#f-doc', 'Minnesanteckningar kultur');
    expect(await visible()).toBe(3);
    await page.selectOption('#f-kind', 'flagged');
    expect(await visible()).toBe(2);
    await page.selectOption('#f-doc', '');
    await page.selectOption('#f-kind', '');
    await page.fill('#f-min', '85');
    expect(await visible()).toBe(4);
    await page.fill('#f-min', '0');
    await page.fill('#f-search', 'sjöström');
    expect(await visible()).toBe(2);
    expect(await page.locator('#count').innerText()).toBe(`2 of ${TOTAL_CORRECTIONS} shown`);
    await page.context().close();
  });

  it('accepts, rejects, edits and undoes by keyboard; decisions persist and rewrite the outputs', async () => {
    const dir = await makeFixtureBatch();
    const learned = join(await mkdtemp(join(tmpdir(), 'learned-')), 'learned.tsv');
    await withServer(dir, learned, async (server) => {
      const { page, errors, loadMs } = await openPage(server.url);
      console.log(`report served by minutes review loaded in ${loadMs.toFixed(0)} ms`);
      expect((await imageWidths(page)).every((w) => w > 0)).toBe(true);
      // Doubtful first: Mork 0.42, foérklarar 0.55, Vilkomna 0.64, Gverskott 0.71, Arenden 0.81, …
      expect((await rowTexts(page)).slice(0, 5)).toEqual(['Mork', 'foérklarar', 'Vilkomna', 'Gverskott', 'Arenden']);

      await page.keyboard.press('j');
      await decideByKey(page, 'a', 0, 'accept');
      await decideByKey(page, 'r', 1, 'reject');
      await page.keyboard.press('e');
      const input = page.locator('li.entry:nth-child(3) input');
      await input.fill('Välkommen');
      await input.press('Enter');
      await page.waitForSelector('li.entry:nth-child(3)[data-status=edit]');
      await page.waitForSelector('li.entry:nth-child(4).selected');
      await page.keyboard.press('e');
      await page.keyboard.press('Escape');
      expect(await page.locator('li.entry input').count()).toBe(0);
      await page.keyboard.press('j');
      await decideByKey(page, 'r', 4, 'reject');
      expect(await readFile(join(dir, 'Kallelse nämnd.txt'), 'utf8')).toContain('Arenden enligt');

      await page.keyboard.press('u');
      await page.waitForSelector('li.entry:nth-child(5):not([data-status])');
      expect(await readFile(join(dir, 'Kallelse nämnd.txt'), 'utf8')).toContain('Ärenden enligt');
      await decideByKey(page, 'r', 4, 'reject');

      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('html[data-ready=true]');
      const statuses = await page.$$eval('li.entry', (rows) => rows.map((r) => r.getAttribute('data-status')));
      expect(statuses.slice(0, 5)).toEqual(['accept', 'reject', 'edit', null, 'reject']);
      expect(await page.locator('li.entry:nth-child(3) .corr').innerText()).toBe('Välkommen');
      expect(errors).toEqual([]);
      await page.context().close();
    });

    expect(await readFile(join(dir, 'Protokoll KS 2023-05-16.txt'), 'utf8')).toContain('Per-Olof Mörk');
    expect(await readFile(join(dir, 'Protokoll KS 2023-05-16.txt'), 'utf8')).toContain('foérklarar');
    expect(await readFile(join(dir, 'Minnesanteckningar kultur.txt'), 'utf8')).toContain('Välkommen till');
    expect(await readFile(join(dir, 'Kallelse nämnd.txt'), 'utf8')).toContain('Arenden enligt');
    const review = JSON.parse(await readFile(join(dir, 'review.json'), 'utf8'));
    expect(review.decisions.map((d: { original: string; action: string }) => `${d.original}:${d.action}`).sort()).toEqual([
      'Arenden:reject',
      'Mork:accept',
      'Vilkomna:edit',
      'foérklarar:reject',
    ]);
    const minutes = JSON.parse(await readFile(join(dir, 'Minnesanteckningar kultur.json'), 'utf8'));
    expect(minutes.corrections.find((c: { original: string }) => c.original === 'Vilkomna')).toMatchObject({
      corrected: 'Välkommen',
      applied: true,
    });
    expect((await readFile(learned, 'utf8')).split('\n').sort()).toEqual(['', 'Mork\tMörk', 'Vilkomna\tVälkommen']);
  });

  it('clears a three-document batch with the keyboard alone', async () => {
    const dir = await makeFixtureBatch();
    const learned = join(await mkdtemp(join(tmpdir(), 'learned-')), 'learned.tsv');
    await withServer(dir, learned, async (server) => {
      const { page } = await openPage(server.url);
      await page.keyboard.press('j');
      for (let row = 0; row < TOTAL_CORRECTIONS - 1; row += 1) await decideByKey(page, 'a', row, 'accept');
      await page.keyboard.press('a');
      await page.waitForFunction((n) => document.querySelectorAll('li.entry[data-status=accept]').length === n, TOTAL_CORRECTIONS);
      await page.context().close();
    });
    for (const doc of STANDARD_BATCH) {
      const text = await readFile(join(dir, `${doc.name}.txt`), 'utf8');
      expect(text).toBe(doc.pages.map((lines) => lines.join('\n')).join('\f'));
    }
  });

  it('accepts a whole error series in one action', async () => {
    const dir = await makeFixtureBatch();
    const learned = join(await mkdtemp(join(tmpdir(), 'learned-')), 'learned.tsv');
    await withServer(dir, learned, async (server) => {
      const { page } = await openPage(server.url);
      await page.getByRole('button', { name: 'Accept all 3' }).click();
      await page.waitForFunction(() => document.querySelectorAll('li.entry[data-status=accept]').length === 3);
      const accepted = await page.$$eval('li.entry[data-status=accept] .orig', (els) => els.map((e) => e.textContent));
      expect(accepted).toEqual(['aret', 'aret', 'aret']);
      await page.context().close();
    });
    const review = JSON.parse(await readFile(join(dir, 'review.json'), 'utf8'));
    expect(review.decisions).toHaveLength(3);
    expect(await readFile(learned, 'utf8')).toBe('aret\tåret\n');
  });

  it('renders hostile document text as inert, visible text, from file:// and from the server', async () => {
    const dir = await makeFixtureBatch(HOSTILE_BATCH, [{ file: '<img src=x onerror=alert(7)>.pdf', reason: '<script>alert(8)</script>' }]);
    await writeBatchReport(dir);
    const learned = join(dir, 'learned.tsv');
    const urls = [pathToFileURL(join(dir, 'report.html')).href];
    await withServer(dir, learned, async (server) => {
      urls.push(server.url);
      for (const url of urls) {
        const { page, dialogs } = await openPage(url);
        await page.waitForTimeout(300);
        expect(dialogs).toEqual([]);
        expect(await page.locator('img[src=x]').count()).toBe(0);
        expect(await page.locator('script').count()).toBe(2);
        const text = await page.locator('body').innerText();
        expect(text).toContain('<script>alert(3)</script>');
        expect(text).toContain('"><img src=x onerror=alert(4)><script>alert(5)</script>');
        expect(text).toContain('<script>alert(8)</script>');
        expect(text).toContain('xss "><img src=x onerror=alert(1)>');
        expect((await imageWidths(page)).every((w) => w > 0)).toBe(true);
        if (url.startsWith('http')) {
          // Editing to hostile text stays text too.
          await page.keyboard.press('j');
          await page.keyboard.press('e');
          await page.locator('li.entry input').fill('<img src=x onerror=alert(9)>');
          await page.locator('li.entry input').press('Enter');
          await page.waitForSelector('li.entry[data-status=edit]');
          expect(await page.locator('img[src=x]').count()).toBe(0);
          expect(await page.locator('li.entry[data-status=edit] .corr').innerText()).toBe('<img src=x onerror=alert(9)>');
        }
        expect(dialogs).toEqual([]);
        await page.context().close();
      }
    });
  });
});
