import { describe, expect, it } from 'vitest';
import { withoutRecommendations } from '../../src/segment/recommendations.ts';
import { decisions, segment } from './by-field/segment-text.ts';

describe('a recommendation to the body that decides', () => {
  it('is no decision where another body decides in the same item', () => {
    expect(withoutRecommendations(['Styrelsen tillstyrker motionen.', 'Årsmötet beslutade att bifalla motionen.'])).toEqual(['Årsmötet beslutade att bifalla motionen.']);
    expect(withoutRecommendations(['Styrelsen avstyrker motionen.', 'Efter votering beslutade stämman att avslå motionen.'])).toEqual([
      'Efter votering beslutade stämman att avslå motionen.',
    ]);
  });
  it('is the body\'s decision alone, or beside another decision of its own', () => {
    expect(withoutRecommendations(['Nämnden tillstyrker ansökan.'])).toEqual(['Nämnden tillstyrker ansökan.']);
    expect(withoutRecommendations(['Nämnden tillstyrker ansökan.', 'Nämnden beslutar att skicka yttrandet.'])).toEqual([
      'Nämnden tillstyrker ansökan.',
      'Nämnden beslutar att skicka yttrandet.',
    ]);
  });
});

describe('putting a long matter on file', () => {
  it('decides however long the noun phrase of what is put on file', () => {
    expect(decisions('Miljönämnden lägger redovisningen av delegationsbeslut för perioden 1 mars–30 april 2024 till handlingarna.')).toEqual([
      'Miljönämnden lägger redovisningen av delegationsbeslut för perioden 1 mars–30 april 2024 till handlingarna.',
    ]);
  });
});

describe('a title printed over two rows in the heading column', () => {
  const protokoll = (heading: string) => segment(`Protokoll\nTekniska nämnden\n\nDatum: 2024-05-02\n\n${heading}\nDnr TN 2024/3\nText om ärendet.\n\n§ 9\tAvslutning\nMötet avslutades.`);
  it('takes a dashed lower-case tail ("– beslut om samråd") as the end of the title', () => {
    expect(protokoll('§ 8\tDetaljplan för Björkudden 1:4\n\t– beslut om samråd').items[0]!.title).toBe('Detaljplan för Björkudden 1:4 – beslut om samråd');
  });
  it('takes the property designation after "på fastigheten" as the end of the title', () => {
    expect(protokoll('§ 8\tFöreläggande om sotning på fastigheten\n\tMyrbacken 2:15').items[0]!.title).toBe('Föreläggande om sotning på fastigheten Myrbacken 2:15');
  });
  it('leaves an att-clause after a dash to the text', () => {
    expect(protokoll('§ 8\tBudget 2025\n– att fastställa ramarna').items[0]!.title).toBe('Budget 2025');
  });
  it('takes the dashed tail or the designation after a blank row OCR read inside the title', () => {
    expect(protokoll('§ 8\tDetaljplan för Björkudden 1:4\n\n- beslut om samråd').items[0]!.title).toBe('Detaljplan för Björkudden 1:4 - beslut om samråd');
    expect(protokoll('§ 8\tFöreläggande om sotning på fastigheten\n\nMyrbacken 2:15').items[0]!.title).toBe('Föreläggande om sotning på fastigheten Myrbacken 2:15');
  });
});

describe('a decision heading with a speck after it', () => {
  it('reads "Beslut Å" as the heading "Beslut"', () => {
    expect(decisions('Beslut Å\nRådet ordnar en ny skidbacke vid skolan.')).toEqual(['Rådet ordnar en ny skidbacke vid skolan.']);
  });
});

describe('a decision whose sentence before lost its full stop to OCR', () => {
  it('opens at the deciding body written with its capital at the start of a row', () => {
    expect(decisions('Styrelsen föreslog en avgift om 150 kronor för medlem och 250 kronor för fare\nÅrsmötet beslutade enligt styrelsens förslag.')).toEqual([
      'Årsmötet beslutade enligt styrelsens förslag.',
    ]);
  });
  it('does not split a wrapped sentence at a lower-case body', () => {
    expect(decisions('Frågan om bidraget till bygdegården bereds vidare av\nstyrelsen inför nästa möte.')).toEqual([]);
  });
});
