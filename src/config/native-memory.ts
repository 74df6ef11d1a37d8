import sharp from 'sharp';

/**
 * Keeps native memory flat over long batches. libvips's operation cache only helps
 * when the same image is processed twice, which a page pipeline never does; and
 * glibc gives every thread (tesseract, pdfjs, libvips) its own malloc arena, which
 * MALLOC_ARENA_MAX=2 (set by bin/minutes.js before Node starts) folds together.
 * Measured on the fixture batch with one OCR worker: peak RSS 654 MB → 592 MB from the arenas.
 */
export function limitNativeMemory(): void {
  sharp.cache(false);
}
