import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

describe('specks OCR read before a body name and for a bullet', () => {
  it('reads the body under a speck standing before its name, so its proposal to another body is its decision', () => {
    const minutes = segment(
      'PROTOKOLL\n\n. Kulturnämnden i Norrby\n\nSammanträdesdatum: 2023-03-02\nTid: 18.00-19.00\n\n' +
        '§ 5 Taxa för stadsbiblioteket\nDnr KN 2023/4\nKulturnämnden föreslår kommunfullmäktige att anta den nya taxan.\n\n' +
        '§ 6 Anmälningar\nKulturnämnden lägger anmälningarna till handlingarna.\n',
    );
    expect(minutes.items[0]!.decisions).toEqual(['Kulturnämnden föreslår kommunfullmäktige att anta den nya taxan.']);
  });
  it('reads att-clauses bulleted with guillemets, over blank rows, as part of the decision', () => {
    const minutes = segment(
      'PROTOKOLL\nStyrelsen för Norrby bildningsförbund\nDatum: 2023-11-20\n\n§ 31 Verksamhetsplan\nKansliet presenterade förslaget.\n\n' +
        'Styrelsen beslutar\n\n» att fastställa verksamhetsplanen för 2024,\n\n» att fastställa budgeten för 2024.\n\n§ 32 Övrigt\nInget.\n',
    );
    expect(minutes.items[0]!.decisions[0]).toContain('att fastställa budgeten för 2024');
  });
});
