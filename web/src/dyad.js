// View (b): one relation over time, as stacked bars by quad class, with its events underneath.
import { api, filtersOf } from './api.js';
import { h } from './dom.js';
import { t, num, date } from './i18n.js';
import { eventList } from './evidence.js';

const QUAD_COLOURS = ['#5aa469', '#1f7a3a', '#e59a3c', '#c0392b'];

export async function renderDyad(params, nav) {
  const { source, target } = params;
  const picker = h('form', { class: 'panel', id: 'dyad-picker' },
    h('span', {}, t('dyad_pick'), ' '),
    h('input', { name: 'source', value: source ?? '', placeholder: 'LBYMIL', size: 10 }), ' ↔ ',
    h('input', { name: 'target', value: target ?? '', placeholder: 'ISR', size: 10 }), ' ',
    h('select', { name: 'period' }, ...['month', 'year', 'week'].map((p) =>
      h('option', { value: p, selected: (params.period ?? 'month') === p }, t(p)))), ' ',
    h('button', { type: 'submit' }, t('show')));
  picker.addEventListener('submit', (e) => {
    e.preventDefault();
    const d = Object.fromEntries(new FormData(picker));
    nav.go('dyad', { source: d.source.toUpperCase(), target: d.target.toUpperCase(), period: d.period });
  });
  if (!source || !target) return h('div', {}, h('h2', {}, t('dyad')), picker);

  const filters = filtersOf(params);
  delete filters.actor;  // the dyad names its actors
  const period = params.period ?? 'month';
  const [timeline, page] = await Promise.all([
    api('timeline', { ...filters, source, target, period }),
    api('events', { ...filters, source, target, either: 1, limit: 50, order: 'newest', from: params.from, to: params.to }),
  ]);
  // Both directions of one period in one bar.
  const byPeriod = new Map();
  for (const r of timeline.series) {
    const p = byPeriod.get(r.period) ?? { period: r.period, quad: [0, 0, 0, 0], events: 0, gsum: 0 };
    r.quad.forEach((q, i) => { p.quad[i] += q; });
    p.events += r.events; p.gsum += r.goldstein_sum;
    byPeriod.set(r.period, p);
  }
  const bars = [...byPeriod.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
  const events = h('div', { id: 'dyad-events' }, await eventList(page.events, nav));
  const chart = timeChart(bars, async (bar) => {
    events.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    const sub = await api('events', { ...filters, source, target, either: 1, limit: 50, from: bar.period, to: bar.period });
    events.replaceChildren(h('h4', {}, date(bar.period)), await eventList(sub.events, nav));
  });
  const total = bars.reduce((s, b) => s + b.events, 0);
  const gmean = total ? bars.reduce((s, b) => s + b.gsum, 0) / total : 0;
  const legend = h('p', { class: 'legend' }, ...[1, 2, 3, 4].map((q) => h('span', { class: `pill q${q}` }, t(`quad${q}`))), ' ');
  return h('div', {},
    picker,
    h('h2', {}, t('dyad_title', source, target)),
    h('p', { class: 'muted' }, `${num(total)} ${t('events')} · ${t('goldstein')} ${num(gmean, 2)}`),
    legend, h('div', { class: 'panel' }, chart),
    h('h3', {}, t('events')), events);
}

function timeChart(bars, onPick) {
  const W = 900, H = 260, pad = 30;
  if (!bars.length) return h('p', { class: 'empty' }, t('no_events'));
  const max = Math.max(1, ...bars.map((b) => b.events));
  const bw = Math.min(48, (W - 2 * pad) / bars.length);
  const svg = h('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', id: 'timeline', role: 'img', direction: 'ltr' });
  // Time runs left to right even in the Arabic interface, like the digits of a year.
  bars.forEach((b, i) => {
    const x = pad + i * bw;
    let y = H - pad;
    const g = h('g', { class: 'bar', dataset: { period: b.period }, style: 'cursor:pointer' });
    b.quad.forEach((q, qi) => {
      const hgt = ((H - 2 * pad) * q) / max;
      y -= hgt;
      if (q > 0) g.append(h('rect', { x: x + 1, y, width: bw - 2, height: hgt, fill: QUAD_COLOURS[qi] }));
    });
    g.append(h('title', {}, `${date(b.period)}: ${num(b.events)} ${t('events')} (${b.quad.map((q) => num(q)).join(' / ')})`));
    g.append(h('rect', { x, y: pad, width: bw, height: H - 2 * pad, fill: 'transparent' }));
    g.addEventListener('click', () => onPick(b));
    svg.append(g);
    if (bars.length <= 24 || i % Math.ceil(bars.length / 12) === 0)
      svg.append(h('text', { x: x + bw / 2, y: H - pad + 14, 'text-anchor': 'middle', 'font-size': 10 }, date(b.period)));
  });
  svg.append(h('text', { x: 2, y: pad - 6, 'font-size': 10 }, num(max)));
  svg.append(h('line', { x1: pad, y1: H - pad, x2: W - pad, y2: H - pad, stroke: '#999' }));
  return svg;
}
