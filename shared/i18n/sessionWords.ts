// The words the domain itself writes into a session (issue 27): a new day's label, a copy's
// title, a follow-up's title and its opening "Review commitments" block, a decision made from an
// attendee's suggestion. They are content (the agenda, the registers): the projector shows them
// and the exports print them, so they are written in the session's language (readSessionLanguage),
// not the language of whoever pressed the button.
import type { Language } from './languages';

export interface SessionWords {
  /** A day without a label of its own: "Day 2". */
  day(n: number): string;
  /** A duplicated day or block: "Vision (copy)". */
  copyOf(text: string): string;
  /** The follow-up's title: "Q3 offsite · follow-up 1". */
  followUp(title: string, n: number): string;
  /** The block a follow-up opens with. */
  review: { title: string; prompt: string; facilitatorNotes: string };
  /** The line a decision or action from an attendee's suggestion keeps of where it came from. */
  suggestedBy(name: string | null): string;
  /** A decision's title when what it was made from has no words (an unnamed, empty group). */
  decision: string;
}

const WORDS: Record<Language, SessionWords> = {
  en: {
    day: (n) => `Day ${n}`,
    copyOf: (text) => `${text} (copy)`,
    followUp: (title, n) => `${title} · follow-up ${n}`,
    review: {
      title: 'Review commitments',
      prompt:
        'What became of what we committed to last time? Each owner: done, on track, at risk, slipped or dropped.',
      facilitatorNotes:
        'Each Responsible records a status with a one-line note; the room sees which are not reviewed yet.',
    },
    suggestedBy: (name) => `Suggested by ${name || 'an attendee'}.`,
    decision: 'Decision',
  },
  de: {
    day: (n) => `Tag ${n}`,
    copyOf: (text) => `${text} (Kopie)`,
    followUp: (title, n) => `${title} · Folgesitzung ${n}`,
    review: {
      title: 'Zusagen besprechen',
      prompt:
        'Was ist aus unseren Zusagen vom letzten Mal geworden? Jede zuständige Person: erledigt, im Plan, gefährdet, verzögert oder verworfen.',
      facilitatorNotes:
        'Jede durchführende Person hält einen Status mit einer einzeiligen Notiz fest; der Raum sieht, was noch nicht besprochen ist.',
    },
    suggestedBy: (name) => `Vorgeschlagen von ${name || 'einer teilnehmenden Person'}.`,
    decision: 'Entscheidung',
  },
  fr: {
    day: (n) => `Jour ${n}`,
    copyOf: (text) => `${text} (copie)`,
    followUp: (title, n) => `${title} · suivi ${n}`,
    review: {
      title: 'Revue des engagements',
      prompt:
        'Qu’est devenu ce à quoi nous nous sommes engagés la dernière fois\u00a0? Chaque responsable\u00a0: fait, en bonne voie, à risque, en retard ou abandonné.',
      facilitatorNotes:
        'Chaque réalisateur note un statut avec une note d’une ligne\u00a0; la salle voit ce qui n’a pas encore été passé en revue.',
    },
    suggestedBy: (name) => `Proposé par ${name || 'un participant'}.`,
    decision: 'Décision',
  },
};

export function sessionWords(language: Language): SessionWords {
  return WORDS[language];
}

/** A title without the follow-up suffix any language gave it ("Q3 offsite · Folgesitzung 2"). */
export function withoutFollowUp(title: string): string {
  const suffixes = Object.values(WORDS).map((w) => w.followUp('', 0).replace(/0$/, ''));
  for (const s of suffixes) {
    const at = title.lastIndexOf(s);
    if (at > 0 && /^\d+$/.test(title.slice(at + s.length))) return title.slice(0, at);
  }
  return title;
}
