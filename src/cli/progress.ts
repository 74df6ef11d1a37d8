import cliProgress from 'cli-progress';

/** A progress bar on stderr when it is a terminal; silent otherwise, so logs and pipes stay clean. */
export interface Progress {
  tick(label: string): void;
  stop(): void;
}

export function createProgress(total: number, unit = 'documents'): Progress {
  if (!process.stderr.isTTY || total === 0) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `{bar} {value}/{total} ${unit} | {percentage}% | ETA {eta_formatted} | {label}`,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return {
    tick(label) {
      bar.increment(1, { label });
    },
    stop() {
      bar.stop();
    },
  };
}
