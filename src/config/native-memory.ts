import sharp from 'sharp';

/**
 * Keeps native memory flat over long batches. libvips's operation cache only helps
 * when the same image is processed twice, which a page pipeline never does.
 */
export function limitNativeMemory(): void {
  sharp.cache(false);
}
