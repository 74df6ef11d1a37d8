import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { isContinuationMark, joinPages } from '../../src/segment/page-seams.ts';
import { segment } from './by-field/segment-text.ts';

describe('rows that mark text continued over a page', () => {
  it('recognises "forts.", "Forts. § 32", "§ 46 (forts.)", "forts. på nästa sida" and the typewriter\'s "./."', () => {
    for (const row of ['forts.', 'Forts.', '(forts.)', 'Forts. § 32', '§ 46 (forts.)', '§ 7 forts', 'forts. på nästa sida', 'Fortsättning från föregående sida', './.', 'Forts, § 12']) {
      expect(isContinuationMark(row, false)).toBe(true);
    }
  });
  it('takes the document\'s name marked as continued only at the top of a page', () => {
    expect(isContinuationMark('Minnesanteckningar, forts.', true)).toBe(true);
    expect(isContinuationMark('Minnesanteckningar, forts.', false)).toBe(false);
  });
  it('leaves rows that merely begin with the word as text', () => {
    expect(isContinuationMark('Fortsatt arbete med budgeten', true)).toBe(false);
    expect(isContinuationMark('Arbetet fortsätter i höst.', true)).toBe(false);
  });
});

describe('joins the pages of a document', () => {
  it('drops the continuation marks at the foot and the head of a page', () => {
    const rows = joinPages(linesFromText('§ 3 Gräsklippning\nText om klippning.\n\n\tforts.\f§ 3 (forts.)\nMer om klippning.').map((page) => page));
    expect(rows.map((r) => r.text).filter(Boolean)).toEqual(['§ 3 Gräsklippning', 'Text om klippning.', 'Mer om klippning.']);
  });
  it('keeps a sentence whole when it breaks off at a page foot and goes on in lower case', () => {
    const rows = joinPages(linesFromText('Föreningen beslutade att köpa en ny\n\n\f\nsnöslunga till gården.'));
    expect(rows.map((r) => r.text)).toEqual(['Föreningen beslutade att köpa en ny', 'snöslunga till gården.']);
  });
  it('keeps the blank rows where a page ends with a finished sentence', () => {
    const rows = joinPages(linesFromText('Mötet öppnades.\n\f\nandra sidan börjar i gemener'));
    expect(rows.map((r) => r.text)).toEqual(['Mötet öppnades.', '', '', 'andra sidan börjar i gemener']);
  });
});

describe('decisions and items across a page break', () => {
  const footer = 'Justerandes sign\tUtdragsbestyrkande';
  const header = (n: number) => `Grönviks kommun\tProtokoll\tSida ${n} av 2\nFritidsnämnden`;
  const text =
    `${header(1)}\n\nDatum: 2024-02-06\n\n§ 4 Badplatser\nNämnden beslutar\natt öppna Lövsjöbadet i juni,\natt uppdra åt förvaltningen att\n\n${footer}\f` +
    `${header(2)}\n\nForts. § 4\nbeställa nya bryggor.\n\n§ 5 Avslutning\nMötet avslutades.\n\n${footer}`;
  it('reads an att-list whose last clause is on the next page as one decision', () => {
    expect(segment(text).items[0]!.decisions).toEqual(['Nämnden beslutar att öppna Lövsjöbadet i juni, att uppdra åt förvaltningen att beställa nya bryggor.']);
  });
  it('keeps the running rows and the continuation mark out of the item text', () => {
    expect(segment(text).items[0]!.text).toBe('Nämnden beslutar\natt öppna Lövsjöbadet i juni,\natt uppdra åt förvaltningen att\nbeställa nya bryggor.');
  });
});

describe('continuation marks read by OCR', () => {
  it('recognises the paragraph sign read as 8 ("Forts. 8 32")', () => {
    expect(isContinuationMark('Forts. 8 32', false)).toBe(true);
    expect(isContinuationMark('8 46 (forts.)', false)).toBe(true);
  });
});

describe('rows beyond a continuation mark', () => {
  it('drops a footer OCR garbled past recognition below "forts." and keeps the att-list whole over the page', () => {
    const rows = joinPages(
      linesFromText('Rådet beslöt\natt köpa en ny flagga,\n\nforts.\n\nJUSCEFANdes så. 0ooomeeesEsöRiks\f- 2 -\n\n§ 4 (forts.)\natt hissa den på nationaldagen.'),
    );
    expect(rows.map((r) => r.text).filter(Boolean)).toEqual(['Rådet beslöt', 'att köpa en ny flagga,', 'att hissa den på nationaldagen.']);
  });
});

describe('the word written out near a page edge', () => {
  it('keeps the rows under "Fortsättning" when it heads a part of the text above a page\'s last rows', () => {
    const rows = joinPages(linesFromText('Inledning.\n\nFortsättning\nArbetet går vidare i höst.\nAlla är välkomna.\f§ 2 Avslutning'));
    expect(rows.map((r) => r.text).filter(Boolean)).toEqual(['Inledning.', 'Fortsättning', 'Arbetet går vidare i höst.', 'Alla är välkomna.', '§ 2 Avslutning']);
  });
});

describe('a sentence that breaks off after a word that cannot end it', () => {
  it('goes on over the page into a row that opens with a name', () => {
    const rows = joinPages(linesFromText('Styrelsen beslutade att ge målningen av fasaden till\n\n\fVästby Måleri AB.'));
    expect(rows.map((r) => r.text)).toEqual(['Styrelsen beslutade att ge målningen av fasaden till', 'Västby Måleri AB.']);
  });
  it('keeps the page break after a row that ends in a noun, before a capital', () => {
    const rows = joinPages(linesFromText('Vi pratade om skolgården\n\n\fNästa punkt.'));
    expect(rows.map((r) => r.text)).toEqual(['Vi pratade om skolgården', '', '', 'Nästa punkt.']);
  });
});
