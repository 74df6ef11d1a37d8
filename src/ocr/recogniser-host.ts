// The entry point of one OCR process (see recogniser-process.ts): a tesseract.js
// worker of its own, so that its WebAssembly heap, which only ever grows, is
// this process's memory and leaves with it, not the pipeline's.
import '../config/source-maps.ts';
import type { RasterImage } from '../domain/index.ts';
import { describeError } from '../errors/index.ts';
import { startTextRecogniser } from './tesseract-engine.ts';
import type { HostReply, HostRequest, HostUsage } from './recogniser-protocol.ts';

const languages = process.argv[2];
if (!languages || typeof process.send !== 'function') {
  console.error('recogniser-host: start it with fork(), the language as its argument');
  process.exit(2);
}

const send = (reply: HostReply): void => {
  process.send?.(reply);
};
const usage = (): HostUsage => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  return {
    rssMb: Math.round(process.memoryUsage.rss() / 2 ** 20),
    peakRssMb: Math.round(maxRSS / 1024),
    cpuSeconds: (userCPUTime + systemCPUTime) / 1e6,
  };
};

try {
  const recogniser = await startTextRecogniser(languages);
  process.on('message', (message: HostRequest) => {
    if (message.kind === 'stop') {
      void recogniser.terminate().finally(() => process.exit(0));
      return;
    }
    const image: RasterImage = message.image;
    recogniser.recognise(image).then(
      (text) => send({ kind: 'recognised', id: message.id, text, ...usage() }),
      (error: unknown) => send({ kind: 'failed', id: message.id, reason: describeError(error) }),
    );
  });
  // The parent going away (killed, crashed) must not leave an orphan holding a model in memory.
  process.on('disconnect', () => process.exit(0));
  send({ kind: 'ready', ...usage() });
} catch (error) {
  send({ kind: 'start-failed', reason: describeError(error) });
  process.exit(1);
}
