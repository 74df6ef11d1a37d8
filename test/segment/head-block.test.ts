import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { parseHeadBlock } from '../../src/segment/head-block.ts';

function fields(text: string) {
  return parseHeadBlock(linesFromText(text)[0]!).map((f) => [f.kind, f.values]);
}

describe('head block', () => {
  it('gives continuation rows to the label above them', () => {
    expect(fields('Beslutande\tKarin Ståhl (S)\n\tPer Lind (M)\nUtses att justera\tPer Lind (M)')).toEqual([
      ['attendees', ['Karin Ståhl (S)', 'Per Lind (M)']],
      ['adjusters', ['Per Lind (M)']],
    ]);
  });
  it('takes the value of a label alone on its row from the next rows', () => {
    expect(fields('Datum\n2023-10-03\n\nTid\n13:00–15:30')).toEqual([
      ['date', ['2023-10-03']],
      ['time', ['13:00–15:30']],
    ]);
  });
  it('assigns value paragraphs in order when OCR read the label column first', () => {
    expect(fields('Plats och tid\nBeslutande\n\nKommunhuset, kl 13-15\n\nKarin Ståhl (S)\nPer Lind (M)')).toEqual([
      ['placeTime', ['Kommunhuset, kl 13-15']],
      ['attendees', ['Karin Ståhl (S)', 'Per Lind (M)']],
    ]);
  });
});

describe('labels opening sentences of prose', () => {
  it('splits "Närvarande var … Förhinder hade …" into two fields without the verbs', () => {
    const fields = parseHeadBlock(linesFromText('Närvarande var Anna Ek (Haninge) och Per Öst (Tyresö). Förhinder hade Karin Sjö (Nacka).')[0]!);
    expect(fields.map((f) => [f.kind, f.values[0]])).toEqual([
      ['attendees', 'Anna Ek (Haninge) och Per Öst (Tyresö).'],
      ['absent', 'Karin Sjö (Nacka).'],
    ]);
  });
});

describe('people tables', () => {
  it('reads a table row as one person and skips the column-header row', () => {
    const text = 'Deltagare\nNamn    Organisation    Funktion\nGöran Ek    Sundbybergs stad    ordförande\nHedda Ny    Solna stad';
    const fields = parseHeadBlock(linesFromText(text)[0]!);
    expect(fields).toEqual([{ kind: 'attendees', label: 'Deltagare', values: ['Göran Ek, Sundbybergs stad, ordförande', 'Hedda Ny, Solna stad'] }]);
  });
  it('drops specks at the edges of a table row\'s cells before joining them', () => {
    const text = 'Deltagare\nNamn    Organisation\nGöran Ek :    Sundbybergs stad\nHedda Ny    :-Solna stad';
    expect(parseHeadBlock(linesFromText(text)[0]!)[0]!.values).toEqual(['Göran Ek, Sundbybergs stad', 'Hedda Ny, Solna stad']);
  });
  it('drops a cell of specks alone beside a wrapped list row', () => {
    const text = 'Deltagare: Ivar Ek (Salem), Greta\nBo (Tyresö), Nils    :\nHed (Nacka)';
    expect(parseHeadBlock(linesFromText(text)[0]!)[0]!.values).toEqual(['Ivar Ek (Salem), Greta', 'Bo (Tyresö), Nils', 'Hed (Nacka)']);
  });
  it('drops a lone lower-case letter beside a value as a speck', () => {
    expect(fields('Närvarande\nSalems kommun: Ivar Ek    i\nNacka kommun: Greta Hed')).toEqual([
      ['attendees', ['Salems kommun: Ivar Ek', 'Nacka kommun: Greta Hed']],
    ]);
  });
  it('leaves a lone letter from the page edge out of a list row', () => {
    expect(parseHeadBlock(linesFromText('Närvarande:\n- Ivar Ek – ordförande\n- Greta Hed    i\n- Nils Bo')[0]!)[0]!.values.join(' | ')).not.toMatch(/\bi\b/);
  });
  it('gives a role wrapped alone onto the next row back to the cell that ended in a comma', () => {
    const text = 'Ledamöter\nIvar Ek (M),\tGreta Hed (S), vice ordförande\nordförande\nNils Bo (L)\tAda Bergh (C)';
    expect(fields(text)).toEqual([
      ['attendees', ['Ivar Ek (M), ordförande', 'Greta Hed (S), vice ordförande', 'Nils Bo (L)', 'Ada Bergh (C)']],
    ]);
  });
  it('finishes "vice" with the role wrapped under it in a list read in two labelled columns', () => {
    const text = 'Ledamöter\tErsättare\nIvar Ek (S), vice\tNils Bo (S)\nordförande\t:\nAda Bergh (C)';
    expect(fields(text)).toEqual([
      ['attendees', ['Ivar Ek (S), vice ordförande', 'Ada Bergh (C)']],
      ['substitutes', ['Nils Bo (S)']],
    ]);
  });
  it('skips a column-header row whose gaps OCR closed into one cell', () => {
    const fields = parseHeadBlock(linesFromText('Deltagare\nNamn Organisation Funktion\nGöran Ek Sundbybergs stad ordförande')[0]!);
    expect(fields[0]!.values).toEqual(['Göran Ek, Sundbybergs stad, ordförande']);
  });
  it('keeps a row with the role before the name inside the people list', () => {
    const fields = parseHeadBlock(linesFromText('Närvarande:\nOrdförande Anna Ek, Botkyrka\nSekreterare Lars Hägg, Salem\nIngrid Sjö, Södertälje')[0]!);
    expect(fields).toHaveLength(1);
    expect(fields[0]!.values).toEqual(['Anna Ek, Botkyrka, ordförande', 'Lars Hägg, Salem, sekreterare', 'Ingrid Sjö, Södertälje']);
  });
  it('still reads "Sekreterare: Name" after a list as a field of its own', () => {
    const fields = parseHeadBlock(linesFromText('Närvarande:\nAnna Ek, Botkyrka\nSekreterare: Lars Hägg')[0]!);
    expect(fields.map((f) => f.kind)).toEqual(['attendees', 'signature']);
  });
});

describe('speckles after a label', () => {
  it('reads the rows below "Frånvarande: ." as its value', () => {
    expect(parseHeadBlock(linesFromText('Frånvarande: .\nJonas Berg, Botkyrka kommun\nElin Sör, Nacka kommun')[0]!).map((f) => [f.kind, f.values])).toEqual([
      ['absent', ['Jonas Berg, Botkyrka kommun', 'Elin Sör, Nacka kommun']],
    ]);
  });
  it('keeps a speckle cell beside a label from fixing the value column', () => {
    const line = (text: string, cells: string[], cellX: number[]) => ({ page: 1, text, cells, cellX });
    const lines = [line('Frånvarande: .', ['Frånvarande:', '.'], [187, 480]), line('Jonas Berg, Botkyrka kommun', ['Jonas Berg, Botkyrka kommun'], [186])];
    expect(parseHeadBlock(lines).find((f) => f.kind === 'absent')?.values).toEqual(['Jonas Berg, Botkyrka kommun']);
  });
});

describe('a sentence naming who came from the organisation', () => {
  it('joins the prose row that wraps inside a name', () => {
    const text = 'Från kommunen deltog Ebba Lind. Från klubbarna deltog Nora\nSvedin (Alby IK) och Pål Ek (Tullinge SK).';
    const others = parseHeadBlock(linesFromText(text)[0]!).filter((f) => f.kind === 'others').flatMap((f) => f.values);
    expect(others.join(' ')).toContain('Nora Svedin (Alby IK)');
  });
});

describe('agenda heading below a value', () => {
  it('ends the place value at "Föredragningslista" in the same column', () => {
    const line = (text: string) => ({ page: 1, text, cells: [text], cellX: [214] });
    const place = parseHeadBlock([line('Plats: Messingen, sal Runby'), line('Föredragningslista')]).find((f) => f.kind === 'place');
    expect(place?.values).toEqual(['Messingen, sal Runby']);
  });
  it('ends the place value at a group of the agenda ("Beslutsärenden") in the same column', () => {
    const line = (text: string) => ({ page: 1, text, cells: [text], cellX: [214] });
    const place = parseHeadBlock([line('Plats: Messingen, sal Runby'), line('Anmälningsärenden')]).find((f) => f.kind === 'place');
    expect(place?.values).toEqual(['Messingen, sal Runby']);
  });
  it('ends the place value at the document\'s title printed below it', () => {
    expect(fields('Lokal: Rum 4 / Teams\nMinnesanteckningar, styrgruppen för Ekudden')).toEqual([['place', ['Rum 4 / Teams']]]);
  });
  it('ends the place value at the head of an agenda table read as one cell', () => {
    expect(fields('Plats Rådhuset, sal Ek\nÄrende Dnr')).toEqual([['place', ['Rådhuset, sal Ek']]]);
  });
  it('ends a meeting value at a note to the reader', () => {
    expect(fields('Tid och plats: Onsdag 3 april 2024 kl. 18.00, Bygdegården\nOBS! Fika kl. 17.30.')).toEqual([
      ['placeTime', ['Onsdag 3 april 2024 kl. 18.00, Bygdegården']],
    ]);
  });
});

describe('a row of labels over a row of values', () => {
  it('pairs each meeting label with the value below it', () => {
    expect(fields('Datum\tTid\tLokal\n2021-11-09\t10:00–11:30\tBiblioteket, rum Tärnan\nDeltagare: Ivar Holm')).toEqual([
      ['date', ['2021-11-09']],
      ['time', ['10:00–11:30']],
      ['place', ['Biblioteket, rum Tärnan']],
      ['attendees', ['Ivar Holm']],
    ]);
  });
  it('leaves a label row alone when the row below has another number of cells', () => {
    expect(fields('Datum\tTid\n2021-11-09 kl 10')).toEqual([
      ['date', ['2021-11-09 kl 10']],
      ['time', []],
    ]);
  });
});

describe('OCR blank rows inside head values', () => {
  it('keeps a people table together across blank rows when every row is a name and an organisation', () => {
    expect(fields('Deltagare Organisation\n\nIvar Holm Tyresö kommun\n\nElna Fors Haninge kommun\n\nLinus Berg Region Stockholm')).toEqual([
      ['attendees', ['Ivar Holm Tyresö kommun', 'Elna Fors Haninge kommun', 'Linus Berg Region Stockholm']],
    ]);
  });
  it('goes on with a date value whose month wrapped past a blank row', () => {
    expect(fields('Plats och tid\tBiblioteket, onsdagen den 14\n\nfebruari 2024 kl. 9.00–10.30')).toEqual([
      ['placeTime', ['Biblioteket, onsdagen den 14', 'februari 2024 kl. 9.00–10.30']],
    ]);
  });
  it('still ends a date value at a blank row before prose', () => {
    expect(fields('Tid: 2024-02-14 kl 9\n\nMötet hölls i biblioteket.')).toEqual([['time', ['2024-02-14 kl 9']]]);
  });
});

describe('an attendance table with marks', () => {
  it('takes the rows marked x as attendees and the rows marked – as absent', () => {
    expect(fields('Närvarolista\nNamn\tUppdrag\tNärvarande\nIvar Holm\tordförande\tx\nElna Fors\tledamot\t–\nLinus Berg\tkassör\tX')).toEqual([
      ['attendees', ['Ivar Holm, ordförande', 'Linus Berg, kassör']],
      ['absent', ['Elna Fors, ledamot']],
    ]);
  });
  it('reads a table without a presence column as before', () => {
    expect(fields('Deltagare\nNamn\tKommun\nIvar Holm\tTyresö')).toEqual([['attendees', ['Ivar Holm, Tyresö']]]);
  });
});

describe('a list printed in two columns', () => {
  it('keeps each cell of a row of members as a person of its own', () => {
    expect(fields('Ledamöter\nIvar Holm (M), ordförande\tElna Fors (S)\nLinus Berg (L)\tTyra Ek (C)')).toEqual([
      ['attendees', ['Ivar Holm (M), ordförande', 'Elna Fors (S)', 'Linus Berg (L)', 'Tyra Ek (C)']],
    ]);
  });
});

describe('a people table with the name column second', () => {
  it('moves the name first, so that the first column becomes the organisation', () => {
    expect(fields('Deltagare\nKommun\tNamn\nTyresö\tIvar Holm\nHaninge\tElna Fors')).toEqual([
      ['attendees', ['Ivar Holm, Tyresö', 'Elna Fors, Haninge']],
    ]);
  });
});

describe('members and substitutes side by side', () => {
  it('gives each column of names to the label above it', () => {
    expect(fields('Ledamöter\tErsättare\nIvar Holm (M)\tElna Fors (M)\nLinus Berg (S)\tTyra Ek (S)\nOlle Vik (C)')).toEqual([
      ['attendees', ['Ivar Holm (M)', 'Linus Berg (S)', 'Olle Vik (C)']],
      ['substitutes', ['Elna Fors (M)', 'Tyra Ek (S)']],
    ]);
  });
});

describe('a signing block under "Underskrifter" whose dotted lines OCR dropped', () => {
  it('gives each role the name on the row below it and keeps the people listed after the block', () => {
    const fields = parseHeadBlock(linesFromText('Underskrifter\nSekreterare\nNils Ek\nOrdförande\nGun Ros\nBeslutande\nGun Ros (M), ordförande\nAli Berg (S)')[0]!);
    expect(fields.filter((f) => f.kind === 'signature').map((f) => f.values)).toEqual([['Nils Ek'], ['Gun Ros']]);
    expect(fields.find((f) => f.kind === 'attendees')?.values).toEqual(['Gun Ros (M), ordförande', 'Ali Berg (S)']);
  });
});

describe('stacked signing roles whose names OCR lost', () => {
  const head = [
    'Paragrafer $$ 1-4',
    'Underskrifter',
    'Sekreterare',
    'Ordförande',
    'Justerande',
    'Tove Brink',
    'Beslutande',
    '',
    'Alva Kjellin (M), ordförande',
    '',
    'Tove Brink (S)',
    '',
    'Övriga närvarande',
    '',
    'Inez Wall (V), ersättare',
    'Hampus Ros, förvaltningschef',
  ].join('\n');
  it('gives the people under a later list label to that list, not to the roles left waiting', () => {
    const read = fields(head);
    expect(read.find(([kind]) => kind === 'others')).toEqual(['others', ['Inez Wall (V), ersättare', 'Hampus Ros, förvaltningschef']]);
    expect(read.filter(([kind]) => kind === 'signature').map(([, values]) => values)).toEqual([['Tove Brink'], [], []]);
  });
});

describe('a people list grouped by function, the gap after each function closed', () => {
  const head = 'Närvarande\tOrdförande Å Vilja Trosk\n\tVice ordförande Ebbe Mulm\n\tMedlemmar Saga Frell\n\tTor Ahl\nFrånvarande\tMedlem Alva Kjellin';
  it('drops the member group word before a name', () => {
    const read = fields(head);
    expect(read.find(([kind]) => kind === 'absent')).toEqual(['absent', ['Alva Kjellin']]);
    expect(read.find(([kind]) => kind === 'attendees')?.[1]).toContain('Saga Frell');
  });
  it('keeps "Ledamot" before a name with an organisation after it, a role column\'s word', () => {
    expect(fields('Deltagare\tLedamot Tora Vik Norrby kommun\n\tLedamot Sten Ås Söderby kommun')[0]![1]).toEqual(['Ledamot Tora Vik Norrby kommun', 'Ledamot Sten Ås Söderby kommun']);
  });
  it('drops a lone capital Å read in the gap after a role', () => {
    expect(fields(head).find(([kind]) => kind === 'attendees')?.[1]).toContain('Vilja Trosk, ordförande');
  });
});
