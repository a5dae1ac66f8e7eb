/**
 * One short sentence of our own for an event, built from its type, actors,
 * place and the figure in the evidence (never a copy of the evidence).
 */
import type { ExtractedEvent, EventType } from './types.ts';
import type { SentenceInfo } from './context.ts';

const VERB: Record<EventType, string> = {
  shutdown: 'discontinues or pauses',
  land_dispute: 'faces a siting dispute over',
  legal: 'is party to a legal action over',
  regulation: 'sets or changes rules on',
  partnership: 'agrees a deal with',
  funding: 'raises or invests capital',
  spend_plan: 'plans spending',
  buildout: 'announces or advances a data-centre build',
  energy: 'strikes a power or resource arrangement',
  outage: 'suffers a service disruption',
  pricing: 'changes prices',
  acquisition: 'agrees an acquisition involving',
};

function list(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function summarise(ev: Pick<ExtractedEvent, 'type' | 'actors' | 'location' | 'date'>, s: SentenceInfo): string {
  const [lead, ...rest] = ev.actors;
  const subject = lead ?? (ev.location ? `Authorities in ${ev.location}` : 'An unnamed party');
  const figure = s.money[0]?.text ?? s.quantities[0]?.text;
  const where = ev.location && lead ? ` in ${ev.location}` : '';
  let body: string;
  switch (ev.type) {
    case 'partnership':
    case 'acquisition':
    case 'land_dispute':
    case 'legal':
      body = rest.length ? `${VERB[ev.type]} ${list(rest)}` : VERB[ev.type].replace(/ (with|over|involving)$/, '');
      break;
    case 'shutdown':
      body = rest.length ? `discontinues or pauses ${list(rest)}` : 'discontinues or pauses a product or project';
      break;
    case 'regulation':
      body = rest.length ? `sets or changes rules affecting ${list(rest)}` : 'sets or changes rules';
      break;
    default:
      body = VERB[ev.type] + (rest.length ? ` with ${list(rest)}` : '');
  }
  return `${subject} ${body}${where}${figure ? ` (${figure})` : ''}, ${ev.date}.`;
}
