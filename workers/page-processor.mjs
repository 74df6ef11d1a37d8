// BullMQ forks this file for each sandboxed page worker. The project runs its
// TypeScript through tsx without a build step, so the child registers tsx
// before importing the processor.
import { register } from 'tsx/esm/api';

register();

// If the worker process dies (even by SIGKILL) the IPC channel closes: stop
// too, so no orphan keeps OCRing a page whose lock is already gone.
process.on('disconnect', () => process.exit(1));

const { processPageJob } = await import('../src/queue/page-processor.ts');

export default async function processPage(job) {
  return processPageJob(job.data);
}
