/** Whose sum: a figure's own clause and the parties it names (ingest/store/figure-clause.ts). Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { ownClause, tellingOf, toldOfOthers, type Party } from '../../ingest/store/figure-clause.ts';

const PARTIES: Party[] = [{ id: 1, names: ['Wenlock Capital', 'Wenlock'] }, { id: 2, names: ['Orchard Digital'] }, { id: 3, names: ['Tallis Bank'] }];
const names = (id: number) => PARTIES.find((p) => p.id === id)?.names ?? [];

describe('ownClause', () => {
  it('takes the clause that holds the figure, not the sentence around it', () => {
    const s = 'Wenlock Capital put in $4 billion of cash, and Orchard Digital took a payout of $3 billion when the venture closed.';
    expect(ownClause(s, '$3 billion')).toBe('and Orchard Digital took a payout of $3 billion when the venture closed.');
    expect(ownClause(s, '$4 billion')).toBe('Wenlock Capital put in $4 billion of cash');
    expect(ownClause('The site covers 2,300 acres near the river.', '2,300 acres')).toBe('The site covers 2,300 acres near the river.');
    expect(ownClause('No such figure here.', '$9 billion')).toBe('No such figure here.');
  });
});

describe('toldOfOthers', () => {
  it('parts equal sums whose clauses name other parties, when one sentence never names the other clause\'s party', () => {
    const payout = tellingOf('Wenlock Capital put in $4 billion of cash, and Orchard Digital took a payout of $3 billion.', '$3 billion', 2, PARTIES);
    const bonds = tellingOf('Tallis Bank funds bought $3 billion of the notes sold by Harbor Lane, the vehicle paying for the Orchard Digital campus.', '$3 billion', 3, PARTIES);
    expect(payout).toMatchObject({ parties: new Set([2]), named: true });
    expect(toldOfOthers(bonds, payout, names)).toBe(true);
  });

  it('keeps two ends of one deal together, and never parts on an owner the clause does not name', () => {
    const pay = tellingOf('Orchard Digital agreed to pay $5 billion, a deal that makes Wenlock its landlord.', '$5 billion', 2, PARTIES);
    const won = tellingOf('Wenlock Capital won a $5 billion lease, its chief said of the Orchard Digital deal.', '$5 billion', 1, PARTIES);
    expect(toldOfOthers(pay, won, names)).toBe(false);
    const unnamed = tellingOf('The package is split into $5 billion of equity and $7 billion of debt.', '$5 billion', 3, PARTIES);
    expect(unnamed).toMatchObject({ parties: new Set([3]), named: false });
    expect(toldOfOthers(unnamed, tellingOf('Tallis Bank will lend $5 billion to Orchard Digital.', '$5 billion', 3, PARTIES), names)).toBe(false);
    // One party under a longer name is one party.
    const long = tellingOf('Wenlock Capital raised $5 billion.', '$5 billion', 1, PARTIES);
    const short: ReturnType<typeof tellingOf> = { parties: new Set([9]), named: true, clause: 'Wenlock raised $5 billion', sentence: 'Wenlock raised $5 billion.' };
    expect(toldOfOthers(long, short, (id) => (id === 9 ? ['Wenlock'] : names(id)))).toBe(false);
  });
});
