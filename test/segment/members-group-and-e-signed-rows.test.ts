import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

describe('reads members named after their plural function, one with a function of their own', () => {
  it('gives each the group\'s function, and the one with a function after the name that function', () => {
    const m = segment('PROTOKOLL\nKommunfullmäktige\nSammanträdesdag 1979-05-14\n\nNärvarande: ledamöterna Tora Vinge, ordförande, Ebbe Malm, Ida Ros och Ove Sten.\n\n§ 1. JUSTERING\nBeslöts att utse Ebbe Malm att justera protokollet.\n');
    expect(m.attendees).toEqual([
      { name: 'Tora Vinge', organisation: null, role: 'ordförande' },
      { name: 'Ebbe Malm', organisation: null, role: 'ledamot' },
      { name: 'Ida Ros', organisation: null, role: 'ledamot' },
      { name: 'Ove Sten', organisation: null, role: 'ledamot' },
    ]);
  });
});

describe('reads a closing block of rows that name the signer, the title and the e-signing stamp', () => {
  it('signs each row with its title', () => {
    const m = segment(
      'PROTOKOLL\nFritidsnämnden\nDatum: 2023-11-14\n\n§ 41 Val av justerare\nNämnden utser Ebbe Malm att justera protokollet.\n\n§ 42 Taxor 2024\nNämnden beslutar att anta taxorna.\n\n' +
        'Justering\nTora Vinge, ordförande, signerat digitalt 2023-11-16 10:12\nEbbe Malm, justerare, signerat digitalt 2023-11-17 08:30\nIda Ros, sekreterare, signerat digitalt 2023-11-15 15:40\n',
    );
    expect(m.signatures).toEqual([
      { role: 'ordförande', name: 'Tora Vinge' },
      { role: 'justerare', name: 'Ebbe Malm' },
      { role: 'sekreterare', name: 'Ida Ros' },
    ]);
  });
});

describe('reads a roll call in prose on the row under its label', () => {
  const roll = (first: string) =>
    `PROTOKOLL\nfört vid sammanträde med skolstyrelsen den 12 mars 1964\n\nNärvarande:\n${first} Tora Vinge, vice ordförande Ebbe Malm, ledamöterna Ida\nRos, Ove Sten och Ada Lund samt skolchefen Bo Ek.\n\n§ 1. JUSTERING\nBeslöts att utse Ida Ros att justera protokollet.\n`;
  const expected = [
    { name: 'Tora Vinge', organisation: null, role: 'ordförande' },
    { name: 'Ebbe Malm', organisation: null, role: 'vice ordförande' },
    { name: 'Ida Ros', organisation: null, role: 'ledamot' },
    { name: 'Ove Sten', organisation: null, role: 'ledamot' },
    { name: 'Ada Lund', organisation: null, role: 'ledamot' },
    { name: 'Bo Ek', organisation: null, role: 'skolchef' },
  ];

  it('reads the function in lower case that opens the list as no label of its own', () => {
    expect(segment(roll('ordförande')).attendees).toEqual(expected);
  });

  it('reads a function one letter off as that function', () => {
    expect(segment(roll('drdförande')).attendees).toEqual(expected);
  });
});
