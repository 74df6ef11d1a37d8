// What a sentence that records a decision looks like: the deciding verb, the deciding body, the passive formula.

// "Kommunstyrelsen beslutar att", "… föreslår kommunfullmäktige besluta att", "Nätverket beslutade att", "Beslutades att".
// "Efter diskussion beslöts att …", "Efter votering beslutades att …": the impersonal form after how the meeting got there.
// "Gruppen enades om att", "Nätverket kom överens om att" state a decision as well ("… är att enas om", the infinitive,
// is an aim, not a decision), and so does "Parterna är överens om
// att" (or, in the past, "var överens om att"), how a negotiation (samverkan) records what the sides agreed; "Nätverket kom fram till att …" what it concluded.
// "Arbetsgruppen tog beslut om att …", "Styrelsen fattade beslut om att …": the decision as a noun.
// "Stadsfullmäktige hade alltså beslutat att …": the formula that states the outcome after a vote.
export const PRESENT_DECISION = /^(?:[\p{L}\-–’'.]+\s+){0,6}?(?:beslutar|beslöt|beslutade|beslutas\s+att|beslöts\s+att|beslutades\s+att|bestämde|bestämdes\s+att|enades\s+om|(?<!\batt\s)enas\s+om|kom\s+överens\s+om|kom\s+fram\s+till\s+att|kommer\s+överens\s+om|(?:är|var|blev|voro)\s+överens\s+om\s+att|föreslår\s+(?:[\p{L}\-]+\s+){1,3}?(?:att\s+)?besluta|(?:tog|tar|fattade|fattar)\s+(?:ett\s+)?beslut\s+om\s+att|beslutet\s+blev\s+att|(?:hade|har)\s+(?:alltså|således)\s+beslutat\s+att)\b/iu;
// "Beslutades att …", and the older "Beslöts att …".
// "Styrelsen fastställer budgeten", "Kultur- och fritidsnämnden godkänner …", "Nätverket ställer sig bakom …":
// a deciding body and a verb that decides, in the present tense.
// "Tekniska nämnden", "Kommunstyrelsens arbetsutskott": an adjective or a genitive may come first.
// "Mötet väljer Anna Ek att justera …": the meeting itself, as a student union's or association's minutes name it.
export const BODY_SUBJECT = String.raw`(?:\p{L}+[as]\s+)?(?:\p{L}+-\s+och\s+)?\p{L}*(?:styrelsen|nämnden|utskottet|rådet|fullmäktige|årsmötet|stämman|direktionen|presidiet|ledningsgruppen|styrgruppen|nätverket|gruppen|mötet)`;
// "Arbetsutskottet noterar informationen": the active form of the formula "Informationen noteras".
// "Presidiet ger kansliet i uppdrag att …": giving an assignment decides too.
// "Nämnden lägger redovisningen av delegationsbeslut för perioden 1 januari–29 februari 2024 till handlingarna": what is
// put on file can be a long noun phrase, a period with its dates included.
// "Krisledningsnämnden väljer Anna Ek att justera …": choosing someone, as "utser".
// "Arbetsutskottet tackar för informationen": the formula that closes an information point, as "noterar informationen".
const DECIDING_VERB = String.raw`(?:ger\s+(?:\S+\s+){1,3}?i\s+uppdrag|(?:noterar|tackar\s+för)\s+(?:informationen|rapporten|redovisningen|uppföljningen|dragningen)|godkänner|antar|fastställer|beviljar|avslår|bifaller|utser|väljer|tillstyrker|avstyrker|uppdrar|överlämnar|lägger\s+(?:\S+\s+){1,12}?till\s+handlingarna|ställer\s+sig\s+bakom)`;
export const BODY_DECISION = new RegExp(String.raw`^${BODY_SUBJECT}\s+${DECIDING_VERB}\b`, 'iu');
// "Stämman beviljade styrelsen ansvarsfrihet", "Årsmötet fastställde avgiften": the past tense of an association's or
// company's meeting, a network or a working group decides too. A council or committee writes its own decisions in the
// present tense; "Kommunfullmäktige antog planen 2019" in its minutes recalls an earlier one.
const MEETING_SUBJECT = String.raw`(?:\p{L}*stämman|årsmötet|\p{L}*styrelsen|nätverket|\p{L}*gruppen)`;
// "Stämman valde Eva Ek till ordförande", "Årsmötet omvalde …": electing someone, as "utsåg".
const DECIDED_VERB = String.raw`(?:godkände|antog|fastställde|beviljade|avslog|biföll|utsåg|(?:om|ny)?valde|tillstyrkte|avstyrkte|uppdrog|ställde\s+sig\s+bakom)`;
export const PAST_MEETING_DECISION = new RegExp(String.raw`^${MEETING_SUBJECT}\s+${DECIDED_VERB}\b`, 'iu');
// "Mötet noterade att kostchefen bjuds in …", "Direktionen noterade informationen.": what the meeting itself took note
// of is the conclusion it came to, in the past tense as in the present ("noterar informationen").
export const NOTED_BY_MEETING = new RegExp(String.raw`^${BODY_SUBJECT}\s+noterade\s+(?:informationen|rapporten|redovisningen|uppföljningen|lägesrapporten|att)\b`, 'iu');
// "The group agreed to move …", "The board decided that …": an international project's notes in English.
export const ENGLISH_DECISION = /^(?:the\s+(?:\p{L}+\s+)?(?:group|board|committee|network|meeting|partners|steering\s+group)|we)\s+(?:agreed|decided|approved)\b/iu;
export const IMPERSONAL_DECISION = /^(?:det\s+)?(?:beslutades|beslöts)\b/iu;
// "Ordföranden uppdrogs att …", "Kansliet fick i uppdrag att …": an assignment given, in the passive of older minutes or
// as what someone got, decides as "ger … i uppdrag" does.
export const ASSIGNMENT_GIVEN = /^(?:\p{L}[\p{L}\-]*\s+){1,3}(?:uppdrogs|fick\s+i\s+uppdrag)\s+att\b/iu;
// "Rådet röstade för att pengarna …", "Styrelsen röstade ja till att …": the body's own vote carries the decision.
export const VOTED_DECISION = new RegExp(String.raw`^${BODY_SUBJECT}\s+röstade\s+(?:för|ja\s+till)\s+att\b`, 'iu');
// "Efter omröstning med 29 röster mot 5 beslutade mötet att …", "Med 12 röster mot 3 beslöt stämman att …": a phrase
// saying how the meeting got there, then the verb before its subject, as Swedish puts it after such a phrase.
export const AFTER_PHRASE_DECISION = /^(?:efter|med|vid)\s+(?:[\p{L}\d\-–]+\s+){0,8}?(?:beslutade|beslöt|beslutar)\s+(?:\p{L}+\s+){0,2}?att\b/iu;
// "Sedan ärendet diskuterats, beslöts att …", "När frågan belysts, beslutade nämnden att …": a clause on how the matter
// was handled, its comma, then the decision with the verb first, as Swedish word order puts it after such a clause.
export const AFTER_CLAUSE_DECISION = /^(?:sedan|när|då|efter\s+att)\s+[^.!?,]{3,80},\s+(?:beslöts\s+|beslutades\s+|(?:beslöt|beslutade)\s+(?:\p{L}+\s+){1,2}?)att\b/iu;
// "Informationen noteras.", "Redovisningen läggs till handlingarna.": a short sentence in the present passive is the
// formula a protokoll decides with. The past ("Dagordningen godkändes.") reports what happened.
// "Ärendet bordläggs.", "Ärendet återremitteras.": putting a matter off or sending it back decides it for now.
// "Dagordningen godkänns med tillägg av ett ärende om …, som behandlas under § 9.": approving with an addition or a change
// names what was added, at any length. "Protokollet från den 21 september läggs till handlingarna": the subject may name
// the day of the minutes it files.
export const PASSIVE_DECISION = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2}(?:\s+från\s+(?:den\s+)?(?:\d{1,2}\s+\p{Ll}+(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}))?\s+(?:noteras|godkänns|antas|fastställs|bifalls|avslås|beviljas|bordläggs|återremitteras|avskrivs|läggs\s+till\s+handlingarna)\b(?:[^.!?]{0,40}|\s+med\s+(?:tillägg|tillägget|tilläggen|ändring|ändringen|ändringar|ändringarna|följande)\b.{0,160}?)[.!]?$/u;
