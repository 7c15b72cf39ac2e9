// The exports' sentences in the session's language (issue 27), beside the fixed words of
// exportWords.ts: the agenda's summary and timing lines, what a block settled, the parking lot,
// questions, polls and breakout sections, "Since last time", the charts' titles and labels.
// Pure. English is the source: its sentences are the ones the golden files hold, byte for byte.
// Arguments arrive formatted (and escaped, where the caller writes HTML); counts that need a
// noun come counted (countOf), so each language's plural rules decide.
import type { Language } from '../i18n/languages';
import type { TrendWords } from '../charts/measureWords';
import type { LineWords } from '../charts/lineChart';

export interface ExportSentences {
  /** A block's kind (talk, brainstorm, …) as the language names it; English keeps the id. */
  kind(kind: string): string;
  // The agenda as it ran.
  noneRunYet(blocks: string, planned: string): string;
  ran(run: number, blocks: string, actual: string, planned: string, diff: string | null): string;
  addedOnClock(added: string): string;
  didNotRun(blocks: string, planned: string): string;
  totalRan(blocks: string): string;
  /** The unit after the print's total line: "(minutes)". */
  minutes: string;
  notRunLead(blocks: string, planned: number): string;
  noneRanLead(blocks: string, planned: number): string;
  timingNotRun(kind: string, planned: number): string;
  timingRan(kind: string, actual: number, planned: number): string;
  privateLine(notes: string): string;
  setTo(remaining: string, after: string | null): string;
  // Notes and what a block settled.
  owner(name: string): string;
  due(date: string): string;
  action(ref: string): string;
  anonymous: string;
  notGrouped: string;
  unnamedGroup: string;
  /** Where an action came from: `Group “…”`, `Note “…”`. */
  fromGroup(name: string): string;
  fromNote(text: string): string;
  notInColumn: string;
  groupOf(notes: string): string;
  outcome: string;
  decidedHere: string;
  assignedHere: string;
  questionsHere: string;
  notesDuringBlock: string;
  onTheBoardOf: string;
  ranksInSummary(max: number, rest: boolean): string;
  // Decisions in full and the RACI table.
  decision: string;
  context: string;
  optionsConsidered: string;
  rationale: string;
  decided: string;
  inBlock(title: string): string;
  raciMarkdown: string;
  /** HTML: each role's initial in bold. */
  raciHtml: string;
  success: string;
  // The cover.
  cover: {
    decisions: string;
    actions: string;
    measures: string;
    ofBlocksRan(total: number): string;
    notes: string;
    parked: string;
    votesClosed(n: number): string;
    exported(when: string): string;
  };
  // Since last time.
  since: {
    title: string;
    followUpOf(title: string): string;
    carriedOver: string;
    noneCarried: string;
    done: string;
    slipped: string;
    dropped: string;
    noneStillOpen: string;
    stillOpen(actions: string, onTrack: number, atRisk: number, notReviewed: number): string;
    noOwner: string;
    measuresMoved: string;
    noMeasureMoved: string;
    teamHealth: string;
    noHealth: string;
  };
  // Parking lot, questions, polls.
  raisedIn(block: string): string;
  open: string;
  movedTo(block: string | null): string;
  closed: string;
  became(kind: 'decision' | 'action', title: string | null): string;
  questionsInBlocks(questions: string): string;
  noQuestions: string;
  answered: string;
  notAnswered: string;
  answer: string;
  noPolls: string;
  pollKind: { choice: string; scale: string; fist: string; health: string };
  severalAnswers: string;
  anonymousPoll: string;
  namedPoll: string;
  stillOpenPoll: string;
  averageBelow(average: string, below: number): string;
  healthLine(name: string, average: string, earlier: string | null): string;
  notAsked: string;
  option(n: number): string;
  fist0: string;
  fist5: string;
  scaleLow: string;
  scaleHigh: string;
  confidence(committed: boolean, voters: number, average: string, below: number): string;
  // Breakouts.
  breakoutGroups: string;
  members(list: string): string;
  nobody: string;
  someone: string;
  noNotes: string;
  sealed(n: number): string;
  liftedTo(to: 'room' | 'decision' | 'action', text: string): string;
  /** A measure's trend in words. */
  trend: TrendWords;
  // Charts.
  chart: {
    votesPerResult(ref: string, title: string): string;
    result: string;
    votes: string;
    tie: string;
    answersTo(question: string): string;
    answer: string;
    answers: string;
    health(question: string): string;
    dimension: string;
    thisSession: string;
    plannedActual(day: string): string;
    block: string;
    plannedMin: string;
    actualMin: string;
    /** Minutes, written as the language writes a number. */
    planned(n: string): string;
    actual(n: string): string;
    notRun: string;
    /** A measure's line chart: the labels of its baseline and target, its table's words. */
    measure: Omit<LineWords, 'number' | 'day'>;
  };
}

const DE_KINDS: Record<string, string> = {
  talk: 'Vortrag',
  brainstorm: 'Brainstorming',
  vote: 'Abstimmung',
  discuss: 'Diskussion',
  break: 'Pause',
  review: 'Rückblick',
};
const FR_KINDS: Record<string, string> = {
  talk: 'exposé',
  brainstorm: 'brainstorming',
  vote: 'vote',
  discuss: 'discussion',
  break: 'pause',
  review: 'revue',
};

const one = (language: Language, n: number) => new Intl.PluralRules(language).select(n) === 'one';

const en: ExportSentences = {
  kind: (kind) => kind,
  noneRunYet: (blocks, planned) => `None of the ${blocks} has run yet (${planned} planned).`,
  ran: (run, blocks, actual, planned, diff) =>
    `${run} of ${blocks} ran, in ${actual} against ${planned} planned for them (${diff === null ? 'on plan' : `${diff} min`}`,
  addedOnClock: (added) => `; ${added} of it added on the clock`,
  didNotRun: (blocks, planned) => `${blocks} did not run (${planned} planned).`,
  totalRan: (blocks) => `Total of the ${blocks} that ran`,
  minutes: 'minutes',
  notRunLead: (blocks, planned) => `Not run (${blocks}, ${planned} min planned):`,
  noneRanLead: (blocks, planned) => `None of this day's ${blocks} ran (${planned} min planned):`,
  timingNotRun: (kind, planned) => `${kind} · ${planned} min planned, not run`,
  timingRan: (kind, actual, planned) => `${kind} · ${actual} of ${planned} min`,
  privateLine: (notes) =>
    `${notes} still private (written but not yet revealed), so not in this export.`,
  setTo: (remaining, after) => `set to ${remaining} left${after ? `, then ${after}` : ''}`,
  owner: (name) => `owner ${name}`,
  due: (date) => `due ${date}`,
  action: (ref) => `Action ${ref}:`,
  anonymous: 'anonymous',
  notGrouped: 'Not grouped',
  unnamedGroup: 'Unnamed group',
  fromGroup: (name) => `Group “${name}”`,
  fromNote: (text) => `Note “${text}”`,
  notInColumn: 'Not in a column',
  groupOf: (notes) => `group of ${notes}`,
  outcome: 'Outcome:',
  decidedHere: 'Decided here',
  assignedHere: 'Assigned here',
  questionsHere: 'Questions asked here',
  notesDuringBlock: 'Notes written during the block',
  onTheBoardOf: 'on the board of',
  ranksInSummary: (max, rest) =>
    `Ranks 1 to ${max} are in the summary${rest ? '; the rest:' : '.'}`,
  decision: 'Decision',
  context: 'Context',
  optionsConsidered: 'Options considered',
  rationale: 'Rationale',
  decided: 'Decided',
  inBlock: (title) => `in ${title}`,
  raciMarkdown:
    'RACI: Responsible does the work (the owner), Accountable answers for the result, Consulted are asked, Informed are told.',
  raciHtml:
    'RACI: <b>R</b>esponsible does the work (the owner), <b>A</b>ccountable answers for the result, <b>C</b>onsulted are asked, <b>I</b>nformed are told.',
  success: 'Success',
  cover: {
    decisions: 'decisions',
    actions: 'actions',
    measures: 'measures',
    ofBlocksRan: (total) => `of ${total} blocks ran`,
    notes: 'notes',
    parked: 'parked',
    votesClosed: (n) => (n === 1 ? 'vote closed' : 'votes closed'),
    exported: (when) => `Exported ${when} with Offsite.`,
  },
  since: {
    title: 'Since last time',
    followUpOf: (title) => `Follow-up of “${title}”.`,
    carriedOver: 'Actions carried over',
    noneCarried: 'No open actions were carried over.',
    done: 'Done',
    slipped: 'Slipped',
    dropped: 'Dropped',
    noneStillOpen: 'None still open.',
    stillOpen: (actions, onTrack, atRisk, notReviewed) =>
      `Still open: ${actions} (${onTrack} on track, ${atRisk} at risk, ${notReviewed} not reviewed yet).`,
    noOwner: 'no owner',
    measuresMoved: 'Measures that moved',
    noMeasureMoved: 'No measure has a new value yet.',
    teamHealth: 'Team health',
    noHealth: 'No health check to compare with an earlier one.',
  },
  raisedIn: (block) => `raised in ${block}`,
  open: 'open',
  movedTo: (block) => `moved to the board of ${block ?? 'a deleted block'}`,
  closed: 'closed',
  became: (kind, title) => `became the ${kind} “${title ?? 'deleted'}”`,
  questionsInBlocks: (questions) => `${questions} asked, each under its block in the notes.`,
  noQuestions: 'No questions were asked.',
  answered: 'answered',
  notAnswered: 'not answered',
  answer: 'Answer:',
  noPolls: 'No polls were run.',
  pollKind: {
    choice: 'multiple choice',
    scale: '1–5 scale',
    fist: 'fist of five',
    health: 'team health check, 1–5 per dimension',
  },
  severalAnswers: ', several answers',
  anonymousPoll: ', anonymous',
  namedPoll: ', named',
  stillOpenPoll: '; still open',
  averageBelow: (average, below) => `; average ${average}; ${below} below 3`,
  healthLine: (name, average, earlier) =>
    `${name}: average ${average}${earlier ? ` (earlier ${earlier})` : ''}`,
  notAsked: 'not asked',
  option: (n) => `Option ${n}`,
  fist0: '0 (fist: I block)',
  fist5: '5 (full support)',
  scaleLow: '1 (low)',
  scaleHigh: '5 (high)',
  confidence: (committed, voters, average, below) => {
    const state = committed ? 'committed' : 'not yet committed';
    return voters === 0
      ? `${state}; no confidence votes yet`
      : `${state}; average ${average}; ${below} below 3`;
  },
  breakoutGroups: 'Breakout groups',
  members: (list) => `Members: ${list}`,
  nobody: 'nobody',
  someone: 'Someone',
  noNotes: 'No notes.',
  sealed: (n) => `${n} notes still sealed.`,
  liftedTo: (to, text) =>
    `Lifted to ${{ room: "the room's board", decision: 'decisions', action: 'actions' }[to]}: ${text}`,
  trend: {
    since: (date) => ` since ${date}`,
    on: (date) => ` on ${date}`,
    noLaterValue: ', no later value yet',
    noValues: 'no values yet',
    target: (value) => `target ${value}`,
    by: (date) => ` by ${date}`,
  },
  chart: {
    votesPerResult: (ref, title) => `Votes per result, ${ref} ${title}`,
    result: 'Result',
    votes: 'Votes',
    tie: '(tie)',
    answersTo: (question) => `Answers: ${question}`,
    answer: 'Answer',
    answers: 'Answers',
    health: (question) => `Team health, average per dimension (1 to 5): ${question}`,
    dimension: 'Dimension',
    thisSession: 'This session',
    plannedActual: (day) => `Planned and actual minutes per block, ${day}`,
    block: 'Block',
    plannedMin: 'Planned (min)',
    actualMin: 'Actual (min)',
    planned: (n) => `${n} planned`,
    actual: (n) => `${n} actual`,
    notRun: 'not run',
    measure: {
      baseline: (value) => `Baseline ${value}`,
      target: (value) => `Target ${value}`,
      targetBy: (value, day) => `Target ${value} by ${day}`,
      noValues: 'No values recorded yet',
      head: ['Date', 'Value', 'Note'],
      baselineRow: 'baseline',
      targetRow: 'target',
    },
  },
};

const de: ExportSentences = {
  kind: (kind) => DE_KINDS[kind] ?? kind,
  noneRunYet: (blocks, planned) =>
    `Noch ist keiner der Programmpunkte gelaufen (${blocks}, ${planned} geplant).`,
  ran: (run, blocks, actual, planned, diff) =>
    `Gelaufen sind ${run} der ${blocks}, in ${actual} gegenüber ${planned} geplant (${diff === null ? 'wie geplant' : `${diff} Min.`}`,
  addedOnClock: (added) => `; davon ${added} an der Uhr ergänzt`,
  didNotRun: (blocks, planned) => `Nicht gelaufen: ${blocks} (${planned} geplant).`,
  totalRan: (blocks) => `Summe der gelaufenen Programmpunkte (${blocks})`,
  minutes: 'Minuten',
  notRunLead: (blocks, planned) => `Nicht gelaufen (${blocks}, ${planned} Min. geplant):`,
  noneRanLead: (blocks, planned) =>
    `Keiner der Programmpunkte dieses Tages ist gelaufen (${blocks}, ${planned} Min. geplant):`,
  timingNotRun: (kind, planned) => `${kind} · ${planned} Min. geplant, nicht gelaufen`,
  timingRan: (kind, actual, planned) => `${kind} · ${actual} von ${planned} Min.`,
  privateLine: (notes) =>
    `${notes} noch privat (geschrieben, aber nicht aufgedeckt), daher nicht in diesem Export.`,
  setTo: (remaining, after) => `auf ${remaining} Restzeit gesetzt${after ? `, dann ${after}` : ''}`,
  owner: (name) => `verantwortlich ${name}`,
  due: (date) => `fällig ${date}`,
  action: (ref) => `Maßnahme ${ref}:`,
  anonymous: 'anonym',
  notGrouped: 'Nicht gruppiert',
  unnamedGroup: 'Gruppe ohne Namen',
  fromGroup: (name) => `Gruppe „${name}“`,
  fromNote: (text) => `Notiz „${text}“`,
  notInColumn: 'In keiner Spalte',
  groupOf: (notes) => `Gruppe aus ${notes}`,
  outcome: 'Ergebnis:',
  decidedHere: 'Hier beschlossen',
  assignedHere: 'Hier vergeben',
  questionsHere: 'Hier gestellte Fragen',
  notesDuringBlock: 'Während des Programmpunkts geschriebene Notizen',
  onTheBoardOf: 'auf der Pinnwand von',
  ranksInSummary: (max, rest) =>
    `Die Ränge 1 bis ${max} stehen in der Zusammenfassung${rest ? '; die übrigen:' : '.'}`,
  decision: 'Entscheidung',
  context: 'Kontext',
  optionsConsidered: 'Erwogene Optionen',
  rationale: 'Begründung',
  decided: 'Beschlossen',
  inBlock: (title) => `in ${title}`,
  raciMarkdown:
    'RACI: Durchführend (Responsible) erledigt die Arbeit, Verantwortlich (Accountable) steht für das Ergebnis ein, Konsultiert (Consulted) werden gefragt, Informiert (Informed) werden benachrichtigt.',
  raciHtml:
    'RACI: <b>R</b> führt durch (verantwortlich für die Arbeit), <b>A</b> steht für das Ergebnis ein, <b>C</b> wird konsultiert, <b>I</b> wird informiert.',
  success: 'Erfolg',
  cover: {
    decisions: 'Entscheidungen',
    actions: 'Maßnahmen',
    measures: 'Kennzahlen',
    ofBlocksRan: (total) => `von ${total} Programmpunkten gelaufen`,
    notes: 'Notizen',
    parked: 'geparkt',
    votesClosed: (n) => (n === 1 ? 'Abstimmung beendet' : 'Abstimmungen beendet'),
    exported: (when) => `Exportiert am ${when} mit Offsite.`,
  },
  since: {
    title: 'Seit dem letzten Mal',
    followUpOf: (title) => `Folgetermin von „${title}“.`,
    carriedOver: 'Übernommene Maßnahmen',
    noneCarried: 'Es wurden keine offenen Maßnahmen übernommen.',
    done: 'Erledigt',
    slipped: 'Verzögert',
    dropped: 'Verworfen',
    noneStillOpen: 'Keine mehr offen.',
    stillOpen: (actions, onTrack, atRisk, notReviewed) =>
      `Noch offen: ${actions} (${onTrack} im Plan, ${atRisk} gefährdet, ${notReviewed} noch nicht besprochen).`,
    noOwner: 'niemand verantwortlich',
    measuresMoved: 'Kennzahlen, die sich bewegt haben',
    noMeasureMoved: 'Noch keine Kennzahl hat einen neuen Wert.',
    teamHealth: 'Team-Check',
    noHealth: 'Kein Team-Check, der sich mit einem früheren vergleichen ließe.',
  },
  raisedIn: (block) => `eingebracht in ${block}`,
  open: 'offen',
  movedTo: (block) =>
    `auf die Pinnwand von ${block ?? 'einem gelöschten Programmpunkt'} verschoben`,
  closed: 'abgeschlossen',
  became: (kind, title) =>
    `wurde zu${kind === 'decision' ? 'r Entscheidung' : 'r Maßnahme'} „${title ?? 'gelöscht'}“`,
  questionsInBlocks: (questions) =>
    `${questions} gestellt, jede unter ihrem Programmpunkt bei den Notizen.`,
  noQuestions: 'Es wurden keine Fragen gestellt.',
  answered: 'beantwortet',
  notAnswered: 'nicht beantwortet',
  answer: 'Antwort:',
  noPolls: 'Es gab keine Umfragen.',
  pollKind: {
    choice: 'Mehrfachauswahl',
    scale: 'Skala 1–5',
    fist: 'Fist of Five',
    health: 'Team-Check, 1–5 je Dimension',
  },
  severalAnswers: ', mehrere Antworten',
  anonymousPoll: ', anonym',
  namedPoll: ', mit Namen',
  stillOpenPoll: '; noch offen',
  averageBelow: (average, below) => `; Durchschnitt ${average}; ${below} unter 3`,
  healthLine: (name, average, earlier) =>
    `${name}: Durchschnitt ${average}${earlier ? ` (früher ${earlier})` : ''}`,
  notAsked: 'nicht gefragt',
  option: (n) => `Option ${n}`,
  fist0: '0 (Faust: Ich blockiere)',
  fist5: '5 (volle Unterstützung)',
  scaleLow: '1 (niedrig)',
  scaleHigh: '5 (hoch)',
  confidence: (committed, voters, average, below) => {
    const state = committed ? 'verbindlich' : 'noch nicht verbindlich';
    return voters === 0
      ? `${state}; noch keine Vertrauensstimmen`
      : `${state}; Durchschnitt ${average}; ${below} unter 3`;
  },
  breakoutGroups: 'Kleingruppen',
  members: (list) => `Mitglieder: ${list}`,
  nobody: 'niemand',
  someone: 'Jemand',
  noNotes: 'Keine Notizen.',
  sealed: (n) => (one('de', n) ? `${n} Notiz noch versiegelt.` : `${n} Notizen noch versiegelt.`),
  liftedTo: (to, text) =>
    `Übernommen ${{ room: 'auf die Pinnwand des Raums', decision: 'in die Entscheidungen', action: 'in die Maßnahmen' }[to]}: ${text}`,
  trend: {
    since: (date) => ` seit ${date}`,
    on: (date) => ` am ${date}`,
    noLaterValue: ', noch kein späterer Wert',
    noValues: 'noch keine Werte',
    target: (value) => `Ziel ${value}`,
    by: (date) => ` bis ${date}`,
  },
  chart: {
    votesPerResult: (ref, title) => `Stimmen je Ergebnis, ${ref} ${title}`,
    result: 'Ergebnis',
    votes: 'Stimmen',
    tie: '(gleichauf)',
    answersTo: (question) => `Antworten: ${question}`,
    answer: 'Antwort',
    answers: 'Antworten',
    health: (question) => `Team-Check, Durchschnitt je Dimension (1 bis 5): ${question}`,
    dimension: 'Dimension',
    thisSession: 'Diese Sitzung',
    plannedActual: (day) => `Geplante und tatsächliche Minuten je Programmpunkt, ${day}`,
    block: 'Programmpunkt',
    plannedMin: 'Geplant (Min.)',
    actualMin: 'Tatsächlich (Min.)',
    planned: (n) => `${n} geplant`,
    actual: (n) => `${n} tatsächlich`,
    notRun: 'nicht gelaufen',
    measure: {
      baseline: (value) => `Ausgangswert ${value}`,
      target: (value) => `Ziel ${value}`,
      targetBy: (value, day) => `Ziel ${value} bis ${day}`,
      noValues: 'Noch keine Werte erfasst',
      head: ['Datum', 'Wert', 'Notiz'],
      baselineRow: 'Ausgangswert',
      targetRow: 'Ziel',
    },
  },
};

const fr: ExportSentences = {
  kind: (kind) => FR_KINDS[kind] ?? kind,
  noneRunYet: (blocks, planned) => `Aucune des ${blocks} n’a encore eu lieu (${planned} prévues).`,
  ran: (run, blocks, actual, planned, diff) =>
    `${run} sur ${blocks} ont eu lieu, en ${actual} pour ${planned} prévues (${diff === null ? 'conforme au plan' : `${diff} min`}`,
  addedOnClock: (added) => ` ; dont ${added} ajoutées au chrono`,
  didNotRun: (blocks, planned) => `Non réalisées : ${blocks} (${planned} prévues).`,
  totalRan: (blocks) => `Total des ${blocks} réalisées`,
  minutes: 'minutes',
  notRunLead: (blocks, planned) => `Non réalisées (${blocks}, ${planned} min prévues) :`,
  noneRanLead: (blocks, planned) =>
    `Aucune des ${blocks} de ce jour n’a eu lieu (${planned} min prévues) :`,
  timingNotRun: (kind, planned) => `${kind} · ${planned} min prévues, non réalisée`,
  timingRan: (kind, actual, planned) => `${kind} · ${actual} sur ${planned} min`,
  privateLine: (notes) =>
    `${notes} encore privée(s) (écrites mais pas encore révélées), donc absentes de cet export.`,
  setTo: (remaining, after) => `ramené à ${remaining} restantes${after ? `, puis ${after}` : ''}`,
  owner: (name) => `responsable ${name}`,
  due: (date) => `échéance ${date}`,
  action: (ref) => `Action ${ref} :`,
  anonymous: 'anonyme',
  notGrouped: 'Non regroupées',
  unnamedGroup: 'Groupe sans nom',
  fromGroup: (name) => `Groupe « ${name} »`,
  fromNote: (text) => `Note « ${text} »`,
  notInColumn: 'Hors colonne',
  groupOf: (notes) => `groupe de ${notes}`,
  outcome: 'Résultat :',
  decidedHere: 'Décidé ici',
  assignedHere: 'Attribué ici',
  questionsHere: 'Questions posées ici',
  notesDuringBlock: 'Notes écrites pendant la séquence',
  onTheBoardOf: 'sur le tableau de',
  ranksInSummary: (max, rest) =>
    `Les rangs 1 à ${max} figurent dans la synthèse${rest ? ' ; les autres :' : '.'}`,
  decision: 'Décision',
  context: 'Contexte',
  optionsConsidered: 'Options envisagées',
  rationale: 'Justification',
  decided: 'Décidée',
  inBlock: (title) => `dans ${title}`,
  raciMarkdown:
    'RACI : Réalise (Responsible) fait le travail (le responsable), Répond (Accountable) rend compte du résultat, Consulté (Consulted) donne son avis, Informé (Informed) est tenu au courant.',
  raciHtml:
    'RACI : <b>R</b> réalise le travail (le responsable), <b>A</b> rend compte du résultat, <b>C</b> est consulté, <b>I</b> est informé.',
  success: 'Réussite',
  cover: {
    decisions: 'décisions',
    actions: 'actions',
    measures: 'indicateurs',
    ofBlocksRan: (total) => `sur ${total} séquences réalisées`,
    notes: 'notes',
    parked: 'au parking',
    votesClosed: (n) => (one('fr', n) ? 'vote clos' : 'votes clos'),
    exported: (when) => `Exporté le ${when} avec Offsite.`,
  },
  since: {
    title: 'Depuis la dernière fois',
    followUpOf: (title) => `Suite de « ${title} ».`,
    carriedOver: 'Actions reportées',
    noneCarried: 'Aucune action ouverte n’a été reportée.',
    done: 'Terminées',
    slipped: 'En retard',
    dropped: 'Abandonnées',
    noneStillOpen: 'Plus aucune ouverte.',
    stillOpen: (actions, onTrack, atRisk, notReviewed) =>
      `Encore ouvertes : ${actions} (${onTrack} en bonne voie, ${atRisk} à risque, ${notReviewed} pas encore revues).`,
    noOwner: 'sans responsable',
    measuresMoved: 'Indicateurs qui ont bougé',
    noMeasureMoved: 'Aucun indicateur n’a encore de nouvelle valeur.',
    teamHealth: 'Météo d’équipe',
    noHealth: 'Aucune météo d’équipe à comparer avec une précédente.',
  },
  raisedIn: (block) => `soulevé dans ${block}`,
  open: 'ouvert',
  movedTo: (block) => `déplacé sur le tableau de ${block ?? 'une séquence supprimée'}`,
  closed: 'clos',
  became: (kind, title) =>
    `devenu ${kind === 'decision' ? 'la décision' : 'l’action'} « ${title ?? 'supprimée'} »`,
  questionsInBlocks: (questions) =>
    `${questions} posée(s), chacune sous sa séquence dans les notes.`,
  noQuestions: 'Aucune question n’a été posée.',
  answered: 'répondue',
  notAnswered: 'sans réponse',
  answer: 'Réponse :',
  noPolls: 'Aucun sondage n’a été lancé.',
  pollKind: {
    choice: 'choix multiple',
    scale: 'échelle de 1 à 5',
    fist: 'vote à cinq doigts',
    health: 'météo d’équipe, de 1 à 5 par dimension',
  },
  severalAnswers: ', plusieurs réponses',
  anonymousPoll: ', anonyme',
  namedPoll: ', nominatif',
  stillOpenPoll: ' ; encore ouvert',
  averageBelow: (average, below) => ` ; moyenne ${average} ; ${below} sous 3`,
  healthLine: (name, average, earlier) =>
    `${name} : moyenne ${average}${earlier ? ` (auparavant ${earlier})` : ''}`,
  notAsked: 'non demandé',
  option: (n) => `Option ${n}`,
  fist0: '0 (poing : je bloque)',
  fist5: '5 (plein soutien)',
  scaleLow: '1 (faible)',
  scaleHigh: '5 (élevé)',
  confidence: (committed, voters, average, below) => {
    const state = committed ? 'engagée' : 'pas encore engagée';
    return voters === 0
      ? `${state} ; pas encore de vote de confiance`
      : `${state} ; moyenne ${average} ; ${below} sous 3`;
  },
  breakoutGroups: 'Sous-groupes',
  members: (list) => `Membres : ${list}`,
  nobody: 'personne',
  someone: 'Quelqu’un',
  noNotes: 'Aucune note.',
  sealed: (n) => (one('fr', n) ? `${n} note encore scellée.` : `${n} notes encore scellées.`),
  liftedTo: (to, text) =>
    `Remonté ${{ room: 'au tableau de la salle', decision: 'dans les décisions', action: 'dans les actions' }[to]} : ${text}`,
  trend: {
    since: (date) => ` depuis le ${date}`,
    on: (date) => ` le ${date}`,
    noLaterValue: ', pas encore de valeur ultérieure',
    noValues: 'pas encore de valeur',
    target: (value) => `cible ${value}`,
    by: (date) => ` pour le ${date}`,
    separator: '\u00a0; ',
  },
  chart: {
    votesPerResult: (ref, title) => `Votes par résultat, ${ref} ${title}`,
    result: 'Résultat',
    votes: 'Votes',
    tie: '(ex æquo)',
    answersTo: (question) => `Réponses : ${question}`,
    answer: 'Réponse',
    answers: 'Réponses',
    health: (question) => `Météo d’équipe, moyenne par dimension (de 1 à 5) : ${question}`,
    dimension: 'Dimension',
    thisSession: 'Cette session',
    plannedActual: (day) => `Minutes prévues et réelles par séquence, ${day}`,
    block: 'Séquence',
    plannedMin: 'Prévu (min)',
    actualMin: 'Réel (min)',
    planned: (n) => `${n} prévues`,
    actual: (n) => `${n} réelles`,
    notRun: 'non réalisée',
    measure: {
      baseline: (value) => `Point de départ ${value}`,
      target: (value) => `Cible ${value}`,
      targetBy: (value, day) => `Cible ${value} pour le ${day}`,
      noValues: 'Aucune valeur enregistrée',
      head: ['Date', 'Valeur', 'Note'],
      baselineRow: 'point de départ',
      targetRow: 'cible',
    },
  },
};

export const SENTENCES: Readonly<Record<Language, ExportSentences>> = { en, de, fr };
