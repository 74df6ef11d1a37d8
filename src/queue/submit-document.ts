import { FlowProducer, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DocumentJobData, JobConfig, PageJobData } from './job-payloads.ts';
import { DOCUMENT_QUEUE, PAGE_QUEUE, documentJobId, pageJobId } from './queue-names.ts';

/** The queues an importer or the watcher talks to. */
export interface QueueClients {
  flows: FlowProducer;
  documents: Queue;
  pages: Queue;
  close(): Promise<void>;
}

export function openQueueClients(connection: Redis, prefix: string): QueueClients {
  const flows = new FlowProducer({ connection, prefix });
  const documents = new Queue(DOCUMENT_QUEUE, { connection, prefix });
  const pages = new Queue(PAGE_QUEUE, { connection, prefix });
  flows.on('error', () => undefined);
  documents.on('error', () => undefined);
  pages.on('error', () => undefined);
  return {
    flows,
    documents,
    pages,
    async close() {
      await Promise.all([flows.close(), documents.close(), pages.close()]);
    },
  };
}

export interface DocumentSubmission {
  /** Absolute path of the PDF, readable by every worker (a shared volume in Docker). */
  path: string;
  /** The name the outputs are named after, e.g. "ks-2023-05-16.pdf". */
  file: string;
  sha256: string;
  pages: number;
  outDir: string;
  config: JobConfig;
}

/**
 * - `added`: a new flow was enqueued;
 * - `joined`: the same PDF for the same output is already queued or running, so nothing was added;
 * - `busy`: the same PDF is in flight for another output; submit again once it has finished.
 */
export type SubmitOutcome = 'added' | 'joined' | 'busy';

const PAGE_ATTEMPTS = 3;
const BACKOFF = { type: 'exponential', delay: 2_000 } as const;
const DAY_S = 24 * 3600;

/**
 * Enqueues one document as a flow: a child job per page, then the parent that
 * assembles and writes the document. Ids derive from the content hash, so a PDF
 * submitted twice while in flight is processed once. A finished (completed or
 * failed) earlier run is removed first: submitting again means "do it again".
 */
export async function submitDocument(clients: QueueClients, submission: DocumentSubmission): Promise<SubmitOutcome> {
  const docId = documentJobId(submission.sha256);
  const existing = await clients.documents.getJob(docId);
  if (existing) {
    const state = await existing.getState();
    if (state !== 'completed' && state !== 'failed' && state !== 'unknown') {
      const data = existing.data as Partial<DocumentJobData>;
      return data.outDir === submission.outDir && data.file === submission.file ? 'joined' : 'busy';
    }
    await removeFinishedRun(clients, submission.sha256, submission.pages);
  }

  const documentData: DocumentJobData = {
    path: submission.path,
    file: submission.file,
    sha256: submission.sha256,
    pages: submission.pages,
    outDir: submission.outDir,
  };
  await clients.flows.add({
    name: 'document',
    queueName: DOCUMENT_QUEUE,
    data: documentData,
    opts: {
      jobId: docId,
      attempts: PAGE_ATTEMPTS,
      backoff: BACKOFF,
      // Kept briefly so that importers polling for the outcome can read it.
      removeOnComplete: { age: 3600 },
      removeOnFail: { age: 7 * DAY_S },
    },
    children: Array.from({ length: submission.pages }, (_, i) => {
      const page = i + 1;
      const data: PageJobData = { path: submission.path, sha256: submission.sha256, page, config: submission.config };
      return {
        name: 'page',
        queueName: PAGE_QUEUE,
        data,
        opts: {
          jobId: pageJobId(submission.sha256, page),
          attempts: PAGE_ATTEMPTS,
          backoff: BACKOFF,
          failParentOnFailure: true,
          // The parent keeps the return value; the page job itself is not needed afterwards.
          removeOnComplete: true,
          removeOnFail: { age: 7 * DAY_S },
        },
      };
    }),
  });
  return 'added';
}

async function removeFinishedRun(clients: QueueClients, sha256: string, pages: number): Promise<void> {
  await clients.documents.remove(documentJobId(sha256), { removeChildren: true }).catch(() => 0);
  // Failed pages outlive their parent; left in place, their ids would block the new flow's children.
  for (let page = 1; page <= pages; page++) {
    const job = await clients.pages.getJob(pageJobId(sha256, page));
    if (job && (await job.isFailed())) await job.remove().catch(() => undefined);
  }
}
