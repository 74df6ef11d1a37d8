/** Where the pipeline's jobs live in Redis. One prefix per deployment; tests use a random one. */
export const DEFAULT_QUEUE_PREFIX = 'minutes';

export const PAGE_QUEUE = 'pages';
export const DOCUMENT_QUEUE = 'documents';

// BullMQ refuses custom ids with one ':' in them, so the brief's `<sha>:p<n>` becomes `<sha>-p<n>`.
// The id is derived from the content alone, so the same PDF submitted twice maps onto the same jobs.
export function pageJobId(sha256: string, pageNumber: number): string {
  return `${sha256}-p${pageNumber}`;
}

export function documentJobId(sha256: string): string {
  return `${sha256}-doc`;
}
