import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// Plain OCR text of informal notes and invitations: no tabs, the columns read into one row, specks in the gaps.
describe('OCR of the lists in informal notes and invitations', () => {
  it('ends the place at an invitation\'s "Program" heading with no blank row between', () => {
    const m = segment('INBJUDAN\n\ntill träff i fjällnätverket\n\nDag: Torsdagen den 14 april 1994\nTid: Kl. 13.00-16.00\nPlats: Fjällby skola, Skolvägen 2\nProgram\n\n1. Kaffe\n2. Nya regler\n\nVälkomna!');
    expect(m.meeting?.place).toBe('Fjällby skola, Skolvägen 2');
  });
  it('reads a first name whose capital OCR lost before a surname\'s initial, further into a list ("Oliver S., wilma B.")', () => {
    const m = segment('Minnesanteckningar\nFjällrådet\n\nDatum: 2025-03-05\n\nNärvarande: Tyra M. (ordförande), Orvar L., wilma B., Ebbe S.\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => [p.name.replace(/\.$/u, ''), p.organisation])).toEqual([['Tyra M', null], ['Orvar L', null], ['Wilma B', null], ['Ebbe S', null]]);
  });
  it('reads the names of a video meeting\'s attendance report whose columns OCR read into each row', () => {
    const m = segment('Minnesanteckningar\nFjällnätverket\n\nDatum: 2025-10-21\nTid: 09.00-11.00\n\n1. Start\nText.\n\n2. Slut\nText.\n\nNärvarorapport (exporterad från Teams)\n\nNamn . Anslöt Lämnade «Varaktighet\nVilja Trosk | 08:56 11:02 . 2 h 6 min\nSaga Frell "09:04 10:15 1h11 min');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([['Vilja Trosk', null], ['Saga Frell', null]]);
  });
  it('reads present and absent printed side by side, each row\'s two people read into one by OCR', () => {
    const m = segment('Fjällby församling\nArbetslagsmöte\n\nMinnesanteckningar 2025-11-04, kl. 9.30-11.30, Fjällby kyrka\n\nNärvarande | . Frånvarande\nTyra Malm, kyrkoherde Ebbe Mulm, vaktmästare\nOrvar Lind, komminister Saga Frell, diakon \'\n\nVilja Trosk, kantor\n\n1. Andakt\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Tyra Malm', 'kyrkoherde'], ['Orvar Lind', 'komminister'], ['Vilja Trosk', 'kantor']]);
    expect(m.absent.map((p) => [p.name, p.role])).toEqual([['Ebbe Mulm', 'vaktmästare'], ['Saga Frell', 'diakon']]);
  });
  it('keeps "name, title" followed by where the person works as one person in such a table', () => {
    const m = segment('Minnesanteckningar\nFjällgruppen\n\nDatum: 2025-11-04\n\nNärvarande Frånvarande\nTyra Malm, handläggare Region Fjällby\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.absent).toEqual([]);
    expect(m.attendees.map((p) => p.name)).toEqual(['Tyra Malm']);
  });
  it('reads a people table row whose column gap OCR closed, "Orvar Lind projektledare", as the name and a known title', () => {
    const m = segment('Minnesanteckningar\nFjällgruppen\n\nDatum: 2025-10-08\n\nDeltagare\n\nTyra Malm skolchef, ordförande\nOrvar Lind projektledare\nSaga Frell - trafikingenjör\nEbbe Mulm Polisen\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Tyra Malm', null, 'skolchef'],
      ['Orvar Lind', null, 'projektledare'],
      ['Saga Frell', null, 'trafikingenjör'],
      ['Ebbe Mulm', 'Polisen', null],
    ]);
  });
  it('drops a dash speck after the name in a people table\'s column gap', () => {
    const m = segment('Minnesanteckningar\nFjällgruppen\n\nDatum: 2025-10-08\n\nDeltagare\nTyra Malm\tskolchef\nOrvar Lind –\tprojektledare\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Tyra Malm', null, 'skolchef'],
      ['Orvar Lind', null, 'projektledare'],
    ]);
  });
  it('reads a decision whose sentence OCR broke with a blank row before its last, lower-case words', () => {
    const m = segment('Minnesanteckningar\nFjällrådet\n\nDatum: 2025-09-24\n\n1. Budget\nOrvar redogjorde för ramen. Rådet ställer sig bakom att träffpunkterna prioriteras i\n\nbudgetarbetet.\n\n2. Slut\nText.');
    expect(m.items[0]!.decisions).toEqual(['Rådet ställer sig bakom att träffpunkterna prioriteras i budgetarbetet.']);
  });
  it('joins a title that wrapped onto the next row of a semicolon list ("…, verksamhetschef" / "äldreomsorg; Orvar Lind, …")', () => {
    const m = segment('Minnesanteckningar\nFjällgruppen\n\nDatum: 2025-11-24\n\nNärvarande: Tyra Malm, socialchef; Saga Frell, verksamhetschef\näldreomsorg; Orvar Lind, controller\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Tyra Malm', 'socialchef'], ['Saga Frell', 'verksamhetschef äldreomsorg'], ['Orvar Lind', 'controller']]);
  });
  it('joins the last title of a semicolon list that wrapped in lower case ("…, samordnare" / "dans och teater")', () => {
    const m = segment('Minnesanteckningar\nFjällgruppen\n\nDatum: 2025-11-03\n\nNärvarande: Tyra Malm, rektor; Saga Frell, samordnare\ndans och teater\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Tyra Malm', 'rektor'], ['Saga Frell', 'samordnare dans och teater']]);
  });
  it('joins a first name OCR gave a stop at the end of the row to the surname on the next ("…, Elin." / "Berg (Åby), …")', () => {
    const m = segment('Minnesanteckningar\nFjällnätverket\n\nDatum: 2025-10-02\n\nDeltagare: Tyra Malm (Fjällby), Orvar Lind (Åby), Elin.\nBerg (Hed), Saga Frell (Ås)\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([['Tyra Malm', 'Fjällby'], ['Orvar Lind', 'Åby'], ['Elin Berg', 'Hed'], ['Saga Frell', 'Ås']]);
  });
});
