import { describe, expect, it } from 'vitest';
import { segment } from './segment-text.ts';

describe('adjusters chosen in a point split the signature row OCR closed', () => {
  it('reads "Till att jämte ordföranden justera protokollet valdes A och B." as the adjusters', () => {
    const m = segment('Protokoll fört vid månadsmöte\nPRO Lappvik\n\nTid: 14.00–16.00\n\n1. Öppnande\nText.\n\n2. Val av justerare\nTill att jämte ordföranden justera protokollet valdes Aune Kivi och Sixten Rova.\n\n3. Avslutning\nText.');
    expect(m.adjusters).toEqual(['Aune Kivi', 'Sixten Rova']);
  });
  it('splits "Justeras:" over "Aune Kivi Sixten Rova" (no gap left between the two) at the names chosen in the point', () => {
    const m = segment(
      'Protokoll fört vid månadsmöte\nPRO Lappvik\n\nTid: 14.00–16.00\n\nNärvarande: 30 medlemmar\n\n1. Öppnande\nText.\n\n2. Val av justerare\nTill att jämte ordföranden justera protokollet valdes Aune Kivi och Sixten Rova.\n\n3. Avslutning\nText.\n\nJusteras:\nAune Kivi Sixten Rova',
    );
    expect(m.signatures).toEqual([
      { role: 'Justeras', name: 'Aune Kivi' },
      { role: 'Justeras', name: 'Sixten Rova' },
    ]);
  });
});
