import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { decidesNothing } from '../../src/segment/undecided-cells.ts';

const TABLE = [
  'Minnesanteckningar',
  'Arbetsgruppen för kulturskolan',
  '',
  'Datum: 2025-05-06',
  '',
  'Punkt\tÄrende\tBeslut/Åtgärd\tAnsvarig',
  '1\tLägesrapport\tRektorn informerade om att tre lärare slutar till hösten.\tLena Ås',
  '2\tAvgifter\tAvgiften för instrumenthyra höjs till 400 kronor per termin.\tLena Ås',
  '3\tÖvriga frågor\tInga.\t',
].join('\n');

describe('cells of a decision column that decide nothing', () => {
  it('reads no decision from a cell that only reports what someone told the meeting, and none from "Inga."', () => {
    const items = segmentMinutes({ text: TABLE }, { file: 'x.txt', pages: 1 }).items;
    expect(items.map((i) => i.decisions)).toEqual([[], ['Avgiften för instrumenthyra höjs till 400 kronor per termin.'], []]);
  });
  it('keeps a report that ends in what the meeting decided', () => {
    expect(decidesNothing('Eva redovisade förslaget och gruppen ställde sig bakom det.')).toBe(false);
    expect(decidesNothing('Minnesanteckningarna gicks igenom och godkändes.')).toBe(false);
  });
});
