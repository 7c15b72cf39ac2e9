// Registers written through their commands for the register views' tests.
import type * as Y from 'yjs';
import { addDecision } from '#shared/model/registers/commands';
import { addAction } from '#shared/model/registers/commands';
import { addMeasure } from '#shared/model/registers/commands';
import { sessionDoc } from '../../stores/storeTestKit';

export function registersDoc(): Y.Doc {
  const doc = sessionDoc();
  addDecision(doc, {
    id: 'd1',
    title: 'Price per seat',
    decision: 'We charge per seat.',
    rationale: 'Simple to explain',
    dissent: { mode: 'count', count: 2 },
    committed: true,
    now: 1,
  });
  addDecision(doc, { id: 'd2', title: 'Move the office', now: 2 });
  addAction(doc, {
    id: 'a1',
    title: 'Update the price page',
    responsible: 'Ada',
    accountable: 'Grace',
    consulted: ['Sales', 'Legal'],
    due: '2027-01-15',
    status: 'in progress',
    now: 3,
  });
  addAction(doc, { id: 'a2', title: 'Find a venue', now: 4 });
  addMeasure(doc, {
    id: 'm1',
    name: 'Seats sold',
    baseline: '120',
    target: '200',
    byWhen: 'Q2',
    owner: 'Ada',
    decisionIds: ['d1'],
    actionIds: ['a1'],
    now: 5,
  });
  return doc;
}
