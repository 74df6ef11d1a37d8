import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { withDamagedRoleBeforeScraps } from '../../src/segment/damaged-role-before-scraps.ts';
import { isLeaderScraps } from '../../src/segment/signing-line-scraps.ts';
import { segment } from './by-field/segment-text.ts';

describe('reads a signing block whose dotted lines a dark scan turned into letters', () => {
  it('takes a role damaged past reading before such scraps for the role it is nearest to', () => {
    expect(withDamagedRoleBeforeScraps(documentLine(1, ['Öekteteräré ooo meressensonnnrnnnnnnnsRRRSSRSIRE NSF'])).cells).toEqual(['Sekreterare ooo meressensonnnrnnnnnnnsRRRSSRSIRE NSF']);
    const prose = documentLine(1, ['Sekretessen gäller enligt lagen om offentlighet']);
    expect(withDamagedRoleBeforeScraps(prose)).toBe(prose);
    const exact = documentLine(1, ['Justerare. ooo ereereereereresreresnesrennenen ennen']);
    expect(withDamagedRoleBeforeScraps(exact)).toBe(exact);
  });

  it('reads capitals and a stray capitalised word among dotted letters as scraps, never a name or a long compound', () => {
    expect(isLeaderScraps('SBNNSSSSST TUE NANER NAN NS ENSE Kane')).toBe(true);
    expect(isLeaderScraps('ooo ereereereereresreresnesrennenen ennen tererererereer ere RR ARA Renner')).toBe(true);
    expect(isLeaderScraps('SSSSSSSS Tora Vinge')).toBe(false);
    expect(isLeaderScraps('För arbetstagarorganisationerna')).toBe(false);
  });

  it('signs with every role and splits the adjusters\' row at the names of those present', () => {
    const m = segment(
      'PROTOKOLL\nKommunfullmäktige\n\nDatum\t2022-05-10\nBeslutande\tTora Vinge (C), ordförande\n\tEbbe Malm (S)\n\tIda Ros (M)\n\tOve Sten (V)\n' +
        'Justerare\tEbbe Malm och Ida Ros\n\nUnderskrifter\n' +
        'Öekteteräré ooo meressensonnnrnnnnnnnsRRRSSRSIRE NSF\nOve Sten\n' +
        'Ordförande SBNNSSSSST TUE NANER NAN NS ENSE Kane\nTora Vinge\n' +
        'Justerare. ooo ereereereereresreresnesrennenen ennen tererererereer ere RR ARA Renner\nEbbe Malm Ida Ros\n\n' +
        '§ 1 Val av justerare\nKommunfullmäktige utser Ebbe Malm och Ida Ros att justera protokollet.\n',
    );
    expect(m.signatures).toEqual([
      { role: 'Sekreterare', name: 'Ove Sten' },
      { role: 'Ordförande', name: 'Tora Vinge' },
      { role: 'Justerare', name: 'Ebbe Malm' },
      { role: 'Justerare', name: 'Ida Ros' },
    ]);
    expect(m.adjusters).toEqual(['Ebbe Malm', 'Ida Ros']);
  });
});

describe('reads OCR damage in a member list', () => {
  it("reads a member's party printed as the figure 5 as S, and a speck before the title as no part of it", () => {
    const m = segment("PROTOKOLL\nKommunfullmäktige\n\nDatum\t2022-05-10\nBeslutande\tTora Vinge (5)\n\tEbbe Malm (C), '1:e vice ordförande\n\n§ 1 Val av justerare\nText.\n");
    expect(m.attendees).toEqual([
      { name: 'Tora Vinge', organisation: 'S', role: null },
      { name: 'Ebbe Malm', organisation: 'C', role: '1:e vice ordförande' },
    ]);
  });
  it("reads a member's party printed as the dollar sign as S", () => {
    const m = segment('PROTOKOLL\nKommunfullmäktige\n\nDatum\t2022-05-10\nBeslutande\tTora Vinge ($)\n\tEbbe Malm (C)\n\n§ 1 Val av justerare\nText.\n');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Tora Vinge', 'S'],
      ['Ebbe Malm', 'C'],
    ]);
  });
});
