import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon, repairText, type Lexicon } from '../../src/repair/index.ts';

let lexicon: Lexicon;
beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'rare-')), 'words.txt');
  writeFileSync(file, 'blömpa\nskrövla\n');
  lexicon = await loadLexicon({ dictionaries: [file] });
  // The frequency list marks "blömpa" as a rare word (below 1 per million).
  lexicon.frequency.set('blömpa', 0.2);
});

describe('rare readings', () => {
  it('flags, never applies, a reading the frequency list marks as rare', () => {
    const { text, corrections } = repairText('en blompa till', lexicon, { threshold: 0.8 });
    expect(text).toBe('en blompa till');
    const flagged = corrections.find((c) => c.original === 'blompa');
    if (flagged) expect(flagged.applied).toBe(false);
  });
  it('still applies an ordinary listed reading', () => {
    const { text } = repairText('en skrovla till', lexicon, { threshold: 0.8 });
    expect(text).toBe('en skrövla till');
  });
});
