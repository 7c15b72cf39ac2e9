// The two-day Product & Engineering strategy offsite Offsite was born from:
// 09:00 to about 17:00 each day, with breaks and lunch, prompts for the room and notes for the facilitator.
import type { DayDraft } from '../model/agenda/names';

const PILLARS = ['Predictable', 'Reliable', 'Scalable', 'Efficient'];

export const STRATEGY_OFFSITE_DAYS: DayDraft[] = [
  {
    label: 'Day 1: Where we are going',
    startTime: '09:00',
    blocks: [
      {
        title: 'Welcome and mission',
        kind: 'talk',
        plannedMinutes: 30,
        prompt: 'Why we are here, what we will leave with, and the mission we serve.',
        facilitatorNotes:
          'Agenda for both days, working agreements (phones away, one conversation), the parking lot. Restate the mission in one sentence.',
      },
      {
        title: 'Vision: what would 10x growth take?',
        kind: 'brainstorm',
        plannedMinutes: 60,
        prompt: 'Imagine we are 10x the size in three years. What is true then? What did it take?',
        facilitatorNotes:
          'Five minutes of silent writing first, then one note per idea. Push past incremental answers: 10x, not 10%.',
        columns: ['What is true at 10x', 'What it took', 'What would stop us'],
      },
      {
        title: 'Morning break',
        kind: 'break',
        plannedMinutes: 15,
        prompt: 'Back in 15 minutes.',
      },
      {
        title: 'Vision: pick the bets',
        kind: 'vote',
        plannedMinutes: 30,
        prompt: 'Which of these would move us furthest toward 10x? Spend your votes.',
        facilitatorNotes: 'Cluster duplicates before voting. Three votes each; reveal together.',
      },
      {
        title: 'Personas: who we build for',
        kind: 'brainstorm',
        plannedMinutes: 60,
        prompt:
          'What does each persona need to get done, what gets in their way, and what would delight them?',
        facilitatorNotes:
          'Start from real customer stories. Add a persona if the room insists, but keep it to a few.',
        columns: ['Mike the Marketplace Manager', 'Eddie the Entrepreneur'],
      },
      {
        title: 'Lunch',
        kind: 'break',
        plannedMinutes: 60,
        prompt: 'Lunch. We restart at the time shown.',
      },
      {
        title: 'Product strategy and target customers',
        kind: 'discuss',
        plannedMinutes: 75,
        prompt:
          'Which customers do we serve first, which problems do we solve for them, and what do we say no to?',
        facilitatorNotes:
          'Tie each answer back to the personas and the chosen bets. Capture decisions as they happen.',
      },
      {
        title: 'Afternoon break',
        kind: 'break',
        plannedMinutes: 15,
        prompt: 'Back in 15 minutes.',
      },
      {
        title: 'Engineering roadmap priorities',
        kind: 'brainstorm',
        plannedMinutes: 60,
        prompt:
          'What must engineering do so that we are predictable, reliable, scalable and efficient?',
        facilitatorNotes:
          'One column per pillar. Ask for concrete work items, not slogans; note the cost of each.',
        columns: PILLARS,
      },
      {
        title: 'Vote on roadmap priorities',
        kind: 'vote',
        plannedMinutes: 30,
        prompt: 'Which engineering investments matter most for the next two quarters?',
        facilitatorNotes:
          'Five votes each. Read out the top five and check for a strong objection.',
        columns: PILLARS,
      },
      {
        title: 'Day 1 wrap-up',
        kind: 'discuss',
        plannedMinutes: 30,
        prompt: 'What did we decide today, and what is still open for tomorrow?',
        facilitatorNotes: 'Review the decisions and the parking lot. Quick round: one word each.',
      },
    ],
  },
  {
    label: 'Day 2: How we will get there',
    startTime: '09:00',
    blocks: [
      {
        title: 'Welcome back and recap',
        kind: 'talk',
        plannedMinutes: 20,
        prompt: "Yesterday's decisions and today's plan.",
        facilitatorNotes: 'Show the Day 1 decisions. Anything that changed overnight?',
      },
      {
        title: 'Measuring product performance',
        kind: 'brainstorm',
        plannedMinutes: 60,
        prompt: 'Are customers using what we build? How much value do they get?',
        facilitatorNotes:
          'Aim for a handful of metrics per column: adoption and retention on the left, outcomes on the right.',
        columns: ['Are customers using it?', 'How much value do they get?'],
      },
      {
        title: 'Morning break',
        kind: 'break',
        plannedMinutes: 15,
        prompt: 'Back in 15 minutes.',
      },
      {
        title: 'Measuring engineering success',
        kind: 'brainstorm',
        plannedMinutes: 50,
        prompt: 'How will we know engineering is predictable, reliable, scalable and efficient?',
        facilitatorNotes:
          'Prefer measures the team can see weekly (lead time, incidents, cost per customer).',
        columns: PILLARS,
      },
      {
        title: 'Choose our measures',
        kind: 'vote',
        plannedMinutes: 25,
        prompt: 'Which product and engineering measures will we report on every month?',
        facilitatorNotes: 'Three votes each. Each chosen measure needs an owner before lunch ends.',
      },
      {
        title: 'Lunch',
        kind: 'break',
        plannedMinutes: 60,
        prompt: 'Lunch. We restart at the time shown.',
      },
      {
        title: 'Leadership: people focus and results focus',
        kind: 'discuss',
        plannedMinutes: 60,
        prompt:
          'How do we grow our people and deliver results at the same time? Where are we out of balance?',
        facilitatorNotes:
          'Pairs first (10 minutes), then the room. Look for one habit to start and one to stop.',
      },
      {
        title: 'Decisions: debate, then commit',
        kind: 'discuss',
        plannedMinutes: 75,
        prompt: 'Debate vigorously, then commit. What do we decide, and who disagrees but commits?',
        facilitatorNotes:
          'Take the open items from the parking lot. Record each decision with its rationale and any dissent.',
      },
      {
        title: 'Afternoon break',
        kind: 'break',
        plannedMinutes: 15,
        prompt: 'Back in 15 minutes.',
      },
      {
        title: 'Accountability and next steps',
        kind: 'discuss',
        plannedMinutes: 60,
        prompt:
          'Hold yourself and your team accountable for results: who owns each next step, and by when?',
        facilitatorNotes:
          'Every action gets one owner (R), one accountable (A), a date and a success measure. No owner, no action.',
      },
      {
        title: 'Close: commitments and feedback',
        kind: 'talk',
        plannedMinutes: 20,
        prompt: 'One commitment each, and one thing to improve about this offsite.',
        facilitatorNotes: 'Say when and how the summary will be shared.',
      },
    ],
  },
];
