import { describe, expect, it } from 'vitest';
import { restoreNativeBuiltins, snapshotNativeBuiltins } from '../../src/rasterise/native-builtins.ts';

const isNative = (f: unknown) => typeof f === 'function' && /\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(f));

describe('native built-ins', () => {
  it('stay native in a process that has loaded pdfjs and the whole pipeline', async () => {
    await import('../../src/pipeline/context.ts');
    await import('../../src/rasterise/index.ts');
    expect(isNative(Array.prototype.push)).toBe(true);
    expect(isNative(JSON.parse)).toBe(true);
    expect(isNative(JSON.stringify)).toBe(true);
    // What pdfjs needs from core-js on Node 20 is still there.
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function');
  });

  it('restores a replaced method without making it enumerable', () => {
    const natives = snapshotNativeBuiltins();
    const slowPush = function push(this: unknown[], ...items: unknown[]) {
      return natives.push.apply(this, items);
    };
    Object.defineProperty(Array.prototype, 'push', { value: slowPush, writable: true, configurable: true, enumerable: false });
    try {
      expect(Array.prototype.push).toBe(slowPush);
    } finally {
      restoreNativeBuiltins(natives);
    }
    expect(Array.prototype.push).toBe(natives.push);
    expect(Object.keys([1, 2])).toEqual(['0', '1']);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')?.enumerable).toBe(false);
  });
});
