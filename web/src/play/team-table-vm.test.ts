import { describe, expect, it } from 'vitest';
import { playedGame } from '../test-support/played-game.ts';
import { teamVm } from './team-vm.ts';

const game = playedGame(1);
const ryan = game.seat('bo').lenses.leefwereld!.families.find((f) => f.key === 'ryan')!.name;

describe('the team table as readable cards', () => {
  it('turns a shared family into a family card for Ryan, with its story and timeline', () => {
    const after = game.act('bo', {
      type: 'share-to-table',
      role: 'ervaringsdeskundige',
      item: 'family:ryan',
    });
    const [card] = teamVm(after.seat('ann'))!.shared;
    expect(card.title).toEqual({ key: 'table.item.family', values: { name: ryan } });
    expect(card.by).toEqual({ kind: 'student', name: 'Student bo' });
    expect(card).toMatchObject({ role: 'ervaringsdeskundige', round: 2 });
    expect(card.body?.kind).toBe('family');
    if (card.body?.kind !== 'family') return;
    expect(card.body.family.name).toBe(ryan);
    expect(card.body.family.story[0]).toEqual({ key: 'open.ryan', values: {} });
    expect(card.body.family.timeline.length).toBeGreaterThan(0);
  });

  it('shows a shared dashboard as its KPIs, newest first', () => {
    const after = game
      .act('bo', { type: 'share-to-table', role: 'ervaringsdeskundige', item: 'family:sara' })
      .act('ann', { type: 'share-to-table', role: 'wethouder', item: 'beleid.dashboard' });
    const shared = teamVm(after.seat('bo'))!.shared;
    expect(shared.map((s) => s.item)).toEqual(['beleid.dashboard', 'family:sara']);
    const [dash] = shared;
    expect(dash.title.key).toBe('table.item.beleid.dashboard');
    expect(dash.body?.kind).toBe('kpis');
    if (dash.body?.kind !== 'kpis') return;
    const clients = dash.body.kpis.find((k) => k.key === 'registeredClients');
    expect(clients?.value).toBe(after.seat('ann').lenses.beleid?.dashboard?.registeredClients);
  });

  it('lists answered signals with the answer and who gave it', () => {
    const raised = game.act('bo', { type: 'raise-signal', familyKey: 'ryan', aspect: 'waiting' });
    const open = teamVm(raised.seat('ann'))!.openSignals;
    expect(open).toHaveLength(1);
    const answered = raised.act('ann', { type: 'respond-signal', signalId: open[0].id, response: 'act' });
    const vm = teamVm(answered.seat('ann'))!;
    expect(vm.openSignals).toEqual([]);
    expect(vm.answeredSignals).toEqual([
      expect.objectContaining({
        familyName: ryan,
        aspect: 'waiting',
        answer: 'act',
        answeredBy: { kind: 'student', name: 'Student ann' },
        raisedBy: { kind: 'student', name: 'Student bo' },
      }),
    ]);
  });
});
