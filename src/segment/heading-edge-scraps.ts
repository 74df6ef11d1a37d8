// "Beslut | d i |", "Beslut ; så Eg Ja |": on a poor scan OCR reads the dust beside a heading alone on its row as
// scraps of a letter or two. No heading goes on in such scraps, and no decision or sentence is made of them alone.
const SCRAP = /^(?:[^\p{L}\d]+|\p{L}{1,2}[^\p{L}\d]*)$/u;

/** The row's first words without the scraps after them, or null when the row goes on in a word of three letters or more. */
export function withoutHeadingEdgeScraps(row: string): string | null {
  const words = row.trim().split(/\s+/u);
  let end = words.length;
  while (end > 1 && SCRAP.test(words[end - 1]!)) end--;
  if (end === words.length || end > 4) return null;
  // "Beslut om ny" / "taxa": short words alone may be a wrapped sentence's; a speck among them shows the page's dust.
  if (!words.slice(end).some((w) => /[^\p{L}\d]/u.test(w))) return null;
  // "Beslut ;": the speck glued to the heading's last word goes with it.
  return words.slice(0, end).join(' ').replace(/[^\p{L}\d]+$/u, '');
}
