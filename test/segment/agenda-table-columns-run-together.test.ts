import { describe, expect, it } from 'vitest';
import { headings } from './by-field/segment-text.ts';

// A föredragningslista "Nr | Ärende | Dnr | Handläggare | Bilaga" whose column gaps OCR closed up.
const table = [
  'Nr Ärende . Dnr Handläggare Bilaga',
  '',
  'Beslutsärenden',
  '1 — Val av justerare',
  '2 Godkännande av dagordningen',
  '3 — Taxa för bygglov 2024 2023/88 Ulla Grip 1',
  '4 Strandskydd vid Ekmora brygga 2023/91 + Bo Stare 2-3',
  '5 Meddelanden” 2023/5 Ulla Grip',
].join('\n');

describe('an agenda table whose column gaps OCR closed up', () => {
  it('reads a number whose gap OCR read as a dash as one of the column\'s numbers, past a group heading under the header', () => {
    expect(headings(table).map(([n]) => n)).toEqual(['1', '2', '3', '4', '5']);
  });
  it('ends each title at the Dnr column\'s bare registry number', () => {
    expect(headings(table).map(([, t]) => t)).toEqual(['Val av justerare', 'Godkännande av dagordningen', 'Taxa för bygglov 2024', 'Strandskydd vid Ekmora brygga', 'Meddelanden”']);
  });
  it('keeps a school year in a title where the header names no Dnr column', () => {
    const text = 'Nr Ärende\n1 Val av justerare\n2 Skolplan 2024/25 för Ekmora\n3 Meddelanden';
    expect(headings(text)[1]).toEqual(['2', 'Skolplan 2024/25 för Ekmora']);
  });
});
