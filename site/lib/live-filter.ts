/**
 * Client side of the timeline filters: loads /timeline.json once and filters
 * every event by type, year, certainty, entity and place as the form changes.
 * The filter lives in the URL (?type=land_dispute&place=Kentucky), so a
 * filtered view can be shared and survives a reload; without JavaScript the
 * static per-type, per-year and per-place pages do the same job. Data is
 * inserted with textContent only: it comes from feeds and is untrusted.
 */
type Row = [slug: string, date: string, type: string, certainty: string, summary: string, actors: string, location: string, sources: number, places: string];
const FIELDS = ['type', 'year', 'certainty', 'entity', 'place'] as const;

const LIMIT = 200;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, ' ');
/** Same precision-aware format as the static pages (site/lib/format.ts), without shipping date-fns. */
function formatDate(d: string): string {
  const [y, m, day] = d.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

export function setupLiveFilter(): void {
  const form = document.getElementById('live-filter') as HTMLFormElement | null;
  const staticResults = document.getElementById('static-results');
  const live = document.getElementById('live-results');
  const status = document.getElementById('live-status');
  if (!form || !staticResults || !live || !status) return;
  form.hidden = false;
  let rows: Row[] | null = null;
  let loading: Promise<Row[]> | null = null;
  const load = () => (loading ??= fetch('/timeline.json').then((r) => r.json() as Promise<Row[]>).then((r) => (rows = r)));
  const initial = new FormData(form);
  const fromUrl = new URLSearchParams(location.search);
  for (const k of FIELDS) {
    const v = fromUrl.get(k);
    const el = form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
    if (v !== null && el) el.value = v;
  }

  /** The form's state in the address bar: only fields that differ from what this static page already shows. */
  function remember(f: FormData) {
    const q = new URLSearchParams();
    for (const k of FIELDS) {
      const v = String(f.get(k) ?? '').trim();
      if (v && v !== String(initial.get(k) ?? '')) q.set(k, v);
    }
    const qs = q.toString();
    history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`);
  }

  async function apply() {
    const f = new FormData(form!);
    remember(f);
    const type = String(f.get('type') ?? ''), year = String(f.get('year') ?? ''), cert = String(f.get('certainty') ?? '');
    const entity = String(f.get('entity') ?? '').trim().toLowerCase();
    const place = String(f.get('place') ?? '').trim().toLowerCase();
    const unchanged = ['type', 'year', 'certainty'].every((k) => f.get(k) === initial.get(k)) && !entity && !place;
    if (unchanged) { live!.hidden = true; staticResults!.hidden = false; status!.textContent = ''; return; }
    status!.textContent = 'Filtering…';
    const data = rows ?? (await load());
    const hits = data.filter((r) => (!type || r[2] === type) && (!year || r[1].startsWith(year)) && (!cert || r[3] === cert)
      && (!entity || r[5].toLowerCase().includes(entity))
      // A place matches its own events and those of every place inside it (r[8] lists the place and its ancestors).
      && (!place || r[6].toLowerCase().includes(place) || r[8].toLowerCase().includes(place)));
    render(hits);
    status!.textContent = `${hits.length} matching ${hits.length === 1 ? 'event' : 'events'}${hits.length > LIMIT ? `, showing the newest ${LIMIT}` : ''}.`;
  }

  function render(hits: Row[]) {
    const list = document.createElement('ul');
    list.className = 'events';
    for (const r of hits.slice(0, LIMIT)) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `/events/${encodeURIComponent(r[0])}/`;
      a.textContent = r[4];
      a.className = `cert-${r[3]}`;
      const meta = document.createElement('div');
      meta.className = 'meta';
      const badge = document.createElement('span');
      badge.className = `badge ${r[2]}`;
      badge.textContent = cap(r[2]);
      meta.append(badge);
      for (const text of [formatDate(r[1]), r[5], r[6], cap(r[3]), `${r[7]} ${r[7] === 1 ? 'source' : 'sources'}`]) {
        if (!text) continue;
        const s = document.createElement('span');
        s.textContent = text;
        meta.append(s);
      }
      li.append(a, meta);
      list.append(li);
    }
    live!.replaceChildren(list);
    live!.hidden = false;
    staticResults!.hidden = true;
  }

  if (FIELDS.some((k) => fromUrl.has(k))) void apply();
  form.addEventListener('input', () => void apply());
  form.addEventListener('change', () => void apply());
  form.addEventListener('reset', () => setTimeout(() => {
    for (const el of Array.from(form.elements) as HTMLInputElement[]) if (el.name) el.value = '';
    void apply();
  }, 0));
  form.addEventListener('submit', (e) => { e.preventDefault(); void apply(); });
}
