import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLearnedDictionary, updateLearnedDictionary } from '../../src/review/learned-dictionary.ts';

describe('learned dictionary', () => {
  it('creates the file with one original<TAB>corrected pair per line', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'learned-')), 'sub', 'learned.tsv');
    await updateLearnedDictionary(path, { add: [['aret', 'året'], ['Gverskott', 'Överskott']], remove: [] });
    expect(await readFile(path, 'utf8')).toBe('aret\tåret\nGverskott\tÖverskott\n');
  });

  it('keeps other lines, skips duplicates and unstorable pairs, and removes what it is told to', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'learned-')), 'learned.tsv');
    await writeFile(path, '# from an earlier review\ndr\tär\naret\tåret\n');
    const added = await updateLearnedDictionary(path, {
      add: [['aret', 'året'], ['a\tb', 'c'], ['same', 'same'], ['Sj6strom', 'Sjöström']],
      remove: [['dr', 'är']],
    });
    expect(added).toEqual([['Sj6strom', 'Sjöström']]);
    const text = await readFile(path, 'utf8');
    expect(text).toBe('# from an earlier review\naret\tåret\nSj6strom\tSjöström\n');
    expect(parseLearnedDictionary(text)).toEqual([
      ['aret', 'året'],
      ['Sj6strom', 'Sjöström'],
    ]);
  });
});
