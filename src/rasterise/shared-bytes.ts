/**
 * The bytes in shared memory, covering their whole buffer: copied there once if they
 * are not already. pdfjs's parser runs in a thread of its own and is handed its data
 * by message; shared memory is the one kind it reads in place instead of copying, so
 * the document's bytes exist once for pdf-lib and pdfjs together.
 */
export function shareable(bytes: Uint8Array): Uint8Array {
  if (bytes.buffer instanceof SharedArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) {
    return bytes;
  }
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  shared.set(bytes);
  return shared;
}

/** A transfer list without shared buffers, which can only be shared, never transferred. */
export function transferable(transfer: readonly unknown[] | undefined): unknown[] {
  return (transfer ?? []).filter((item) => !(item instanceof SharedArrayBuffer));
}
