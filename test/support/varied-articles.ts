/**
 * Varied synthetic articles for `npm run bench:tag`, `test/bench/tag-hash.ts` and bench:store (varied):
 * realistic ~600-word articles from sentence banks (entities, amounts,
 * quantities, event cues, boilerplate), deterministic for a given count.
 */
import { seededRandom } from '../../ingest/common/seeded-random.ts';

export function benchArticles(count: number): Array<{ title: string; body: string; publishedAt: string }> {
  /** Deterministic, so every run tags the same corpus. */
  const rng = seededRandom;
  const rand = rng(20250910);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const num = (lo: number, hi: number) => Math.round(lo + rand() * (hi - lo));

  const COMPANIES = ['Microsoft', 'OpenAI', 'Nvidia', 'Oracle', 'Meta', 'Amazon', 'Google', 'CoreWeave', 'Nebius', 'AMD', 'Anthropic', 'SoftBank', 'xAI', 'Equinix', 'Digital Realty', 'Humain', 'G42', 'Nscale'];
  const PLACES = ['Texas', 'Ohio', 'Virginia', 'Arizona', 'Georgia', 'Ireland', 'India', 'Norway', 'Saudi Arabia', 'Malaysia', 'Kentucky', 'Iowa', 'Abu Dhabi', 'Michigan'];
  const PRODUCTS = ['ChatGPT', 'Sora', 'Claude', 'Gemini', 'Azure', 'o3', 'Copilot'];
  const WHEN = ['on Monday', 'on Tuesday', 'last week', 'earlier this month', 'in March', 'two weeks ago', 'on Sept. 18', 'this week', 'last year', 'in 2024'];
  const HEDGE = ['', '', '', ', according to people briefed on the talks', ', Reuters reported', '', ', the company said'];

  const BANK: Array<() => string> = [
    () => `${pick(COMPANIES)} agreed ${pick(WHEN)} to buy GPU capacity from ${pick(COMPANIES)} under a five-year contract worth $${num(2, 30)}.${num(0, 9)} billion${pick(HEDGE)}.`,
    () => `${pick(COMPANIES)} will build a ${num(100, 900)}-megawatt data center campus in ${pick(PLACES)}, the company said ${pick(WHEN)}.`,
    () => `The site covers ${num(200, 2000)} acres and could draw ${num(1, 5)} gigawatts once fully built out.`,
    () => `${pick(COMPANIES)} raised $${num(1, 20)} billion in a Series ${pick(['C', 'D', 'E', 'F'])} round at a post-money valuation of $${num(50, 900)} billion.`,
    () => `${pick(COMPANIES)} expects capital expenditures of $${num(20, 60)} billion to $${num(61, 100)} billion in 2026, up from last year.`,
    () => `Residents of ${pick(PLACES)} protested against a rezoning for the project, and the county board imposed a 90-day moratorium ${pick(WHEN)}.`,
    () => `${pick(PRODUCTS)} suffered an outage ${pick(WHEN)}, with users reporting elevated error rates for several hours.`,
    () => `${pick(COMPANIES)} cut the price of ${pick(PRODUCTS)} by ${num(10, 80)}% to $${num(1, 9)} per million input tokens.`,
    () => `${pick(COMPANIES)} said it would shut down ${pick(PRODUCTS)} ${pick(WHEN)} as costs climbed.`,
    () => `${pick(COMPANIES)} signed a power purchase agreement with a utility in ${pick(PLACES)} for ${num(100, 800)} MW of nuclear output.`,
    () => `The Commerce Department proposed new export controls on advanced AI chips ${pick(WHEN)}, and ${pick(COMPANIES)} may be affected.`,
    () => `${pick(COMPANIES)} plans to deploy ${num(10, 500)},000 Nvidia GPUs at the facility by 2027.`,
    () => `The facility will use about ${num(1, 9)}.${num(0, 9)} million gallons of water a day, according to a filing with state regulators.`,
    () => `Analysts said the ${pick(['deal', 'plan', 'expansion'])} shows how quickly demand for AI infrastructure is growing, though power remains a constraint.`,
    () => `Shares of ${pick(COMPANIES)} rose ${num(1, 15)}% to $${num(20, 400)}.${num(10, 99)} in afternoon trading in New York.`,
    () => `Chief executive officers across the industry have argued that the build-out will take years, not months, and that grid connections are the bottleneck.`,
    () => `${pick(COMPANIES)} agreed to acquire a smaller rival for $${num(1, 9)} billion, subject to regulatory approval.`,
    () => `A lawsuit filed by residents ${pick(WHEN)} argues the county ignored its own zoning rules when it approved the campus.`,
  ];
  const BOILERPLATE = ['Share this story: Facebook | Bluesky | Reddit | Email', 'READ NEXT: What the AI build-out means for power bills', 'Sign up for our free newsletter and get the news in your inbox every morning.', 'Advertisement', 'Get the app: iOS | Android'];

  const article = (i: number): { title: string; body: string; publishedAt: string } => {
    const paragraphs: string[] = [];
    let words = 0;
    while (words < 600) {
      const para = Array.from({ length: num(2, 4) }, () => pick(BANK)()).join(' ');
      paragraphs.push(para);
      words += para.split(/\s+/).length;
      if (rand() < 0.12) paragraphs.push(pick(BOILERPLATE));
    }
    const day = String(1 + (i % 28)).padStart(2, '0');
    return { title: `${pick(COMPANIES)} ${pick(['expands', 'signs deal', 'raises money', 'faces pushback'])} in ${pick(PLACES)}`, body: paragraphs.join('\n\n'), publishedAt: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${day}T12:00:00Z` };
  }
  return Array.from({ length: count }, (_, i) => article(i));
}
