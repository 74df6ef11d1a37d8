import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { hasSignatureLayout } from '../../src/segment/signature-layout.ts';
import { parseSignatures } from '../../src/segment/signatures.ts';

const signatures = (text: string) => parseSignatures(linesFromText(text)[0]!);

describe('signatures', () => {
  it('reads the name under a note-taker\'s role when where the signer works follows it after a comma', () => {
    expect(signatures('Vid pennan\nTyra Malm, Länsstyrelsen')).toEqual([{ role: 'Vid pennan', name: 'Tyra Malm' }]);
  });
  it('reads two roles on one row and the two names on the next', () => {
    expect(signatures('Vid anteckningarna\tJusteras\nMärta Åkesson\tAnna Öberg')).toEqual([
      { role: 'Vid anteckningarna', name: 'Märta Åkesson' },
      { role: 'Justeras', name: 'Anna Öberg' },
    ]);
  });
  it('prints a role without the speck OCR read before it', () => {
    expect(signatures('Vid protokollet\t"Justeras\nIrma Falk\tOve Ström')).toEqual([
      { role: 'Vid protokollet', name: 'Irma Falk' },
      { role: 'Justeras', name: 'Ove Ström' },
    ]);
  });
  it('reads "Justerare" beside a name below another signature as a signature, the signing dots lost', () => {
    expect(signatures('Ordförande\tIrma Falk\nJusterare\tOve Ström')).toEqual([
      { role: 'Ordförande', name: 'Irma Falk' },
      { role: 'Justerare', name: 'Ove Ström' },
    ]);
  });
  it('splits two signers with their roles read as one cell', () => {
    expect(parseSignatures(linesFromText('Irma Falk, sekreterare\n\nOve Ström, ordförande Ada Bergh, justerare')[0]!, [], { closing: true })).toEqual([
      { role: 'sekreterare', name: 'Irma Falk' },
      { role: 'ordförande', name: 'Ove Ström' },
      { role: 'justerare', name: 'Ada Bergh' },
    ]);
  });
  it('spells a role matched one OCR slip away inside a word as the catalogue does', () => {
    expect(signatures('Anhtecknat av: Irma Falk')).toEqual([{ role: 'Antecknat av', name: 'Irma Falk' }]);
  });
  it('keeps a role printed with another ending as printed', () => {
    expect(signatures('Ordförande\tJusterat\nIrma Falk\tOve Ström')[1]).toEqual({ role: 'Justerat', name: 'Ove Ström' });
  });
  it('splits two names read as one cell with a speck colon between them', () => {
    expect(signatures('Vid protokollet Justeras\nIrma Falk: Ove Ström')).toEqual([
      { role: 'Vid protokollet', name: 'Irma Falk' },
      { role: 'Justeras', name: 'Ove Ström' },
    ]);
  });
  it('does not take one role beside a speck cell for a row of signature roles', () => {
    expect(hasSignatureLayout(linesFromText('ordförande\t:\nAda Bergh (C)')[0]!)).toBe(false);
  });
  it('splits two names read as one cell', () => {
    expect(signatures('Vid anteckningarna Justeras\nMärta Åkesson Anna Öberg')).toEqual([
      { role: 'Vid anteckningarna', name: 'Märta Åkesson' },
      { role: 'Justeras', name: 'Anna Öberg' },
    ]);
  });
  it('reads a protokoll block of dotted lines with each name below', () => {
    expect(signatures('Sekreterare\t..........\n\tMikael Sörensen\nOrdförande\t..........\n\tKerstin Åhlén')).toEqual([
      { role: 'Sekreterare', name: 'Mikael Sörensen' },
      { role: 'Ordförande', name: 'Kerstin Åhlén' },
    ]);
  });
  it('reads names typed above their roles', () => {
    expect(signatures('Göran Hällström\tMalin Åberg\nOrdförande\tNämndsekreterare')).toEqual([
      { role: 'Ordförande', name: 'Göran Hällström' },
      { role: 'Nämndsekreterare', name: 'Malin Åberg' },
    ]);
  });
  it('is empty for a sentence that starts with a role word', () => {
    expect(signatures('Ordförande Karin Ståhl hälsade alla välkomna')).toEqual([]);
  });
});

describe('signature rows of other shapes', () => {
  const sign = (text: string) => parseSignatures(linesFromText(text)[0]!).map((s) => [s.role, s.name]);
  it('gives one role to every name on the row below it', () => {
    expect(sign('Justeras\n\nEva Lindkvist        Björn Åström')).toEqual([
      ['Justeras', 'Eva Lindkvist'],
      ['Justeras', 'Björn Åström'],
    ]);
  });
  it('reads "Name, role" rows under dotted lines, dropping the heading over them', () => {
    expect(sign('Justeras:\n\n…………………………\nIngvar Lövgren, ordförande\n\n…………………………\nSiv Åkerlund, justerare')).toEqual([
      ['ordförande', 'Ingvar Lövgren'],
      ['justerare', 'Siv Åkerlund'],
    ]);
  });
  it('takes "Justerare" with a dotted line as a role to sign', () => {
    expect(sign('Justerare        ………………………\n                 Tobias Hellström')).toEqual([['Justerare', 'Tobias Hellström']]);
  });
  it('reads "Name, role" cells under a "Justeras" heading as one signature each', () => {
    expect(signatures('Justeras\nCarina Öhrn, ordförande        Stefan Wååg, justerare')).toEqual([
      { role: 'ordförande', name: 'Carina Öhrn' },
      { role: 'justerare', name: 'Stefan Wååg' },
    ]);
  });
});

describe('a lone adjusters label inside a signature block', () => {
  it('reads "Justerare" over a name after other signatures as a signature', () => {
    expect(signatures('Sekreterare\nTherese Sköld\n\nOrdförande\nEbba Rönnholm\n\nJusterare\nYvonne Lindgård')).toEqual([
      { role: 'Sekreterare', name: 'Therese Sköld' },
      { role: 'Ordförande', name: 'Ebba Rönnholm' },
      { role: 'Justerare', name: 'Yvonne Lindgård' },
    ]);
  });
  it('leaves a lone "Justerare" with no signature above it to the head block', () => {
    expect(signatures('Justerare\nYvonne Lindgård')).toEqual([]);
  });
});

describe('closing rows without dotted lines', () => {
  it('reads a row of nothing but "Justerare" labels as two roles over two names', () => {
    expect(signatures('Justerare\t\tJusterare\nIrma Westin\t\tKlas Dahlberg')).toEqual([
      { role: 'Justerare', name: 'Irma Westin' },
      { role: 'Justerare', name: 'Klas Dahlberg' },
    ]);
  });
  it('reads "Name, role" cells as signatures in the closing block', () => {
    const lines = linesFromText('Irma Westin, sekreterare\n\nKlas Dahlberg, ordförande\t\tTora Blom, justerare')[0]!;
    expect(parseSignatures(lines, [], { closing: true })).toEqual([
      { role: 'sekreterare', name: 'Irma Westin' },
      { role: 'ordförande', name: 'Klas Dahlberg' },
      { role: 'justerare', name: 'Tora Blom' },
    ]);
  });
  it('does not read "Name, role" as a signature outside the closing block without a dotted line', () => {
    expect(signatures('Irma Westin, sekreterare')).toEqual([]);
  });
});

describe('titles printed under the names of a block heading', () => {
  it('gives each signer the title printed below the name', () => {
    expect(signatures('Vid protokollet\nIrma Westin\nsekreterare\n\nJusteras\nKlas Dahlberg\t\tTora Blom\nordförande\t\tjusterare')).toEqual([
      { role: 'sekreterare', name: 'Irma Westin' },
      { role: 'ordförande', name: 'Klas Dahlberg' },
      { role: 'justerare', name: 'Tora Blom' },
    ]);
  });
  it('keeps "Justeras" as the role of a second block that follows the first', () => {
    expect(signatures('Vid protokollet\nIrma Westin\nJusteras\nKlas Dahlberg')).toEqual([
      { role: 'Vid protokollet', name: 'Irma Westin' },
      { role: 'Justeras', name: 'Klas Dahlberg' },
    ]);
  });
});

describe('signing lines of underscores', () => {
  it('reads "Ordförande ____   Justerare ____" as two roles over two names', () => {
    expect(signatures('Ordförande ____________\tJusterare ____________\nIrma Westin\tKlas Dahlberg')).toEqual([
      { role: 'Ordförande', name: 'Irma Westin' },
      { role: 'Justerare', name: 'Klas Dahlberg' },
    ]);
  });
});

describe('two signers under one heading read as one cell', () => {
  it('splits "Justeras" / "Irma Westin Klas-Åke Dahlberg" at known names', () => {
    const lines = linesFromText('Justeras\n\nIrma Westin Klas-Åke Dahlberg')[0]!;
    expect(parseSignatures(lines, ['Irma Westin', 'Klas-Åke Dahlberg'])).toEqual([
      { role: 'Justeras', name: 'Irma Westin' },
      { role: 'Justeras', name: 'Klas-Åke Dahlberg' },
    ]);
  });
  it('keeps one signer with a long name when the names are not known', () => {
    const lines = linesFromText('Justeras\n\nIrma Westin Dahlberg')[0]!;
    expect(parseSignatures(lines, [])).toEqual([{ role: 'Justeras', name: 'Irma Westin Dahlberg' }]);
  });
});

describe('a row of signature roles without dotted lines', () => {
  it('counts as a signature layout', () => {
    expect(hasSignatureLayout(linesFromText('Sekreterare\tOrdförande\tJusterande\nIrma Westin\tKlas Dahlberg\tTora Blom')[0]!)).toBe(true);
  });
  it('does not count a labelled field with its value', () => {
    expect(hasSignatureLayout(linesFromText('Sekreterare: Irma Westin')[0]!)).toBe(false);
  });
});

describe('more signing lines', () => {
  it('reads "Justerare ...... Name" with the name on the signing line', () => {
    expect(signatures('Ordförande ............ Irma Westin\nJusterare ............ Klas Dahlberg')).toEqual([
      { role: 'Ordförande', name: 'Irma Westin' },
      { role: 'Justerare', name: 'Klas Dahlberg' },
    ]);
  });
  it('lets "Justeras" sign for every name left over when two headings stand over three names', () => {
    expect(signatures('Vid protokollet\tJusteras\nIrma Westin\tKlas Dahlberg\tTora Blom')).toEqual([
      { role: 'Vid protokollet', name: 'Irma Westin' },
      { role: 'Justeras', name: 'Klas Dahlberg' },
      { role: 'Justeras', name: 'Tora Blom' },
    ]);
  });
  it('keeps the body after "i" or "för" in the title under the signer\'s name', () => {
    expect(signatures('Gunvor Lidén\nordförande i kyrkofullmäktige')).toEqual([{ role: 'ordförande i kyrkofullmäktige', name: 'Gunvor Lidén' }]);
    expect(signatures('Tage Rönn\nsekreterare för valnämnden')).toEqual([{ role: 'sekreterare för valnämnden', name: 'Tage Rönn' }]);
  });
  it('reads the town and day beside "Protokollet justerat" as when the minutes were adjusted, and the names below as the adjusters who sign', () => {
    expect(signatures('Protokollet justerat\tAspby 12.6.2024\n\nLeo Grahn\t\tMaja Wendt')).toEqual([
      { role: 'Protokollet justerat', name: 'Leo Grahn' },
      { role: 'Protokollet justerat', name: 'Maja Wendt' },
    ]);
    expect(signatures('Justeras\tAspby den 12 juni 2024\nLeo Grahn\tMaja Wendt')).toEqual([
      { role: 'Justeras', name: 'Leo Grahn' },
      { role: 'Justeras', name: 'Maja Wendt' },
    ]);
  });
  it('drops "Protokollet justerat" with its town and day where the adjusters signed on a row of their own above', () => {
    expect(signatures('Underskrifter\tIda Sköld\tOlle Vik\n\tordförande\tsekreterare\n\nProtokolljusterare\tLeo Grahn\tMaja Wendt\n\nProtokollet justerat\tAspby 12.6.2024')).toEqual([
      { role: 'ordförande', name: 'Ida Sköld' },
      { role: 'sekreterare', name: 'Olle Vik' },
      { role: 'Protokolljusterare', name: 'Leo Grahn' },
      { role: 'Protokolljusterare', name: 'Maja Wendt' },
    ]);
  });
  it('gives the adjuster the title printed in lower case under the name below "Protokollet justerat"', () => {
    expect(signatures('Protokollet justerat\n\nAnders Sten\nprotokolljusterare')).toEqual([{ role: 'protokolljusterare', name: 'Anders Sten' }]);
  });
});

describe('a title under only some of the adjusters', () => {
  it('keeps the block heading as every signer\'s role and adds no signer for "ordförande" under the first name', () => {
    expect(signatures('Justeras\n\nVilja Trosk\tEbbe Mulm\nordförande')).toEqual([
      { role: 'Justeras', name: 'Vilja Trosk' },
      { role: 'Justeras', name: 'Ebbe Mulm' },
    ]);
  });
});
