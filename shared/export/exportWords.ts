// The exports' fixed words in the session's language (issue 27): headings, table columns, the
// facts on the cover, counts ("4 voters from 6 admitted") and the CSV's and calendar's labels, for
// every language Offsite speaks. Pure (no renderer catalog): the host's export routes and the
// console's in-page exports read the same table. English is the source and the fallback for a
// language we do not have; dates and times go through Intl in the language.
import { isLanguage, SOURCE_LANGUAGE, type Language } from '../i18n/languages';
import { SENTENCES, type ExportSentences } from './exportSentences';
import { formatValue, type LineWords } from '../charts/lineChart';
import type { TrendWords } from '../charts/measureWords';

/** Nouns counted in the exports; each language says one and many (Intl.PluralRules picks). */
export type Noun =
  | 'note'
  | 'vote'
  | 'voter'
  | 'answer'
  | 'action'
  | 'block'
  | 'person'
  | 'result'
  | 'moreResult'
  | 'upvote'
  | 'question';

type Forms = { one: string; other: string };

export interface ExportWords {
  language: Language;
  untitled: string;
  workshopMinutes: string;
  contents: string;
  page: string; // "Page {n} of {total}" lead word
  of: string;
  sections: { summary: string; agenda: string; blocks: string; appendix: string };
  appendix: {
    looseNotes: string;
    questions: string;
    polls: string;
    decisions: string;
    actions: string;
  };
  facts: {
    dates: string;
    place: string;
    facilitator: string;
    attended: string;
    nobodyAttended: string;
    exported: string;
  };
  summary: { decisions: string; actions: string; measures: string; votes: string };
  empty: {
    decisions: string;
    actions: string;
    measures: string;
    votes: string;
    agenda: string;
    notes: string;
    parked: string;
  };
  columns: {
    action: string;
    owner: string;
    due: string;
    successMeasure: string;
    measure: string;
    baseline: string;
    target: string;
    byWhen: string;
    tracks: string;
    rank: string;
    result: string;
    votes: string;
    block: string;
    kind: string;
    planned: string;
    added: string;
    actual: string;
    vsPlan: string;
    responsible: string;
    accountable: string;
    consulted: string;
    informed: string;
    status: string;
    from: string;
  };
  committed: string;
  notYetCommitted: string;
  dissent: string;
  confidenceVote: string;
  noOwner: string;
  noDate: string;
  noneSet: string;
  nobodyYet: string;
  nobody: string;
  noneNoted: string;
  withoutOwner: (n: number) => string;
  tie: string;
  /** "3 more results under V1 in the notes." */
  moreUnder: (count: string, ref: string) => string;
  /** "from 6 admitted" after a count. */
  fromAdmitted: (admitted: number) => string;
  /** The CSV's columns, in the order of ACTIONS_CSV_COLUMNS. */
  csvColumns: readonly [string, string, string, string, string, string];
  /** The CSV's and calendar's status words (importers map their own states). */
  csvStatus: { open: string; 'in progress': string; done: string; dropped: string };
  /** An action's status as the minutes write it. */
  status: { open: string; 'in progress': string; done: string; dropped: string };
  successMeasureLabel: string;
  fromLabel: string;
  dueLabel: string;
  noOwnerYet: string;
  minPlanned: string;
  ran: string;
  day: (n: number) => string;
  /** "2026-11-26 to 2026-11-27" in the language's words. */
  to: string;
  nouns: Record<Noun, Forms>;
  /** The sentences (exportSentences.ts). */
  say: ExportSentences;
}

const en: ExportWords = {
  language: 'en',
  untitled: 'Untitled session',
  workshopMinutes: 'Workshop minutes',
  contents: 'Contents',
  page: 'Page',
  of: 'of',
  sections: {
    summary: 'Summary',
    agenda: 'Agenda as it ran',
    blocks: 'Notes by block',
    appendix: 'Appendix',
  },
  appendix: {
    looseNotes: 'Parking lot',
    questions: 'Questions from the room',
    polls: 'Polls',
    decisions: 'Decisions in full',
    actions: 'Actions with RACI',
  },
  facts: {
    dates: 'Dates',
    place: 'Place',
    facilitator: 'Facilitator',
    attended: 'Attended',
    nobodyAttended: 'nobody joined from their own device',
    exported: 'Exported',
  },
  summary: {
    decisions: 'Decisions',
    actions: 'Actions',
    measures: 'Measures',
    votes: 'Vote results',
  },
  empty: {
    decisions: 'No decisions were recorded.',
    actions: 'No actions were recorded.',
    measures: 'No measures were defined.',
    votes: 'No vote was closed.',
    agenda: 'No agenda was planned.',
    notes: 'No notes were written.',
    parked: 'Nothing was parked.',
  },
  columns: {
    action: 'Action',
    owner: 'Owner',
    due: 'Due',
    successMeasure: 'Success measure',
    measure: 'Measure',
    baseline: 'Baseline',
    target: 'Target',
    byWhen: 'By when',
    tracks: 'Tracks',
    rank: 'Rank',
    result: 'Result',
    votes: 'Votes',
    block: 'Block',
    kind: 'Kind',
    planned: 'Planned',
    added: 'Added',
    actual: 'Actual',
    vsPlan: 'vs plan',
    responsible: 'Responsible',
    accountable: 'Accountable',
    consulted: 'Consulted',
    informed: 'Informed',
    status: 'Status',
    from: 'From',
  },
  committed: 'committed',
  notYetCommitted: 'not yet committed',
  dissent: 'dissent',
  confidenceVote: 'Confidence vote',
  noOwner: 'No owner yet',
  noDate: 'no date',
  noneSet: 'none set',
  nobodyYet: 'nobody yet',
  nobody: 'nobody',
  noneNoted: 'none noted',
  withoutOwner: (n) => `${n} ${n === 1 ? 'action' : 'actions'} without an owner.`,
  tie: 'tie',
  moreUnder: (count, ref) => `${count} under ${ref} in the notes.`,
  fromAdmitted: (admitted) => `from ${admitted} admitted`,
  csvColumns: ['Summary', 'Assignee', 'Due date', 'Description', 'Status', 'Reference'],
  csvStatus: { open: 'To Do', 'in progress': 'In Progress', done: 'Done', dropped: 'Canceled' },
  status: { open: 'open', 'in progress': 'in progress', done: 'done', dropped: 'dropped' },
  successMeasureLabel: 'Success measure',
  fromLabel: 'From',
  dueLabel: 'Due',
  noOwnerYet: 'no owner yet',
  minPlanned: 'min planned',
  ran: 'ran',
  day: (n) => `Day ${n}`,
  to: 'to',
  nouns: {
    note: { one: 'note', other: 'notes' },
    vote: { one: 'vote', other: 'votes' },
    voter: { one: 'voter', other: 'voters' },
    answer: { one: 'answer', other: 'answers' },
    action: { one: 'action', other: 'actions' },
    block: { one: 'block', other: 'blocks' },
    person: { one: 'person', other: 'people' },
    result: { one: 'result', other: 'results' },
    moreResult: { one: 'more result', other: 'more results' },
    upvote: { one: 'upvote', other: 'upvotes' },
    question: { one: 'question', other: 'questions' },
  },
  say: SENTENCES.en,
};

const de: ExportWords = {
  language: 'de',
  untitled: 'Sitzung ohne Titel',
  workshopMinutes: 'Workshop-Protokoll',
  contents: 'Inhalt',
  page: 'Seite',
  of: 'von',
  sections: {
    summary: 'Zusammenfassung',
    agenda: 'Ablauf, wie er lief',
    blocks: 'Notizen nach Programmpunkt',
    appendix: 'Anhang',
  },
  appendix: {
    looseNotes: 'Parkplatz',
    questions: 'Fragen aus dem Raum',
    polls: 'Umfragen',
    decisions: 'Entscheidungen im Wortlaut',
    actions: 'Maßnahmen mit RACI',
  },
  facts: {
    dates: 'Datum',
    place: 'Ort',
    facilitator: 'Moderation',
    attended: 'Teilgenommen',
    nobodyAttended: 'niemand hat sich mit einem eigenen Gerät angemeldet',
    exported: 'Exportiert',
  },
  summary: {
    decisions: 'Entscheidungen',
    actions: 'Maßnahmen',
    measures: 'Kennzahlen',
    votes: 'Abstimmungsergebnisse',
  },
  empty: {
    decisions: 'Es wurden keine Entscheidungen festgehalten.',
    actions: 'Es wurden keine Maßnahmen festgehalten.',
    measures: 'Es wurden keine Kennzahlen festgelegt.',
    votes: 'Keine Abstimmung wurde beendet.',
    agenda: 'Es war kein Ablauf geplant.',
    notes: 'Es wurden keine Notizen geschrieben.',
    parked: 'Nichts wurde geparkt.',
  },
  columns: {
    action: 'Maßnahme',
    owner: 'Verantwortlich',
    due: 'Fällig',
    successMeasure: 'Erfolgskriterium',
    measure: 'Kennzahl',
    baseline: 'Ausgangswert',
    target: 'Ziel',
    byWhen: 'Bis wann',
    tracks: 'Misst',
    rank: 'Rang',
    result: 'Ergebnis',
    votes: 'Stimmen',
    block: 'Programmpunkt',
    kind: 'Art',
    planned: 'Geplant',
    added: 'Ergänzt',
    actual: 'Tatsächlich',
    vsPlan: 'ggü. Plan',
    responsible: 'Durchführend (R)',
    accountable: 'Verantwortlich (A)',
    consulted: 'Konsultiert (C)',
    informed: 'Informiert (I)',
    status: 'Status',
    from: 'Herkunft',
  },
  committed: 'verbindlich',
  notYetCommitted: 'noch nicht verbindlich',
  dissent: 'Widerspruch',
  confidenceVote: 'Vertrauensabstimmung',
  noOwner: 'Noch niemand verantwortlich',
  noDate: 'kein Datum',
  noneSet: 'keines festgelegt',
  nobodyYet: 'noch niemand',
  nobody: 'niemand',
  noneNoted: 'keiner vermerkt',
  withoutOwner: (n) =>
    n === 1 ? '1 Maßnahme ohne Verantwortliche(n).' : `${n} Maßnahmen ohne Verantwortliche(n).`,
  tie: 'gleichauf',
  moreUnder: (count, ref) => `${count} unter ${ref} bei den Notizen.`,
  fromAdmitted: (admitted) => `von ${admitted} zugelassenen`,
  csvColumns: [
    'Zusammenfassung',
    'Zuständig',
    'Fälligkeitsdatum',
    'Beschreibung',
    'Status',
    'Referenz',
  ],
  csvStatus: { open: 'Offen', 'in progress': 'In Arbeit', done: 'Erledigt', dropped: 'Verworfen' },
  status: { open: 'offen', 'in progress': 'in Arbeit', done: 'erledigt', dropped: 'verworfen' },
  successMeasureLabel: 'Erfolgskriterium',
  fromLabel: 'Herkunft',
  dueLabel: 'Fällig',
  noOwnerYet: 'noch niemand verantwortlich',
  minPlanned: 'Min. geplant',
  ran: 'gelaufen',
  day: (n) => `Tag ${n}`,
  to: 'bis',
  nouns: {
    note: { one: 'Notiz', other: 'Notizen' },
    vote: { one: 'Stimme', other: 'Stimmen' },
    voter: { one: 'Abstimmende(r)', other: 'Abstimmende' },
    answer: { one: 'Antwort', other: 'Antworten' },
    action: { one: 'Maßnahme', other: 'Maßnahmen' },
    block: { one: 'Programmpunkt', other: 'Programmpunkte' },
    person: { one: 'Person', other: 'Personen' },
    result: { one: 'Ergebnis', other: 'Ergebnisse' },
    moreResult: { one: 'weiteres Ergebnis', other: 'weitere Ergebnisse' },
    upvote: { one: 'Stimme', other: 'Stimmen' },
    question: { one: 'Frage', other: 'Fragen' },
  },
  say: SENTENCES.de,
};

const fr: ExportWords = {
  language: 'fr',
  untitled: 'Session sans titre',
  workshopMinutes: 'Compte rendu d’atelier',
  contents: 'Sommaire',
  page: 'Page',
  of: 'sur',
  sections: {
    summary: 'Synthèse',
    agenda: 'Déroulé effectif',
    blocks: 'Notes par séquence',
    appendix: 'Annexe',
  },
  appendix: {
    looseNotes: 'Parking',
    questions: 'Questions de la salle',
    polls: 'Sondages',
    decisions: 'Décisions en détail',
    actions: 'Actions avec RACI',
  },
  facts: {
    dates: 'Dates',
    place: 'Lieu',
    facilitator: 'Animation',
    attended: 'Participants',
    nobodyAttended: 'personne ne s’est connecté depuis son propre appareil',
    exported: 'Exporté le',
  },
  summary: {
    decisions: 'Décisions',
    actions: 'Actions',
    measures: 'Indicateurs',
    votes: 'Résultats des votes',
  },
  empty: {
    decisions: 'Aucune décision n’a été consignée.',
    actions: 'Aucune action n’a été consignée.',
    measures: 'Aucun indicateur n’a été défini.',
    votes: 'Aucun vote n’a été clos.',
    agenda: 'Aucun déroulé n’était prévu.',
    notes: 'Aucune note n’a été écrite.',
    parked: 'Rien n’a été mis au parking.',
  },
  columns: {
    action: 'Action',
    owner: 'Responsable',
    due: 'Échéance',
    successMeasure: 'Critère de réussite',
    measure: 'Indicateur',
    baseline: 'Point de départ',
    target: 'Cible',
    byWhen: 'Pour quand',
    tracks: 'Suit',
    rank: 'Rang',
    result: 'Résultat',
    votes: 'Votes',
    block: 'Séquence',
    kind: 'Type',
    planned: 'Prévu',
    added: 'Ajouté',
    actual: 'Réel',
    vsPlan: 'écart',
    responsible: 'Réalise (R)',
    accountable: 'Répond (A)',
    consulted: 'Consulté (C)',
    informed: 'Informé (I)',
    status: 'Statut',
    from: 'Origine',
  },
  committed: 'engagée',
  notYetCommitted: 'pas encore engagée',
  dissent: 'désaccord',
  confidenceVote: 'Vote de confiance',
  noOwner: 'Pas encore de responsable',
  noDate: 'sans date',
  noneSet: 'non défini',
  nobodyYet: 'personne pour l’instant',
  nobody: 'personne',
  noneNoted: 'aucun noté',
  withoutOwner: (n) =>
    n <= 1 ? `${n} action sans responsable.` : `${n} actions sans responsable.`,
  tie: 'ex æquo',
  moreUnder: (count, ref) => `${count} sous ${ref} dans les notes.`,
  fromAdmitted: (admitted) => `sur ${admitted} admis`,
  csvColumns: ['Résumé', 'Responsable', 'Échéance', 'Description', 'Statut', 'Référence'],
  csvStatus: { open: 'À faire', 'in progress': 'En cours', done: 'Terminé', dropped: 'Annulé' },
  status: { open: 'ouverte', 'in progress': 'en cours', done: 'terminée', dropped: 'abandonnée' },
  successMeasureLabel: 'Critère de réussite',
  fromLabel: 'Origine',
  dueLabel: 'Échéance',
  noOwnerYet: 'pas encore de responsable',
  minPlanned: 'min prévues',
  ran: 'réalisé',
  day: (n) => `Jour ${n}`,
  to: 'au',
  nouns: {
    note: { one: 'note', other: 'notes' },
    vote: { one: 'vote', other: 'votes' },
    voter: { one: 'votant', other: 'votants' },
    answer: { one: 'réponse', other: 'réponses' },
    action: { one: 'action', other: 'actions' },
    block: { one: 'séquence', other: 'séquences' },
    person: { one: 'personne', other: 'personnes' },
    result: { one: 'résultat', other: 'résultats' },
    moreResult: { one: 'autre résultat', other: 'autres résultats' },
    upvote: { one: 'soutien', other: 'soutiens' },
    question: { one: 'question', other: 'questions' },
  },
  say: SENTENCES.fr,
};

const WORDS: Readonly<Record<Language, ExportWords>> = { en, de, fr };

/** The exports' words in `language`; English for anything Offsite does not speak. */
export function exportWords(language: unknown): ExportWords {
  return WORDS[isLanguage(language) ? language : SOURCE_LANGUAGE];
}

export const ENGLISH_WORDS = en;

const pluralRules = new Map<Language, Intl.PluralRules>();

/** "1 note", "3 Notizen", "0 note": the count and the noun as the language's plural rules say. */
export function countOf(w: ExportWords, n: number, noun: Noun): string {
  let rules = pluralRules.get(w.language);
  if (!rules) pluralRules.set(w.language, (rules = new Intl.PluralRules(w.language)));
  const forms = w.nouns[noun];
  return `${n} ${rules.select(n) === 'one' ? forms.one : forms.other}`;
}

/** "4 voters from 6 admitted", as the console counts ("4 voters" without a roster). */
export function countFromAdmitted(
  w: ExportWords,
  n: number,
  admitted: number | null,
  noun: Noun,
): string {
  const counted = countOf(w, n, noun);
  return admitted === null ? counted : `${counted} ${w.fromAdmitted(admitted)}`;
}

/** A yyyy-mm-dd date as the language writes it (English keeps the ISO form of the minutes). */
export function formatDay(w: ExportWords, date: string): string {
  if (w.language === 'en') return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(w.language, {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** `2026-11-26 to 2026-11-27`, `26.11.2026 bis 27.11.2026`, or one date. */
export function dateRangeIn(w: ExportWords, dates: string[]): string {
  if (dates.length === 0) return '';
  const first = formatDay(w, dates[0]!);
  return dates.length === 1 ? first : `${first} ${w.to} ${formatDay(w, dates[dates.length - 1]!)}`;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** 42, 42.5, 1,250 in English; 1.250 and 42,5 in German; as the language writes a value. */
export function formatNumberIn(w: ExportWords, v: number): string {
  if (w.language === 'en') return formatValue(v);
  let f = numberFormats.get(w.language);
  if (!f)
    numberFormats.set(
      w.language,
      (f = new Intl.NumberFormat(w.language, { maximumFractionDigits: 2 })),
    );
  return f.format(Math.round(v * 100) / 100);
}

/** An average with one decimal as the language writes it: 3.5, 3,5. */
export function oneDecimalIn(w: ExportWords, n: number): string {
  return w.language === 'en'
    ? n.toFixed(1)
    : new Intl.NumberFormat(w.language, {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(n);
}

/** A measure's chart and trend words in the export's language, its numbers and days as it writes them. */
export function measureWordsIn(w: ExportWords): { trend: TrendWords; line: LineWords } {
  const number = (v: number) => formatNumberIn(w, v);
  const day = (date: string) => formatDay(w, date);
  return { trend: { ...w.say.trend, number, day }, line: { ...w.say.chart.measure, number, day } };
}
