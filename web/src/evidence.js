// View (c): each event's sentence with its source, target, trigger, broker, date and attribution
// highlighted from the record's code-point offsets, with the outlet, dates and certainty.
import { api, filtersOf } from './api.js';
import { h } from './dom.js';
import { t, num, date, getLang } from './i18n.js';

const docCache = new Map();  // document id -> Promise of its text as an array of code points

function docChars(id) {
  if (!docCache.has(id)) docCache.set(id, api(`documents/${encodeURIComponent(id)}`).then((d) => Array.from(d.text ?? '')));
  return docCache.get(id);
}

// Spans of one event inside its sentence, as [start, end, kind] in document code points. Date and
// attribution carry no offsets in the record, so their words are looked up inside the sentence.
export function eventSpans(e, chars) {
  const spans = [];
  for (const kind of ['source', 'target', 'broker', 'trigger']) {
    const s = e[kind];
    if (s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start) spans.push([s.start, s.end, kind]);
  }
  const sentence = chars.slice(e.sentence.start, e.sentence.end);
  for (const kind of ['date', 'attribution']) {
    const words = e[kind]?.text;
    if (!words) continue;
    const target = Array.from(words);
    const at = indexOf(sentence, target);
    if (at >= 0) spans.push([e.sentence.start + at, e.sentence.start + at + target.length, kind]);
  }
  return spans;
}

function indexOf(hay, needle) {
  outer: for (let i = 0; i + needle.length <= hay.length; ++i) {
    for (let j = 0; j < needle.length; ++j) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

// The sentence as text and <mark>s: cut at every span boundary, each piece marked with the spans over it.
export function highlightSentence(e, chars) {
  const { start, end } = e.sentence;
  const spans = eventSpans(e, chars).filter(([s, x]) => s < end && x > start);
  const cuts = new Set([start, end]);
  for (const [s, x] of spans) { cuts.add(Math.max(s, start)); cuts.add(Math.min(x, end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = h('div', { class: 'sentence', lang: 'ar', dir: 'rtl' });
  for (let i = 0; i + 1 < points.length; ++i) {
    const [a, b] = [points[i], points[i + 1]];
    const text = chars.slice(a, b).join('');
    // Inner spans win: the shortest span over the piece gives its colour, the others its title.
    const over = spans.filter(([s, x]) => s <= a && x >= b).sort((p, q) => (p[1] - p[0]) - (q[1] - q[0]));
    if (!over.length) out.append(text);
    else out.append(h('mark', { class: over[0][2], title: over.map((s) => t(s[2])).join(' · '), dataset: { kind: over[0][2] } }, text));
  }
  return out;
}

export function eventCard(e, chars, nav) {
  const doc = e.document ?? {};
  const actor = (a) => (a ? h('a', { class: 'code', href: nav.link('network', { sel: a.code }) }, a.code || '—') : '—');
  const certainty = e.certainty ? t(`c_${e.certainty}`) : '—';
  const attribution = e.attribution ? t(`a_${e.attribution.kind}`) : '—';
  return h('article', { class: 'card event', dataset: { id: e.id } },
    h('div', { class: 'meta' },
      h('span', { class: `pill q${e.quad_class}` }, `${e.cameo} ${e.cameo_name ?? ''}`),
      h('span', {}, actor(e.source), getLang() === 'ar' ? ' ← ' : ' → ', actor(e.target)),
      e.broker ? h('span', {}, t('broker'), ': ', actor(e.broker)) : null,
      h('span', {}, t('date'), ': ', date(e.date?.value)),
      h('span', {}, t('certainty'), ': ', h('b', {}, certainty)),
      h('span', {}, t('attribution'), ': ', attribution),
      e.negated ? h('b', { class: 'error' }, t('negated')) : null,
      h('span', {}, t('goldstein'), ' ', num(e.goldstein, 1)),
      e.num_sources > 1 ? h('span', {}, t('sources'), ' ', num(e.num_sources)) : null),
    highlightSentence(e, chars),
    h('div', { class: 'meta' },
      doc.outlet ? h('span', {}, t('outlet'), ': ', doc.outlet) : null,
      doc.published ? h('span', {}, t('published'), ': ', date(doc.published)) : null,
      h('span', {}, t('confidence'), ' ', num(e.confidence, 2)),
      h('a', { href: nav.link('evidence', { event: e.id }), class: 'muted code' }, e.id)));
}

export async function eventList(events, nav) {
  if (!events.length) return h('p', { class: 'empty' }, t('no_events'));
  const texts = await Promise.all(events.map((e) => docChars(e.doc).catch(() => [])));
  return h('div', { class: 'events' }, events.map((e, i) => eventCard(e, texts[i], nav)));
}

const legend = () => h('p', { class: 'legend' }, ...['source', 'target', 'trigger', 'broker', 'date', 'attribution']
  .map((k) => h('mark', { class: k }, t(k))));

export async function renderEvidence(params, nav) {
  if (params.event) {
    const e = await api(`events/${encodeURIComponent(params.event)}`);
    return h('div', {}, h('h2', {}, t('evidence_title')), legend(), await eventList([e], nav));
  }
  const query = { ...filtersOf(params), source: params.source, target: params.target, limit: 20, order: 'newest' };
  const page = await api('events', query);
  const list = h('div', {}, await eventList(page.events, nav));
  let cursor = page.next_cursor;
  const more = h('button', { type: 'button', id: 'more' }, t('more'));
  more.hidden = !cursor;
  more.addEventListener('click', async () => {
    const next = await api('events', { ...query, cursor });
    list.append(await eventList(next.events, nav));
    cursor = next.next_cursor;
    more.hidden = !cursor;
  });
  return h('div', {}, h('h2', {}, t('evidence_title')), legend(), list, more);
}
