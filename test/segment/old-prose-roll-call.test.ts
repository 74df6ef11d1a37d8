import { describe, expect, it } from 'vitest';
import { attendeesOfProtokoll, segment } from './by-field/segment-text.ts';

describe('an older prose roll call with a serving substitute and a managing director', () => {
  it('reads "samt suppleanten X, tjänstgörande för ledamoten Y": X serves, Y is absent', () => {
    const m = segment('Protokoll\nStyrelsen\n\nDatum: 2025-04-09\n\nNärvarande voro: ordföranden Vilja Trosk, ledamöterna Ebbe Mulm och Saga Frell samt suppleanten Ivar Lundkvist, tjänstgörande för ledamoten Tora Vinge.\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'ordförande'],
      ['Ebbe Mulm', 'ledamot'],
      ['Saga Frell', 'ledamot'],
      ['Ivar Lundkvist', 'tjänstgörande suppleant'],
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Tora Vinge']);
  });
  it('reads "VD Ebbe Mulm" in capitals before the name as the role', () => {
    expect(attendeesOfProtokoll('Övriga: VD Ebbe Mulm, ekonomichef Saga Frell')).toEqual([
      ['Ebbe Mulm', null, 'VD'],
      ['Saga Frell', null, 'ekonomichef'],
    ]);
  });
});

describe('typewritten § signs read as letters, with dust after the number', () => {
  it('reads "s 1.", "sg 2. -", "s 3. j : |" as a chain of paragraphs', () => {
    const m = segment('Protokoll\nStyrelsen\n\nDatum: 2025-04-09\n\ns 1.\nOrdföranden förklarade sammanträdet öppnat.\n\nsg 2. -\nTill justeringsmän utsågos Ebbe Mulm och Saga Frell.\n\ns 3. j : |\nBeslöts att köpa en ny skrivmaskin.\n');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });
});
