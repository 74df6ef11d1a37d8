import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { dashedAgendaHeadings } from '../../src/segment/dashed-agenda.ts';

const lines = (text: string) => linesFromText(text).flat();

describe('an agenda of bullets as OCR reads them', () => {
  it('reads guillemets and a lone "e" as bullets, and a row whose bullet was lost between bulleted ones', () => {
    const text = ['Förslag till dagordning', '', '» Mötet öppnas', '', 'Val av sekreterare', '', 'e Kassörens rapport', '» Sommarfesten på Ekmora äng', 'Övriga frågor \'', '', '» Mötet avslutas', '', 'Anmäl förhinder till Ada Ek.', '', 'Välkomna!'].join('\n');
    expect(dashedAgendaHeadings(lines(text)).map((h) => [h.number, h.title])).toEqual([
      ['1', 'Mötet öppnas'],
      ['2', 'Val av sekreterare'],
      ['3', 'Kassörens rapport'],
      ['4', 'Sommarfesten på Ekmora äng'],
      ['5', 'Övriga frågor'],
      ['6', 'Mötet avslutas'],
    ]);
  });

  it('takes no unmarked rows after the last bullet', () => {
    const text = ['Dagordning', '• Mötet öppnas', '• Ekonomi', '• Övriga frågor', 'Ring Ada Ek vid förhinder', 'Välkomna'].join('\n');
    expect(dashedAgendaHeadings(lines(text)).map((h) => h.title)).toEqual(['Mötet öppnas', 'Ekonomi', 'Övriga frågor']);
  });

  it('reads the short rows right under the agenda heading as points where every bullet was lost', () => {
    const text = ['Förslag till dagordning', 'Mötet öppnas', 'Val av justerare', 'e Båtplatserna: nya avgifter', 'Övriga frågor \'', 'Mötet avslutas', '', 'Välkomna!'].join('\n');
    expect(dashedAgendaHeadings(lines(text)).map((h) => h.title)).toEqual(['Mötet öppnas', 'Val av justerare', 'Båtplatserna: nya avgifter', 'Övriga frågor', 'Mötet avslutas']);
  });

  it('reads no plain list from prose or labels under the heading', () => {
    const text = ['Dagordning', 'Plats: Ekmora skola', 'Tid: 18.00', 'Styrelsen träffas i skolan.', 'Ta med kaffe'].join('\n');
    expect(dashedAgendaHeadings(lines(text))).toEqual([]);
  });
});
