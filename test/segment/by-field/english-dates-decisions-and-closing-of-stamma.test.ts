import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/segment/swedish-dates.ts';
import { decisions, segment } from './segment-text.ts';

describe('notes of an international project, partly in English', () => {
  it('reads "14 May 2025" and "11 June 2025" as dates', () => {
    expect(findDates('Date: 14 May 2025').map((d) => d.iso)).toEqual(['2025-05-14']);
    expect(findDates('Next meeting: 11 June 2025, 13:00').map((d) => d.iso)).toEqual(['2025-06-11']);
  });
  it('reads "The group agreed to …" as a decision', () => {
    expect(decisions('Budgeten diskuterades.\nThe group agreed to move 5 000 euro to travel.')).toEqual(['The group agreed to move 5 000 euro to travel.']);
  });
  it('reads "Minutes taken by Ida Ros" without a colon as the signature', () => {
    const m = segment('Minutes\nProjektgruppen\n\nDate: 14 May 2025\n\n1. Status\nText.\n\n2. Budget\nText.\n\nMinutes taken by Ida Ros');
    expect(m.signatures).toEqual([{ role: 'Minutes taken by', name: 'Ida Ros' }]);
  });
});

describe('the end of a stämma', () => {
  it('reads "… och avslutade stämman kl. 14.20" as the end', () => {
    const m = segment('VÄGFÖRENINGEN\n\nProtokoll fört vid årsstämma lördagen den 12 april 2025 kl. 13.00 i bygdegården.\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutande\nOrdföranden tackade och avslutade stämman kl. 14.20.');
    expect(m.meeting).toMatchObject({ start: '13:00', end: '14:20' });
  });
});

describe('a dated sentence whose place OCR wrapped with specks', () => {
  it('reads "… kl. 13.00 i Storbyns" / "- bygdegård. i" as the place "Storbyns bygdegård"', () => {
    const m = segment('VÄGFÖRENINGEN\n\nProtokoll fört vid årsstämma lördagen den 12 april 2025 kl. 13.00 i Storbyns\n- bygdegård. i\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutande\nText.');
    expect(m.meeting?.place).toBe('Storbyns bygdegård');
  });
});
