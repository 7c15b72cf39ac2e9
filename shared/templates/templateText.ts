// The built-in templates' words in German and French (issue 27): names, descriptions, day
// labels, block titles, the prompts the room reads, the facilitator's notes and the board
// columns. Only words: each entry follows its English template (index.ts, strategyOffsite.ts)
// day by day and block by block, and times, kinds and durations come from there;
// test/unit/shared/templates/templateText.test.ts checks the shapes match. German addresses the
// room as "wir" and the reader as "Sie"; French uses "nous" and "vous"; notes for the facilitator
// are written as short instructions.
import type { Language } from '../i18n/languages';

export interface BlockText {
  title: string;
  prompt?: string;
  notes?: string;
  columns?: string[];
}
export interface TemplateText {
  name: string;
  description: string;
  days: { label: string; blocks: BlockText[] }[];
}

const BACK_DE = 'In 15 Minuten geht es weiter.';
const BACK_FR = 'Reprise dans 15 minutes.';
const LUNCH_DE = 'Mittagspause. Wir beginnen wieder zur angezeigten Zeit.';
const LUNCH_FR = 'Déjeuner. Nous reprenons à l’heure indiquée.';
const PILLARS_DE = ['Planbar', 'Zuverlässig', 'Skalierbar', 'Effizient'];
const PILLARS_FR = ['Prévisible', 'Fiable', 'Évolutif', 'Efficace'];
const RETRO_DE = ['Lief gut', 'Verbessern'];
const RETRO_FR = ['Ce qui a bien marché', 'À améliorer'];

const de: Record<string, TemplateText> = {
  'strategy-offsite': {
    name: 'Strategie-Offsite Produkt & Engineering (2 Tage)',
    description:
      'Zwei volle Tage: Mission, eine 10x-Vision, Personas, Produktstrategie, Engineering-Prioritäten, Kennzahlen, Führung, Entscheidungen und Verantwortung.',
    days: [
      {
        label: 'Tag 1: Wohin wir wollen',
        blocks: [
          {
            title: 'Begrüßung und Mission',
            prompt: 'Warum wir hier sind, was wir mitnehmen und welcher Mission wir dienen.',
            notes:
              'Programm beider Tage, Arbeitsvereinbarungen (Handys weg, ein Gespräch zur Zeit), den Parkplatz vorstellen. Die Mission in einem Satz wiederholen.',
          },
          {
            title: 'Vision: Was bräuchte es für 10-faches Wachstum?',
            prompt:
              'Stellen Sie sich vor, wir sind in drei Jahren zehnmal so groß. Was ist dann wahr? Was hat es gebraucht?',
            notes:
              'Erst fünf Minuten stilles Schreiben, dann eine Notiz pro Idee. Über kleine Schritte hinausdenken: 10x, nicht 10 %.',
            columns: ['Was bei 10x wahr ist', 'Was es gebraucht hat', 'Was uns aufhalten würde'],
          },
          { title: 'Vormittagspause', prompt: BACK_DE },
          {
            title: 'Vision: die Wetten auswählen',
            prompt: 'Was davon brächte uns am weitesten Richtung 10x? Vergeben Sie Ihre Stimmen.',
            notes:
              'Doppelte Notizen vor der Abstimmung zusammenfassen. Drei Stimmen pro Person; gemeinsam aufdecken.',
          },
          {
            title: 'Personas: für wen wir bauen',
            prompt:
              'Was muss jede Persona erledigen, was steht ihr im Weg, und was würde sie begeistern?',
            notes:
              'Von echten Kundengeschichten ausgehen. Eine weitere Persona nur, wenn der Raum darauf besteht; wenige bleiben.',
            columns: ['Mike, Marktplatz-Manager', 'Eddie, Unternehmer'],
          },
          { title: 'Mittagspause', prompt: LUNCH_DE },
          {
            title: 'Produktstrategie und Zielkunden',
            prompt:
              'Welche Kunden bedienen wir zuerst, welche Probleme lösen wir für sie, und wozu sagen wir Nein?',
            notes:
              'Jede Antwort mit den Personas und den gewählten Wetten verbinden. Entscheidungen festhalten, sobald sie fallen.',
          },
          { title: 'Nachmittagspause', prompt: BACK_DE },
          {
            title: 'Prioritäten der Engineering-Roadmap',
            prompt:
              'Was muss das Engineering tun, damit wir planbar, zuverlässig, skalierbar und effizient sind?',
            notes:
              'Eine Spalte pro Säule. Nach konkreten Arbeitspaketen fragen, nicht nach Schlagworten; zu jedem den Aufwand notieren.',
            columns: PILLARS_DE,
          },
          {
            title: 'Abstimmung über die Roadmap-Prioritäten',
            prompt:
              'Welche Engineering-Investitionen zählen in den nächsten zwei Quartalen am meisten?',
            notes:
              'Fünf Stimmen pro Person. Die ersten fünf vorlesen und fragen, ob es einen starken Einwand gibt.',
            columns: PILLARS_DE,
          },
          {
            title: 'Abschluss Tag 1',
            prompt: 'Was haben wir heute entschieden, und was ist für morgen noch offen?',
            notes: 'Entscheidungen und Parkplatz durchgehen. Kurze Runde: ein Wort pro Person.',
          },
        ],
      },
      {
        label: 'Tag 2: Wie wir dorthin kommen',
        blocks: [
          {
            title: 'Willkommen zurück und Rückblick',
            prompt: 'Die Entscheidungen von gestern und der Plan für heute.',
            notes: 'Die Entscheidungen von Tag 1 zeigen. Hat sich über Nacht etwas geändert?',
          },
          {
            title: 'Produkterfolg messen',
            prompt: 'Nutzen die Kunden, was wir bauen? Wie viel Wert haben sie davon?',
            notes:
              'Eine Handvoll Kennzahlen pro Spalte anstreben: Nutzung und Bindung links, Ergebnisse rechts.',
            columns: ['Nutzen die Kunden es?', 'Wie viel Wert haben sie davon?'],
          },
          { title: 'Vormittagspause', prompt: BACK_DE },
          {
            title: 'Engineering-Erfolg messen',
            prompt:
              'Woran erkennen wir, dass das Engineering planbar, zuverlässig, skalierbar und effizient ist?',
            notes:
              'Kennzahlen bevorzugen, die das Team jede Woche sieht (Durchlaufzeit, Störungen, Kosten pro Kunde).',
            columns: PILLARS_DE,
          },
          {
            title: 'Unsere Kennzahlen wählen',
            prompt: 'Über welche Produkt- und Engineering-Kennzahlen berichten wir jeden Monat?',
            notes:
              'Drei Stimmen pro Person. Jede gewählte Kennzahl braucht vor Ende der Mittagspause eine zuständige Person.',
          },
          { title: 'Mittagspause', prompt: LUNCH_DE },
          {
            title: 'Führung: Menschen und Ergebnisse im Blick',
            prompt:
              'Wie entwickeln wir unsere Leute und liefern zugleich Ergebnisse? Wo sind wir aus dem Gleichgewicht?',
            notes:
              'Erst zu zweit (10 Minuten), dann im Plenum. Eine Gewohnheit finden, die wir anfangen, und eine, die wir lassen.',
          },
          {
            title: 'Entscheidungen: streiten, dann mittragen',
            prompt:
              'Hart in der Sache streiten, dann mittragen. Was entscheiden wir, und wer ist anderer Meinung, trägt es aber mit?',
            notes:
              'Die offenen Themen vom Parkplatz aufgreifen. Jede Entscheidung mit Begründung und etwaigen Gegenstimmen festhalten.',
          },
          { title: 'Nachmittagspause', prompt: BACK_DE },
          {
            title: 'Verantwortung und nächste Schritte',
            prompt:
              'Für Ergebnisse einstehen, selbst und als Team: Wer übernimmt welchen nächsten Schritt, und bis wann?',
            notes:
              'Jede Maßnahme bekommt eine durchführende (R) und eine verantwortliche Person (A), ein Datum und ein Erfolgskriterium. Ohne Zuständige keine Maßnahme.',
          },
          {
            title: 'Abschluss: Zusagen und Feedback',
            prompt:
              'Eine Zusage pro Person und eine Sache, die wir an diesem Offsite verbessern können.',
            notes: 'Sagen, wann und wie die Zusammenfassung verteilt wird.',
          },
        ],
      },
    ],
  },
  retrospective: {
    name: 'Retrospektive',
    description:
      'Etwa 80 Minuten: Einstieg, was gut lief und was besser werden soll, Abstimmung, Diskussion, Maßnahmen.',
    days: [
      {
        label: 'Retrospektive',
        blocks: [
          {
            title: 'Einstieg',
            prompt:
              'Auf welchen Zeitraum blicken wir zurück, und was wollen wir aus dieser Stunde mitnehmen?',
            notes: 'Die Grundregel wiederholen: Alle haben ihr Bestes gegeben.',
          },
          {
            title: 'Lief gut / verbessern',
            prompt: 'Eine Notiz pro Gedanke: Was lief gut, und was sollten wir verbessern?',
            notes: '7 Minuten stilles Schreiben, dann vorlesen und ähnliche Notizen gruppieren.',
            columns: RETRO_DE,
          },
          {
            title: 'Abstimmung',
            prompt: 'Über welche Themen sollten wir sprechen? Drei Stimmen pro Person.',
            columns: RETRO_DE,
          },
          {
            title: 'Diskussion',
            prompt: 'Die Themen mit den meisten Stimmen zuerst: Was ist passiert, und warum?',
            notes:
              'Jedes Thema auf etwa 8 Minuten begrenzen; weitergehen, wenn der Raum sich einig ist.',
          },
          {
            title: 'Maßnahmen',
            prompt: 'Was machen wir anders, wer übernimmt es, und bis wann?',
            notes: 'Höchstens zwei oder drei Maßnahmen, jede mit genau einer zuständigen Person.',
          },
        ],
      },
    ],
  },
  'brainstorm-vote': {
    name: 'Brainstorming und Abstimmung',
    description:
      'Etwa eine Stunde: eine Frage stellen, Ideen sammeln, gruppieren, abstimmen, nächste Schritte vereinbaren.',
    days: [
      {
        label: 'Brainstorming',
        blocks: [
          {
            title: 'Die Frage stellen',
            prompt: 'Die Frage, zu der wir Ideen suchen, und wie eine gute Antwort aussieht.',
          },
          {
            title: 'Brainstorming',
            prompt: 'Eine Idee pro Notiz. Erst die Menge; noch nicht bewerten.',
            notes: 'Bei 5 Minuten Restzeit ansagen; zu verrückten Ideen ermutigen.',
          },
          {
            title: 'Gruppieren und klären',
            prompt: 'Ähnliche Ideen gruppieren und nachfragen, was unklar ist.',
          },
          {
            title: 'Abstimmung',
            prompt: 'Vergeben Sie Ihre Stimmen an die Ideen, die es wert sind, verfolgt zu werden.',
          },
          {
            title: 'Ergebnisse und nächste Schritte besprechen',
            prompt: 'Was haben die besten Ideen gemeinsam, und was tun wir als Nächstes?',
          },
        ],
      },
    ],
  },
  blank: {
    name: 'Leer',
    description: 'Ein leerer Tag, Beginn um 09:00.',
    days: [{ label: 'Tag 1', blocks: [] }],
  },
};

const fr: Record<string, TemplateText> = {
  'strategy-offsite': {
    name: 'Séminaire stratégique Produit & Engineering (2 jours)',
    description:
      'Deux journées complètes : mission, vision 10x, personas, stratégie produit, priorités d’engineering, indicateurs, leadership, décisions et responsabilités.',
    days: [
      {
        label: 'Jour 1 : où nous allons',
        blocks: [
          {
            title: 'Accueil et mission',
            prompt:
              'Pourquoi nous sommes ici, ce que nous emporterons et la mission que nous servons.',
            notes:
              'Présenter le programme des deux jours, les règles de travail (téléphones rangés, une conversation à la fois) et le parking. Redire la mission en une phrase.',
          },
          {
            title: 'Vision : que faudrait-il pour croître 10x ?',
            prompt:
              'Imaginez que nous soyons dix fois plus grands dans trois ans. Qu’est-ce qui est vrai alors ? Qu’a-t-il fallu ?',
            notes:
              'D’abord cinq minutes d’écriture silencieuse, puis une note par idée. Pousser au-delà des réponses incrémentales : 10x, pas 10 %.',
            columns: ['Ce qui est vrai à 10x', 'Ce qu’il a fallu', 'Ce qui nous arrêterait'],
          },
          { title: 'Pause du matin', prompt: BACK_FR },
          {
            title: 'Vision : choisir nos paris',
            prompt:
              'Lesquelles de ces pistes nous rapprocheraient le plus du 10x ? Répartissez vos votes.',
            notes:
              'Regrouper les doublons avant le vote. Trois votes par personne ; révéler ensemble.',
          },
          {
            title: 'Personas : pour qui nous construisons',
            prompt:
              'Que doit accomplir chaque persona, qu’est-ce qui la freine, et qu’est-ce qui la ravirait ?',
            notes:
              'Partir d’histoires clients réelles. N’ajouter une persona que si la salle insiste ; en garder peu.',
            columns: ['Mike, gestionnaire de marketplace', 'Eddie, entrepreneur'],
          },
          { title: 'Déjeuner', prompt: LUNCH_FR },
          {
            title: 'Stratégie produit et clients cibles',
            prompt:
              'Quels clients servons-nous d’abord, quels problèmes résolvons-nous pour eux, et à quoi disons-nous non ?',
            notes:
              'Relier chaque réponse aux personas et aux paris retenus. Consigner les décisions au fil de l’eau.',
          },
          { title: 'Pause de l’après-midi', prompt: BACK_FR },
          {
            title: 'Priorités de la feuille de route engineering',
            prompt:
              'Que doit faire l’engineering pour que nous soyons prévisibles, fiables, évolutifs et efficaces ?',
            notes:
              'Une colonne par pilier. Demander des chantiers concrets, pas des slogans ; noter le coût de chacun.',
            columns: PILLARS_FR,
          },
          {
            title: 'Vote sur les priorités de la feuille de route',
            prompt:
              'Quels investissements d’engineering comptent le plus pour les deux prochains trimestres ?',
            notes:
              'Cinq votes par personne. Lire les cinq premiers et vérifier qu’il n’y a pas d’objection forte.',
            columns: PILLARS_FR,
          },
          {
            title: 'Bilan du jour 1',
            prompt: 'Qu’avons-nous décidé aujourd’hui, et que reste-t-il d’ouvert pour demain ?',
            notes: 'Revoir les décisions et le parking. Tour rapide : un mot chacun.',
          },
        ],
      },
      {
        label: 'Jour 2 : comment nous y arriverons',
        blocks: [
          {
            title: 'Bon retour et récapitulatif',
            prompt: 'Les décisions d’hier et le programme d’aujourd’hui.',
            notes: 'Montrer les décisions du jour 1. Quelque chose a-t-il changé pendant la nuit ?',
          },
          {
            title: 'Mesurer la performance du produit',
            prompt:
              'Les clients utilisent-ils ce que nous construisons ? Quelle valeur en tirent-ils ?',
            notes:
              'Viser une poignée d’indicateurs par colonne : adoption et rétention à gauche, résultats à droite.',
            columns: ['Les clients l’utilisent-ils ?', 'Quelle valeur en tirent-ils ?'],
          },
          { title: 'Pause du matin', prompt: BACK_FR },
          {
            title: 'Mesurer la réussite de l’engineering',
            prompt:
              'Comment saurons-nous que l’engineering est prévisible, fiable, évolutif et efficace ?',
            notes:
              'Préférer des indicateurs que l’équipe voit chaque semaine (délai de livraison, incidents, coût par client).',
            columns: PILLARS_FR,
          },
          {
            title: 'Choisir nos indicateurs',
            prompt:
              'Sur quels indicateurs produit et engineering rendrons-nous compte chaque mois ?',
            notes:
              'Trois votes par personne. Chaque indicateur retenu a besoin d’un responsable avant la fin du déjeuner.',
          },
          { title: 'Déjeuner', prompt: LUNCH_FR },
          {
            title: 'Leadership : l’attention aux personnes et aux résultats',
            prompt:
              'Comment faire grandir nos équipes tout en livrant des résultats ? Où sommes-nous déséquilibrés ?',
            notes:
              'D’abord en binômes (10 minutes), puis en plénière. Chercher une habitude à prendre et une à abandonner.',
          },
          {
            title: 'Décisions : débattre, puis s’engager',
            prompt:
              'Débattre franchement, puis s’engager. Que décidons-nous, et qui n’est pas d’accord mais s’engage ?',
            notes:
              'Reprendre les sujets ouverts du parking. Consigner chaque décision avec sa justification et les désaccords éventuels.',
          },
          { title: 'Pause de l’après-midi', prompt: BACK_FR },
          {
            title: 'Responsabilités et prochaines étapes',
            prompt:
              'Répondre des résultats, soi-même et en équipe : qui porte chaque prochaine étape, et pour quand ?',
            notes:
              'Chaque action a un réalisateur (R), un approbateur (A), une date et un critère de réussite. Pas de responsable, pas d’action.',
          },
          {
            title: 'Clôture : engagements et retours',
            prompt: 'Un engagement chacun, et une chose à améliorer pour ce séminaire.',
            notes: 'Dire quand et comment la synthèse sera partagée.',
          },
        ],
      },
    ],
  },
  retrospective: {
    name: 'Rétrospective',
    description:
      'Environ 80 minutes : mise en route, ce qui a bien marché et ce qui est à améliorer, vote, discussion, actions.',
    days: [
      {
        label: 'Rétrospective',
        blocks: [
          {
            title: 'Mise en route',
            prompt: 'Sur quelle période revenons-nous, et qu’attendons-nous de cette heure ?',
            notes: 'Rappeler la directive première : chacun a fait de son mieux.',
          },
          {
            title: 'Ce qui a bien marché / à améliorer',
            prompt:
              'Une note par idée : qu’est-ce qui a bien marché, et que devrions-nous améliorer ?',
            notes:
              'Écriture silencieuse pendant 7 minutes, puis lecture et regroupement des notes proches.',
            columns: RETRO_FR,
          },
          {
            title: 'Vote',
            prompt: 'De quels sujets devrions-nous parler ? Trois votes par personne.',
            columns: RETRO_FR,
          },
          {
            title: 'Discussion',
            prompt: 'Les sujets les plus votés d’abord : que s’est-il passé, et pourquoi ?',
            notes:
              'Limiter chaque sujet à environ 8 minutes ; passer au suivant quand la salle est d’accord.',
          },
          {
            title: 'Actions',
            prompt: 'Que ferons-nous autrement, qui s’en charge, et pour quand ?',
            notes: 'Deux ou trois actions au plus, chacune avec un seul responsable.',
          },
        ],
      },
    ],
  },
  'brainstorm-vote': {
    name: 'Brainstorming et vote',
    description:
      'Environ une heure : poser une question, recueillir des idées, regrouper, voter, convenir des prochaines étapes.',
    days: [
      {
        label: 'Brainstorming',
        blocks: [
          {
            title: 'Poser la question',
            prompt:
              'La question sur laquelle nous cherchons des idées, et ce à quoi ressemble une bonne réponse.',
          },
          {
            title: 'Brainstorming',
            prompt: 'Une idée par note. La quantité d’abord ; pas encore de jugement.',
            notes: 'Annoncer quand il reste 5 minutes ; encourager les idées audacieuses.',
          },
          {
            title: 'Regrouper et clarifier',
            prompt:
              'Regrouper les idées proches et poser des questions sur ce qui n’est pas clair.',
          },
          {
            title: 'Vote',
            prompt: 'Répartissez vos votes sur les idées qui méritent d’être poursuivies.',
          },
          {
            title: 'Discuter des résultats et des prochaines étapes',
            prompt: 'Qu’ont en commun les meilleures idées, et que faisons-nous ensuite ?',
          },
        ],
      },
    ],
  },
  blank: {
    name: 'Vide',
    description: 'Une journée vide qui commence à 09:00.',
    days: [{ label: 'Jour 1', blocks: [] }],
  },
};

/** The words of each built-in template in each language other than English. */
export const TEMPLATE_TEXT: Readonly<
  Record<Exclude<Language, 'en'>, Record<string, TemplateText>>
> = { de, fr };
