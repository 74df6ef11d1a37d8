import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';

const decisions = (text: string) => extractDecisions(linesFromText(text)[0]!);

describe('decisions', () => {
  it('takes the paragraph after "Beslut:"', () => {
    expect(decisions('Diskussion om avgifter.\nBeslut: Nätverket ställer sig bakom förslaget.')).toEqual(['Nätverket ställer sig bakom förslaget.']);
  });
  it('keeps the att-clauses of a proposal to the council with it', () => {
    expect(decisions('Kommunstyrelsen föreslår kommunfullmäktige besluta att\n- godkänna rapporten,\n- uppdra åt direktören.')).toEqual([
      'Kommunstyrelsen föreslår kommunfullmäktige besluta att - godkänna rapporten, - uppdra åt direktören.',
    ]);
  });
  it('takes a decision sentence spanning two rows whole', () => {
    expect(decisions('Ärendet föredras.\nArbetsutskottet beslutar att lägga\ninformationen till handlingarna.')).toEqual([
      'Arbetsutskottet beslutar att lägga informationen till handlingarna.',
    ]);
  });
  it('skips motions under Yrkanden', () => {
    expect(decisions('Yrkanden\nKarin Ståhl (S) yrkar att nämnden beslutar att bifalla förslaget.')).toEqual([]);
  });
  it('skips earlier decisions reported in the background', () => {
    expect(decisions('Sammanfattning\nKommunfullmäktige beslutade 2021 att införa taxan.')).toEqual([]);
  });
  it('takes the paragraph under a body\'s own "beslut" heading', () => {
    expect(decisions('Arbetsutskottets beslut\nÄrendet återremitteras till förvaltningen.')).toEqual(['Ärendet återremitteras till förvaltningen.']);
  });
});

describe('decision phrasings and lists', () => {
  const decide = (text: string) => extractDecisions(linesFromText(text)[0]!);
  it('takes "Gruppen enades om att …" as a decision', () => {
    expect(decide('Diskussion följde.\nGruppen enades om att samla erfarenheterna.')).toEqual(['Gruppen enades om att samla erfarenheterna.']);
  });
  it('splits a dash list straight under "Beslut:" into one decision per row', () => {
    expect(decide('Beslut:\n- Täby ordnar en kanotdag.\n- Övriga återkommer.')).toEqual(['Täby ordnar en kanotdag.', 'Övriga återkommer.']);
  });
  it('ends a decision at the next sub-point "b)"', () => {
    expect(decide('a) Hastighet\nUtskottet beslutar att sänka hastigheten.\nb) Parkering\nUtskottet beslutar att införa förbud.')).toEqual([
      'Utskottet beslutar att sänka hastigheten.',
      'Utskottet beslutar att införa förbud.',
    ]);
  });
  it('splits capitalised "Att" clauses under "Beslut:" into separate decisions', () => {
    expect(decisions('Redovisning.\nBeslut:\nAtt godkänna redovisningen.\nAtt uppdra åt förvaltningarna att ta fram\nhandlingsplaner.')).toEqual([
      'Att godkänna redovisningen.',
      'Att uppdra åt förvaltningarna att ta fram handlingsplaner.',
    ]);
  });
  it('finds a decision on the row below a Dnr line', () => {
    expect(decisions('Dnr TN 2023/7\nNämnden beslutar att lägga redovisningen till handlingarna.')).toEqual([
      'Nämnden beslutar att lägga redovisningen till handlingarna.',
    ]);
  });
  it('finds the decision after a motion under Yrkanden but not the motion itself', () => {
    expect(decisions('Yrkanden\nEva Ek (S) yrkar att nämnden beslutar att avslå förslaget.\nNämnden beslutar att anta taxan.')).toEqual(['Nämnden beslutar att anta taxan.']);
  });
  it('never takes a quoted proposal under Förslag till beslut', () => {
    expect(decisions('Förslag till beslut\nNämnden beslutar att anta taxan.')).toEqual([]);
  });
  it('splits rows under "Beslut:" that are whole sentences each', () => {
    expect(decisions('Beslut:\nGruppen godkänner upplägget.\nSofia bokar lokaler.')).toEqual(['Gruppen godkänner upplägget.', 'Sofia bokar lokaler.']);
  });
  it('keeps a decision wrapped across rows under "Beslut:" as one', () => {
    expect(decisions('Beslut:\nGruppen godkänner upplägget och ger\nSofia i uppdrag att boka lokaler.')).toEqual(['Gruppen godkänner upplägget och ger Sofia i uppdrag att boka lokaler.']);
  });
  it('reads "- Beslut:" with a speckle dash as the label', () => {
    expect(decisions('Diskussion.\n- Beslut:\nGruppen godkänner upplägget.')).toEqual(['Gruppen godkänner upplägget.']);
  });
});

describe('numbered decision points', () => {
  it('makes each numbered point under a Beslut heading a decision without its number', () => {
    expect(decisions('Beslut\n1. Nämnden antar planen.\n2. Planen gäller från och med\nden 1 juli.')).toEqual(['Nämnden antar planen.', 'Planen gäller från och med den 1 juli.']);
  });
});

describe('numbered points and wrapped sentence ends', () => {
  it('keeps numbered decision points apart when blank rows separate them', () => {
    expect(decisions('Beslut\n\n1. Nämnden antar planen.\n\n2. Planen gäller från 2024.')).toEqual(['Nämnden antar planen.', 'Planen gäller från 2024.']);
  });
  it('does not take the lower-case end of a wrapped sentence ("ärendet.") for a sub-heading', () => {
    expect(decisions('Kontoret har berett\närendet.\n\nNämnden beslöt att bevilja bidraget.')).toEqual(['Nämnden beslöt att bevilja bidraget.']);
  });
});

describe('OCR damage around att-clauses', () => {
  it('drops a one-letter speckle between "beslutar" and "att"', () => {
    expect(decisions('Utskottet beslutar z att utse Jenny Ståhl att justera.')).toEqual(['Utskottet beslutar att utse Jenny Ståhl att justera.']);
  });
  it('takes the att-clauses after "besluta" across a blank OCR row', () => {
    expect(decisions('Beslut\n\nUtskottet föreslår kommunstyrelsen besluta\n\natt anta taxan, samt\natt taxan gäller från 2024.')).toEqual([
      'Utskottet föreslår kommunstyrelsen besluta att anta taxan, samt att taxan gäller från 2024.',
    ]);
  });
  it('lets a clause ending in a comma and a speckle go on to the next att-clause', () => {
    expect(decisions('Styrelsen beslutar\n\natt godkänna rapporten, |\n\natt överlämna den.')).toEqual(['Styrelsen beslutar att godkänna rapporten, att överlämna den.']);
  });
});

describe('older impersonal decisions', () => {
  it('takes "Beslöts att …" as a decision', () => {
    expect(decisions('Ärendet diskuterades.\nBeslöts att anlita en ny städfirma från mars.')).toEqual(['Beslöts att anlita en ny städfirma från mars.']);
  });
});

describe('proposals of the body whose minutes these are', () => {
  const lines = (text: string) => linesFromText(text)[0]!;
  it('reads the paragraph under "Utskottets förslag" as the decision in that utskott\'s own minutes', () => {
    const text = 'Förvaltningen har berett ärendet.\nUtskottets förslag\nUtskottet föreslår nämnden att anta planen.';
    expect(extractDecisions(lines(text), { issuer: 'Tekniska nämndens utskott' })).toEqual(['Utskottet föreslår nämnden att anta planen.']);
  });
  it('skips the same heading in the minutes of another body', () => {
    const text = 'Förvaltningen har berett ärendet.\nArbetsutskottets förslag\nArbetsutskottet föreslår nämnden att anta planen.';
    expect(extractDecisions(lines(text), { issuer: 'Tekniska nämnden' })).toEqual([]);
  });
  it('reads "Utskottet föreslår X att …" as its decision, but not the förvaltning\'s proposal', () => {
    const text = 'Förvaltningen föreslår nämnden att avslå ansökan.\n\nArbetsutskottet föreslår nämnden att bevilja ansökan.';
    expect(extractDecisions(lines(text), { issuer: 'Fritidsnämndens arbetsutskott' })).toEqual(['Arbetsutskottet föreslår nämnden att bevilja ansökan.']);
  });
});

describe('arrow-marked rows', () => {
  it('takes "→ Beslut: …" as a decision and stops at "→ Åtgärd: …"', () => {
    expect(decisions('Diskussion.\n→ Beslut: Skissen kompletteras med fler platser.\n→ Åtgärd: Vilma ritar en ny skiss.')).toEqual([
      'Skissen kompletteras med fler platser.',
    ]);
  });

  it('reads the arrow as OCR prints it, ">" or "»", the same way', () => {
    expect(decisions('Diskussion.\n> Beslut: Rutten ritas om.\n> Åtgärd: Ola ringer entreprenören.')).toEqual(['Rutten ritas om.']);
    expect(decisions('Diskussion.\n» Beslut: Taxan höjs inte.')).toEqual(['Taxan höjs inte.']);
  });
});

describe('a deciding body and a deciding verb', () => {
  it('reads "Styrelsen fastställer …" and "Fritidsnämnden antar …" as decisions', () => {
    expect(decisions('Förslaget presenterades.\nStyrelsen fastställer taxan för 2025.')).toEqual(['Styrelsen fastställer taxan för 2025.']);
    expect(decisions('Fritidsnämnden antar planen.')).toEqual(['Fritidsnämnden antar planen.']);
  });
  it('reads "Utskottet lägger rapporten till handlingarna" as a decision', () => {
    expect(decisions('Utskottet lägger rapporten till handlingarna.')).toEqual(['Utskottet lägger rapporten till handlingarna.']);
  });
  it('does not read another party\'s verb as a decision', () => {
    expect(decisions('Revisorerna tillstyrker ansvarsfrihet.\nFörvaltningen godkänner fakturorna löpande.')).toEqual([]);
  });
});

describe('more decision labels and openings', () => {
  it('takes the text after "Beslutades:" as the decision', () => {
    expect(decisions('Förslaget diskuterades.\nBeslutades: att skylten flyttas till infarten.\nAnsvarig: Ture Ek')).toEqual(['att skylten flyttas till infarten.']);
  });
  it('reads "Nämnden godkänner …" straight below a Dnr row as its own decision', () => {
    expect(decisions('Dnr ÖFN 2021/9\nNämnden godkänner bokslutet för 2020.')).toEqual(['Nämnden godkänner bokslutet för 2020.']);
  });
});

describe('agreements of a network', () => {
  it('takes the text after "Överenskommelse:" as a decision', () => {
    expect(decisions('Förslaget presenterades.\nÖverenskommelse: Täby samordnar antagningen.')).toEqual(['Täby samordnar antagningen.']);
  });
});

describe('the issuing body named with its municipality', () => {
  it('reads the utskott\'s proposal below a Dnr row when the body is "…utskott, X kommun"', () => {
    const text = 'Dnr SN 2021/7\nArbetsutskottet föreslår nämnden att anta planen.';
    expect(extractDecisions(linesFromText(text)[0]!, { issuer: 'Socialnämndens arbetsutskott, Gransjö kommun' })).toEqual(['Arbetsutskottet föreslår nämnden att anta planen.']);
  });
});

describe('a body named with an adjective', () => {
  it('reads "Tekniska nämnden lägger … till handlingarna" as a decision', () => {
    expect(decisions('Tekniska nämnden lägger anmälan av delegationsbeslut till handlingarna.')).toEqual(['Tekniska nämnden lägger anmälan av delegationsbeslut till handlingarna.']);
  });
  it('does not read a conditional clause as a decision', () => {
    expect(decisions('Om nämnden antar planen kan bygget starta i maj.')).toEqual([]);
  });
  it('reads a decision row behind a speck at the left margin as a sentence of its own', () => {
    expect(decisions('Pia visade turlistan. Tältet är lånat.\n«Föreningen beslutade att hyra ett större tält.')).toEqual([
      'Föreningen beslutade att hyra ett större tält.',
    ]);
  });
  it('ends a decision at a sub-heading behind a speck read as a full stop', () => {
    expect(decisions('Beslut\nNämnden antar planen för Ekudden.\n. Expedieras till\nPlankontoret')).toEqual(['Nämnden antar planen för Ekudden.']);
  });
  it('reads a "Beslut" heading with a letter from the page edge in a cell beside it', () => {
    expect(decisions('Debatt följde.\nBeslut    i\nMotionen anses besvarad.')).toEqual(['Motionen anses besvarad.']);
  });
  it('ends a decision at a sub-heading with letters from the page edge after it', () => {
    expect(decisions('Beslut\nNämnden beslutar att bygga en brygga.\nReservation ij\nIvar Ek (M) reserverar sig mot beslutet.')).toEqual(['Nämnden beslutar att bygga en brygga.']);
  });
  it('starts a decision sentence on the row after a speck dash that follows a full stop', () => {
    expect(decisions('Vi talade om tältet.  -\nRådet enades om att köpa ett nytt.')).toEqual(['Rådet enades om att köpa ett nytt.']);
  });
  it('starts a decision sentence on the row after specks that follow a full stop', () => {
    expect(decisions('Vi talade om tältet och\nflaggorna. | :\nBeslöts att köpa nya flaggor.')).toEqual(['Beslöts att köpa nya flaggor.']);
  });
});

describe('the decision heading of a body named by two joined words', () => {
  it('takes the paragraph under "Miljö- och hälsoskyddsnämndens beslut" as the decision, with its numbered conditions', () => {
    expect(decisions('Ansökan avser en anläggning i Ekby.\n\nMiljö- och hälsoskyddsnämndens beslut\n\nTillstånd lämnas med följande villkor:\n1. Anläggningen utförs enligt bilaga.\n2. Anmälan ska göras.')).toEqual([
      'Tillstånd lämnas med följande villkor: 1. Anläggningen utförs enligt bilaga. 2. Anmälan ska göras.',
    ]);
  });
  it('keeps the office\'s proposal under "Miljö- och byggförvaltningens förslag till beslut" apart from the decision', () => {
    expect(decisions('Bakgrund.\n\nMiljö- och byggförvaltningens förslag till beslut\nNämnden beviljar bygglov.\n\nMiljö- och byggnadsnämndens beslut\nNämnden avslår ansökan.')).toEqual(['Nämnden avslår ansökan.']);
  });
});

describe('the decision heading of a body named with an adjective', () => {
  it('takes the paragraph under "Tekniska nämndens beslut" as the decision even when it names no verb of deciding', () => {
    expect(decisions('Ärendebeskrivning\nBoende har begärt lägre hastighet.\nTekniska nämndens beslut\nRedovisningen läggs till handlingarna.')).toEqual(['Redovisningen läggs till handlingarna.']);
  });
  it('takes the paragraph under "Sociala utskottets beslut" as the decision', () => {
    expect(decisions('Bakgrund\nEn ansökan har kommit in.\nSociala utskottets beslut\nAnsökan bifalls.')).toEqual(['Ansökan bifalls.']);
  });
});

describe('a paragraph declared justerad at the meeting', () => {
  it('ends the decision at the heading "Omedelbar justering"', () => {
    expect(decisions('Beslut\nNämnden godkänner avtalet.\nOmedelbar justering\nNämnden förklarar paragrafen omedelbart justerad.')).toEqual(['Nämnden godkänner avtalet.']);
  });
});

describe('a decision after a clause on how the matter was handled', () => {
  it('takes "Sedan ärendet diskuterats, beslöts att …" as the decision of old minutes', () => {
    expect(decisions('Föredrogs en skrivelse från vägföreningen. Sedan ärendet diskuterats, beslöts att avslå framställningen.')).toEqual(['Sedan ärendet diskuterats, beslöts att avslå framställningen.']);
  });
  it('does not take a clause that only reports a discussion', () => {
    expect(decisions('Sedan ärendet diskuterats, återkommer nämnden i frågan.')).toEqual([]);
  });
});

describe('a speck before a decision inside a paragraph', () => {
  it('drops a comma OCR read before "Beslöts att …"', () => {
    expect(decisions('Ansökningar hade inkommit från Ebbe Mulm. ,Beslöts att anställa Ebbe Mulm.')).toEqual(['Beslöts att anställa Ebbe Mulm.']);
  });
});

describe('a decision among bullet points', () => {
  const decide = (text: string) => extractDecisions(linesFromText(text)[0]!);
  it('ends a bulleted "Beslut:" at the next bullet', () => {
    expect(decide('• Förslagen rangordnades.\n• Beslut: Kvällsöppet prövas under våren.\n• Helgöppet utreds vidare.')).toEqual(['Kvällsöppet prövas under våren.']);
  });
  it('reads the bullet OCR turned into a plus sign or a guillemet before the label', () => {
    expect(decide('+ Beslut: Kvällsöppet prövas under våren.\n« Helgöppet utreds vidare.')).toEqual(['Kvällsöppet prövas under våren.']);
  });
  it('ends a bulleted "Beslut:" at a sentence on a row of its own after the stop, where OCR lost the next bullet', () => {
    expect(decide('+ Beslut: Kvällsöppet prövas under våren.\nHelgöppet utreds vidare.')).toEqual(['Kvällsöppet prövas under våren.']);
  });
});
