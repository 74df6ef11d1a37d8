import cliProgress from 'cli-progress';

/**
 * A progress bar over the batch's pages on stderr when it is a terminal; silent
 * otherwise, so logs and pipes stay clean. A page count is only known once its
 * document is opened, so an unopened document counts as one page until then:
 * a single 500-page scan still moves the bar.
 */
export interface BatchProgress {
  /** A document was opened and has `pages` pages. */
  opened(pages: number): void;
  pageDone(): void;
  documentDone(label: string): void;
  stop(): void;
}

export function createBatchProgress(documents: number): BatchProgress {
  if (!process.stderr.isTTY || documents === 0) return { opened() {}, pageDone() {}, documentDone() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {value}/{total} pages | {docs}/{documents} documents | ETA {eta_formatted} | {label}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  let unopened = documents;
  let knownPages = 0;
  let pagesDone = 0;
  let docs = 0;
  bar.start(documents, 0, { docs, documents, label: '' });
  const total = () => Math.max(knownPages + unopened, pagesDone);
  return {
    opened(pages) {
      unopened = Math.max(0, unopened - 1);
      knownPages += pages;
      bar.setTotal(total());
    },
    pageDone() {
      pagesDone += 1;
      bar.update(pagesDone);
    },
    documentDone(label) {
      docs += 1;
      bar.update(pagesDone, { docs, label });
    },
    stop() {
      bar.stop();
    },
  };
}
