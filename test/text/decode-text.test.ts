import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/text/decode-text.ts';

const LINE = 'Sammanträde i Täby kl. 13.00–15.30, “Övriga frågor”';

describe('decodeText', () => {
  it('reads UTF-8 and drops its byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(LINE)]);
    expect(decodeText(bytes)).toEqual({ text: LINE, encoding: 'utf-8' });
  });

  it('reads a Windows-1252 file, en dash and curly quotes included', () => {
    const bytes = Uint8Array.from(LINE, (c) => ({ '–': 0x96, '“': 0x93, '”': 0x94 })[c] ?? c.charCodeAt(0));
    expect(decodeText(bytes)).toEqual({ text: LINE, encoding: 'windows-1252' });
  });

  it('reads Latin-1 å, ä and ö the same way', () => {
    expect(decodeText(new Uint8Array([0x46, 0xf6, 0x72, 0x20, 0xe5, 0x72, 0x20, 0xc4]))).toEqual({ text: 'För år Ä', encoding: 'windows-1252' });
  });

  it('reads UTF-16 by its byte order mark, either byte order', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'Möte'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...'Möte'].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decodeText(le)).toEqual({ text: 'Möte', encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text: 'Möte', encoding: 'utf-16be' });
  });

  it('keeps a long Windows-1252 file whole', () => {
    const bytes = new Uint8Array(50_000).fill(0xe4);
    const { text } = decodeText(bytes);
    expect(text.length).toBe(50_000);
    expect(new Set(text)).toEqual(new Set(['ä']));
  });
});
