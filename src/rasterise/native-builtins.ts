/** The built-ins core-js replaces on Node 20 when a bundle that carries it loads (see pdfjs.ts). */
export interface NativeBuiltins {
  push: typeof Array.prototype.push;
  parse: typeof JSON.parse;
  stringify: typeof JSON.stringify;
  functionToString: typeof Function.prototype.toString;
}

export function snapshotNativeBuiltins(): NativeBuiltins {
  return { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify, functionToString: Function.prototype.toString };
}

/** Puts the snapshot back, keeping each property's attributes as they are (writable, not enumerable). */
export function restoreNativeBuiltins(natives: NativeBuiltins): void {
  put(Array.prototype, 'push', natives.push);
  put(JSON, 'parse', natives.parse);
  put(JSON, 'stringify', natives.stringify);
  put(Function.prototype, 'toString', natives.functionToString);
}

function put(target: object, key: string, value: unknown): void {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (descriptor?.value === value) return;
  Object.defineProperty(target, key, { value, writable: true, enumerable: false, configurable: true });
}
