// The roles a signing block prints under or beside a signature, defined once for every reader of such blocks.

/**
 * A signer's role: the chair and the secretary, alone or opening a compound ("mötesordförande", "nämndsekreterare",
 * "vice ordförande"), whoever keeps the minutes or notes, and those who adjust them ("justerare", "justerande",
 * "justeringsperson"). A source for building patterns, case-insensitive and with the `u` flag.
 */
export const SIGNER_ROLE_SOURCE = String.raw`(?:vice\s+)?\p{L}*(?:ordförande|sekreterare|protokollförare|justerare|justerande|antecknare|mötesledare|sammankallande)|justeringsperson`;

/** "Vid protokollet", "Vid pennan", "Vid anteckningarna": the phrase the one who kept the minutes signs under. */
export const NOTE_KEEPING_PHRASE_SOURCE = String.raw`vid\s+(?:protokollet|pennan|anteckningarna)`;

/** A signer's role and nothing else: "Ordförande", "vice ordförande", "Nämndsekreterare". */
export const SIGNER_ROLE = new RegExp(`^(?:${SIGNER_ROLE_SOURCE})$`, 'iu');

/**
 * What a signing block's row can say in place of a name's role: a role, the note-keeper's phrase, or "Justeras", the
 * heading the adjusters sign under.
 */
export const SIGNING_LINE_WORDS_SOURCE = `${SIGNER_ROLE_SOURCE}|${NOTE_KEEPING_PHRASE_SOURCE}|justeras`;
