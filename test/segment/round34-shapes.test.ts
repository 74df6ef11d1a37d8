import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { parsePerson } from '../../src/segment/person.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-34 shapes', () => {
  it('drops which points a guest came for and reads an acronym beside a guest as where they work', () => {
    expect(parsePerson('Ola Ek, Region Stockholm (punkt 3)', 'other')).toEqual({ name: 'Ola Ek', organisation: 'Region Stockholm', role: null });
    expect(parsePerson('Ola Ek, SKR', 'other')).toEqual({ name: 'Ola Ek', organisation: 'SKR', role: null });
    expect(parsePerson('Ola Ek, MAS', 'other')?.role).toBe('MAS');
  });
  it('reads "hela gruppen utom X" as X absent and names no one present', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2024-03-05\nNärvarande: hela arbetsgruppen utom Siv Dahl\n\n1. Start\nText.');
    expect(m.attendees).toEqual([]);
    expect(m.absent.map((p) => p.name)).toEqual(['Siv Dahl']);
  });
  it('keeps the title printed with a function\'s holder as the role', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2024-03-05\nMötesledare: Siv Dahl, enhetschef\n\n1. Start\nText.');
    expect(m.attendees).toEqual([{ name: 'Siv Dahl', organisation: null, role: 'enhetschef' }]);
  });
  it('starts a kallelse at its first point\'s time in a right-hand column', () => {
    const m = segment('Kallelse\nNämnden\n\nDatum: 2024-03-05\nPlats: Rådhuset\n\n1. Upprop\t18.30\n2. Budget\t18.45');
    expect(m.meeting).toMatchObject({ date: '2024-03-05', start: '18:30' });
    expect(m.items.map((i) => i.title)).toEqual(['Upprop', 'Budget']);
  });
});

describe('the header "Ärende | Tid" of an agenda with times', () => {
  it('ends the place above it and labels no time', async () => {
    const { parseHeadBlock } = await import('../../src/segment/head-block.ts');
    const { linesFromText } = await import('../../src/segment/document-lines.ts');
    expect(parseHeadBlock(linesFromText('Plats: Rådhuset, sal A\nÄrende\tTid\n')[0]!)).toEqual([{ kind: 'place', label: 'Plats', values: ['Rådhuset, sal A'] }]);
  });
});

describe('a speck read as a colon before a decision row', () => {
  it('does not keep the row from opening a decision', async () => {
    const { extractDecisions } = await import('../../src/segment/decisions.ts');
    const { linesFromText } = await import('../../src/segment/document-lines.ts');
    expect(extractDecisions(linesFromText(': Nämnden beslutar att anta planen.')[0]!)).toEqual(['Nämnden beslutar att anta planen.']);
  });
});
