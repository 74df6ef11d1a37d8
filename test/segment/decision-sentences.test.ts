import { describe, expect, it } from 'vitest';
import {
  AFTER_CLAUSE_DECISION,
  BODY_DECISION,
  IMPERSONAL_DECISION,
  PASSIVE_DECISION,
  PAST_MEETING_DECISION,
  PRESENT_DECISION,
} from '../../src/segment/decision-sentences.ts';

describe('a sentence that records a decision', () => {
  it('reads a body and its present-tense deciding verb as a decision', () => {
    expect(PRESENT_DECISION.test('Byggnämnden i Lilleby beslutar att bevilja bygglov')).toBe(true);
    expect(BODY_DECISION.test('Fritidsnämnden godkänner redovisningen')).toBe(true);
    expect(BODY_DECISION.test('Fritidsnämnden diskuterar redovisningen')).toBe(false);
  });
  it('reads a meeting’s past tense as its decision, but not a council recalling an earlier one', () => {
    expect(PAST_MEETING_DECISION.test('Årsmötet fastställde avgiften')).toBe(true);
    expect(PAST_MEETING_DECISION.test('Kommunfullmäktige antog planen')).toBe(false);
  });
  it('reads the impersonal and after-clause forms of older minutes', () => {
    expect(IMPERSONAL_DECISION.test('Beslöts att skjuta upp frågan')).toBe(true);
    expect(AFTER_CLAUSE_DECISION.test('Sedan ärendet diskuterats, beslöts att anta planen')).toBe(true);
  });
  it('reads a short present-passive formula as a decision, but not the past that reports one', () => {
    expect(PASSIVE_DECISION.test('Informationen noteras.')).toBe(true);
    expect(PASSIVE_DECISION.test('Dagordningen godkändes.')).toBe(false);
  });
  it('reads filing the minutes of a named day as a decision', () => {
    expect(PASSIVE_DECISION.test('Protokollet från den 14 maj 2022 läggs till handlingarna.')).toBe(true);
    expect(PASSIVE_DECISION.test('Protokollet från 2022-05-14 läggs till handlingarna.')).toBe(true);
    expect(PASSIVE_DECISION.test('Protokollet från den 14 maj 2022 lades till handlingarna.')).toBe(false);
  });
  it('reads "att enas om", the infinitive of an aim, as no decision, and "Gruppen enas om" still as one', () => {
    expect(PRESENT_DECISION.test('Syftet med träffen är att enas om en gemensam rutin.')).toBe(false);
    expect(PRESENT_DECISION.test('Gruppen enas om att rutinen gäller från maj.')).toBe(true);
  });
});
