import { describe, expect, it } from 'vitest';
import { segment } from './segment-text.ts';

describe('reads the kind of document and the body that holds the meeting', () => {
  it('reads a document word in capitals after the body as the type where OCR closed the header\'s column gap', () => {
    const m = segment('Fjällnämnden KALLELSE\n2024-10-25\n\nDatum: Tisdagen den 5 nov. 2024\nTid: Klockan 13.15\n\n1. Val av justerare\n2. Budget\n3. Information');
    expect(m.documentType).toBe('kallelse');
    expect(m.body).toBe('Fjällnämnden');
  });
  it('reads "Inbjudan till …" with a programme as a kallelse, signed by an officer whose title stands alone under the name', () => {
    const m = segment('Inbjudan till nätverksträff för fjällguider\n\nNär: torsdag 22 maj 2025, 09.30–15.00\nVar: Fjällgården, Trollberg\n\nProgram\n1. Välkommen\n2. Säkerhet på leden\n3. Avslutning\n\nVälkomna!\n\nVilja Trosk\nledutvecklare');
    expect(m.documentType).toBe('kallelse');
    expect(m.signatures).toEqual([{ role: 'ledutvecklare', name: 'Vilja Trosk' }]);
  });
});

describe('reads a document word as the head of a compound', () => {
  it('reads "Styrelseprotokoll nr 3/2025" and "Årsmötesprotokoll" as protokoll', () => {
    expect(segment('Styrelseprotokoll nr 3/2025\n\nDatum: 2025-04-24\n\n1 Öppnande\nText.\n\n2 Avslutning\nText.').documentType).toBe('protokoll');
    expect(segment('Årsmötesprotokoll för Fjällklubben\n\nDatum: 2025-03-02\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.').documentType).toBe('protokoll');
  });
  it('does not read a word that only ends like a document word\'s stem ("Protokollförare") as a compound of it', () => {
    expect(segment('Protokollförare sökes\n\nDatum: 2025-04-24\n\n1. Start\nText.\n\n2. Slut\nText.').documentType).not.toBe('protokoll');
  });
  it('reads "TILLKÄNNAGIVANDE" in the header as a kallelse', () => {
    const m = segment('FJÄLLREGIONEN\tTILLKÄNNAGIVANDE\nRegionfullmäktige\t2025-09-02\n\nRegionfullmäktige sammanträder i Regionhuset, Stora salen, Fjällby, tisdagen den 16 september 2025 kl. 09.30.\n\nÄrenden\n1. Upprop\n2. Val av justerare\n3. Budget 2026\n\nVilja Trosk\nOrdförande');
    expect(m.documentType).toBe('kallelse');
  });
  it('reads the document word in capitals after a body in capitals ("FJÄLLREGIONEN TILLKÄNNAGIVANDE", OCR\'s gap closed) as the type', () => {
    const m = segment('FJÄLLREGIONEN TILLKÄNNAGIVANDE\n\nRegionfullmäktige — 2025-09-02\n\nRegionfullmäktige sammanträder i Regionhuset, Fjällby, tisdagen den 16\nseptember 2025 kl. 09.30. : :\n\nÄrenden\n1. Upprop\n2. Val av justerare\n3. Budget 2026\n\nVilja Trosk\nOrdförande');
    expect(m.documentType).toBe('kallelse');
    expect(m.meeting).toEqual({ date: '2025-09-16', start: '09:30', end: null, place: 'Regionhuset, Fjällby' });
  });
  it('dates a kallelse by its sentence "… sammanträder i … den 16 september 2025 kl. 09.30", not by the letter\'s bare date in the header', () => {
    const m = segment('FJÄLLREGIONEN\tTILLKÄNNAGIVANDE\nRegionfullmäktige\t2025-09-02\n\nRegionfullmäktige sammanträder i Regionhuset, Stora salen, Fjällby, tisdagen den 16 september 2025 kl. 09.30.\n\nÄrenden\n1. Upprop\n2. Val av justerare\n3. Budget 2026\n\nVilja Trosk\nOrdförande');
    expect(m.meeting).toEqual({ date: '2025-09-16', start: '09:30', end: null, place: 'Regionhuset, Stora salen, Fjällby' });
  });
  it('keeps the header\'s date of a kallelse whose sentence names an earlier day (a meeting held before, not the one called)', () => {
    const m = segment('FJÄLLREGIONEN\tKALLELSE\nRegionfullmäktige\t2025-09-16\n\nRegionfullmäktige sammanträder i Regionhuset, Stora salen, Fjällby, tisdagen den 2 september 2025 kl. 09.30.\n\nÄrenden\n1. Upprop\n2. Val av justerare\n3. Budget 2026\n\nVilja Trosk\nOrdförande');
    expect(m.meeting?.date).toBe('2025-09-16');
  });
});

describe('reads an invitation that never says "kallelse"', () => {
  const invitation = segment(
    'Elevrådet i Kalix\n\nHej alla!\n\nElevrådet träffas onsdag 23/4 kl 15–16 på skolans bibliotek, plan 2. Vi bjuder på fika!\n\nAgenda\n1. Välkomna\n2. Skolgården\n3. Övrigt\n\nKalix 15/4 2025\nSaga Lind, elevrådsledare',
  );
  it('reads "… träffas onsdag 23/4 …" over a bare agenda as a kallelse, its day after the letter was signed', () => {
    expect(invitation.documentType).toBe('kallelse');
    expect(invitation.meeting).toEqual({ date: '2025-04-23', start: '15:00', end: '16:00', place: 'skolans bibliotek, plan 2' });
  });
  it('reads a letter saying "Ledamöterna i … kallas härmed till sammanträde" over a bare agenda as a kallelse', () => {
    const letter = segment(
      'Miljönämnden\nTallåsa kommun\n\nLedamöterna i miljönämnden kallas härmed till sammanträde onsdagen den 4 juni 2025 kl. 13.00 i Rådhuset.\n\nÄrenden\n1. Val av justerare\n2. Tillsynsplan\n3. Meddelanden\n\nTallåsa den 20 maj 2025\n\nEbba Roos\nOrdförande',
    );
    expect(letter.documentType).toBe('kallelse');
  });
  it('does not read minutes that report what happened as an invitation', () => {
    const m = segment('Anteckningar\nElevrådet\n\nDatum: 2025-04-23\n\nNärvarande: Saga Lind, Omar Ali\n\n1. Skolgården\nVi träffas med rektor i maj.\n2. Övrigt\nInget.');
    expect(m.documentType).toBe('minnesanteckningar');
  });
});
