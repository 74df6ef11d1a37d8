import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../src/segment/labels.ts';

describe('labels', () => {
  it('reads the label that says whom to tell of an absence as no list of the absent', () => {
    expect(matchLabel('Förhinder anmäls till\tNämndsekreterare Eva Ek, 08-123 45')).toMatchObject({ kind: 'ignored' });
    expect(matchLabel('Förhinder: Eva Ek')).toMatchObject({ kind: 'absent', rest: 'Eva Ek' });
  });
  it('prefers the longest label', () => {
    expect(matchLabel('Plats och tid Kommunhuset')).toMatchObject({ kind: 'placeTime', rest: 'Kommunhuset' });
  });
  it('finds a label behind a speck read as a spaced stop', () => {
    expect(matchLabel('. Närvarande: Ivar Ek')).toMatchObject({ kind: 'attendees', rest: 'Ivar Ek' });
  });
  it('does not take the dots of a signing line for a speck before a label', () => {
    expect(matchLabel('.......... Ivar Ek')).toBeNull();
  });
  it('leaves a speck in the gap before the value out of the value', () => {
    expect(matchLabel('Beslutande > Ivar Ek (S)')).toMatchObject({ kind: 'attendees', rest: 'Ivar Ek (S)' });
  });
  it('matches case-insensitively with a colon', () => {
    expect(matchLabel('DELTAGARE: Anna Ek')).toMatchObject({ kind: 'attendees', rest: 'Anna Ek' });
  });
  it('accepts one OCR slip in a long label', () => {
    expect(matchLabel('Beslutonde Karin Ståhl (S)')).toMatchObject({ kind: 'attendees' });
  });
  it('demands an exact match for short labels', () => {
    expect(matchLabel('Tio personer deltog')).toBeNull();
  });
  it('ignores a word that merely starts like a label', () => {
    expect(matchLabel('Platsen var trång')).toBeNull();
  });
});

describe('association vocabulary', () => {
  it('reads "Närvarande suppleanter" as substitutes, not as a qualified attendee label', () => {
    expect(matchLabel('Närvarande suppleanter: Vera Tullgren')).toMatchObject({ kind: 'substitutes', label: 'Närvarande suppleanter', rest: 'Vera Tullgren' });
  });
  it('reads "Närvarande ordinarie ledamöter" as attendees with the whole label taken off', () => {
    expect(matchLabel('Närvarande ordinarie ledamöter: Vera Tullgren')).toMatchObject({ kind: 'attendees', rest: 'Vera Tullgren' });
  });
  it('reads "Deltog:" as attendees', () => {
    expect(matchLabel('Deltog: Orvar Klingberg (controller)')).toMatchObject({ kind: 'attendees', rest: 'Orvar Klingberg (controller)' });
  });
});

describe('speckles before a label', () => {
  it('reads a label behind a quote speckle', () => {
    expect(matchLabel('"Tid: kl. 18.00')).toMatchObject({ kind: 'time', rest: 'kl. 18.00' });
  });
});

describe('labels in other word orders and for other organisations', () => {
  it('reads "Ledamöter närvarande" and "Ersättare närvarande"', () => {
    expect(matchLabel('Ledamöter närvarande:')).toMatchObject({ kind: 'attendees', rest: '' });
    expect(matchLabel('Ersättare närvarande:')).toMatchObject({ kind: 'substitutes', rest: '' });
  });
  it('reads "Frånvaro:" as absent', () => {
    expect(matchLabel('Frånvaro: Tyra Lundell')).toMatchObject({ kind: 'absent', rest: 'Tyra Lundell' });
  });
  it('reads "Från bolaget" and "Från kansliet: …" as the organisation\'s own staff', () => {
    expect(matchLabel('Från bolaget')).toMatchObject({ kind: 'others', rest: '' });
    expect(matchLabel('Från kansliet: Tyra Lundell, handläggare')).toMatchObject({ kind: 'others', rest: 'Tyra Lundell, handläggare' });
  });
  it('does not read a sentence starting with "Från" as a label', () => {
    expect(matchLabel('Från och med mars gäller nya regler.')).toBeNull();
  });
});

describe('sammanträde labels', () => {
  it('reads "Sammanträdestid", "Sammanträdesplats" and "Sammanträdesdag"', () => {
    expect(matchLabel('Sammanträdestid: kl. 9')).toMatchObject({ kind: 'time' });
    expect(matchLabel('Sammanträdesplats: Biblioteket')).toMatchObject({ kind: 'place' });
    expect(matchLabel('Sammanträdesdag: 2021-03-02')).toMatchObject({ kind: 'date' });
  });
  it('reads "Tjänstgörande ersättare" as substitutes', () => {
    expect(matchLabel('Tjänstgörande ersättare')).toMatchObject({ kind: 'substitutes' });
  });
});

describe('one label for date, time and place', () => {
  it('reads "Datum, tid och plats:" as place and time', () => {
    expect(matchLabel('Datum, tid och plats: 2021-03-02 kl 9, Biblioteket')).toMatchObject({ kind: 'placeTime', rest: '2021-03-02 kl 9, Biblioteket' });
  });
});

describe('a count after a label', () => {
  it('drops "(4)" after "Deltagare"', () => {
    expect(matchLabel('Deltagare (4): Tyra Ek; Ivar Holm')).toMatchObject({ kind: 'attendees', rest: 'Tyra Ek; Ivar Holm' });
  });
});

describe('more absence labels and staff sentences', () => {
  it('reads "Anmälda förhinder:" as absent', () => {
    expect(matchLabel('Anmälda förhinder: Tyra Ek')).toMatchObject({ kind: 'absent', rest: 'Tyra Ek' });
  });
  it('reads "Från kommunen deltog A och B." as the organisation\'s staff', () => {
    expect(matchLabel('Från kommunen deltog Tyra Ek och Ivar Holm.')).toMatchObject({ kind: 'others', rest: 'Tyra Ek och Ivar Holm.' });
  });
});

describe('a short label that needs its colon', () => {
  it('reads "Med: …" as attendees but not "Med anledning av …"', () => {
    expect(matchLabel('Med: Tyra Ek, Ivar Holm')).toMatchObject({ kind: 'attendees', rest: 'Tyra Ek, Ivar Holm' });
    expect(matchLabel('Med anledning av detta beslutades')).toBeNull();
  });
});

describe('a qualifier in brackets after a label', () => {
  it('drops "(ej tjänstgörande)" after "Ersättare"', () => {
    expect(matchLabel('Ersättare (ej tjänstgörande)')).toMatchObject({ kind: 'substitutes', rest: '' });
  });
});

describe('"Sammanträdesrum" as a label', () => {
  it('labels the place alone in its cell or with its colon', () => {
    expect(matchLabel('Sammanträdesrum')?.kind).toBe('place');
    expect(matchLabel('Sammanträdesrum: Rådhuset, rum Ekorren')).toMatchObject({ kind: 'place', rest: 'Rådhuset, rum Ekorren' });
  });
  it('is the start of the place itself when words follow it without a colon', () => {
    expect(matchLabel('Sammanträdesrum Tallen, kommunhuset, plan 3')).toBeNull();
    expect(matchLabel('sammanträdesrum, Ekby.')).toBeNull();
  });
});

describe('a label whose first letter OCR set apart', () => {
  it('reads "F rånvarande: …" as the absence label with its value', () => {
    expect(matchLabel('F rånvarande: Ivar Sund, Knivsta')).toMatchObject({ kind: 'absent', rest: 'Ivar Sund, Knivsta' });
  });
  it('reads no label from an initial before an ordinary word', () => {
    expect(matchLabel('K arlsson redovisade budgeten')).toBeNull();
  });
});
