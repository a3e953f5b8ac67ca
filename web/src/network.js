// View (a): the network of actors from the strongest dyads; click an actor for its partners and brokers.
import { api, filtersOf } from './api.js';
import { h } from './dom.js';
import { t, num } from './i18n.js';
import { forceLayout, goldsteinColour } from './layout.js';

const W = 760, H = 560;

export async function renderNetwork(params, nav) {
  const filters = filtersOf(params);
  const { dyads } = await api('dyads', { ...filters, period: 'all', limit: 150 });
  // One edge per unordered pair: both directions summed, Goldstein mean weighted by events.
  const pairs = new Map();
  for (const d of dyads) {
    const key = [d.source, d.target].sort().join('|');
    const p = pairs.get(key) ?? { source: d.source, target: d.target, events: 0, gsum: 0 };
    p.events += d.events; p.gsum += d.goldstein_sum;
    pairs.set(key, p);
  }
  const edges = [...pairs.values()].map((p) => ({ ...p, mean: p.events ? p.gsum / p.events : 0 }));
  const degree = new Map();
  for (const e of edges) for (const c of [e.source, e.target]) degree.set(c, (degree.get(c) ?? 0) + e.events);
  const nodes = [...degree.entries()].map(([id, events]) => ({ id, events }));
  const pos = forceLayout(nodes, edges, W, H);
  const at = new Map(nodes.map((n, i) => [n.id, pos[i]]));
  const maxEvents = Math.max(1, ...edges.map((e) => e.events));

  const panel = h('div', { class: 'panel', id: 'actor-panel' }, h('p', { class: 'muted' }, t('pick_actor')));
  const svg = h('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'aria-label': t('network_title'), id: 'network' });
  for (const e of edges) {
    const a = at.get(e.source), b = at.get(e.target);
    svg.append(h('line', {
      x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: goldsteinColour(e.mean), 'stroke-opacity': 0.75,
      'stroke-width': 1 + 7 * Math.sqrt(e.events / maxEvents), class: 'edge', dataset: { source: e.source, target: e.target },
      onclick: () => nav.go('dyad', { source: e.source, target: e.target }),
    }, h('title', {}, `${e.source} ↔ ${e.target}: ${num(e.events)} ${t('events')}, ${t('goldstein')} ${num(e.mean, 1)}`)));
  }
  const maxNode = Math.max(1, ...nodes.map((n) => n.events));
  const groups = [];
  for (const n of nodes) {
    const p = at.get(n.id);
    const g = h('g', { class: 'node', transform: `translate(${p.x},${p.y})`, dataset: { code: n.id }, tabindex: 0 },
      h('circle', { r: 5 + 12 * Math.sqrt(n.events / maxNode), fill: '#0b6e69' }),
      h('text', { y: -16, 'text-anchor': 'middle', direction: 'ltr' }, n.id));
    g.addEventListener('click', () => select(n.id));
    svg.append(g);
    groups.push(g);
  }

  async function select(code) {
    for (const g of groups) g.classList.toggle('selected', g.dataset.code === code);
    history.replaceState(null, '', nav.link('network', { ...params, sel: code }));
    panel.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      const info = await api(`actors/${encodeURIComponent(code)}`, { ...filters, actor: undefined });
      if (!nav.isCurrent()) return;
      panel.replaceChildren(actorPanel(info, code, nav));
    } catch (err) {
      panel.replaceChildren(h('p', { class: 'error' }, err.message));
    }
  }
  if (params.sel && at.has(params.sel)) select(params.sel);

  const body = nodes.length ? svg : h('p', { class: 'empty' }, t('no_events'));
  return h('div', {},
    h('h2', {}, t('network_title')), h('p', { class: 'muted' }, t('network_help')),
    h('div', { class: 'split' }, h('div', { class: 'panel' }, body), panel));
}

function actorPanel(info, code, nav) {
  const a = info.actor ?? {};
  const rows = info.partners.map((p) => h('tr', { class: 'partner' },
    h('td', {}, h('a', { class: 'code', href: nav.link('dyad', { source: code, target: p.partner }) }, p.partner)),
    h('td', { class: 'num' }, num(p.events_out)), h('td', { class: 'num' }, num(p.events_in)),
    h('td', { class: 'num', style: `color:${goldsteinColour(p.goldstein_mean)}` }, num(p.goldstein_mean, 1))));
  const brokers = (info.brokers ?? []).slice(0, 10).map((b) => h('li', {},
    h('span', { class: 'code' }, `${b.source} → ${b.broker} → ${b.target}`), ' ', h('span', { class: 'muted' }, num(b.score, 1))));
  return h('div', {},
    h('h3', {}, h('span', { class: 'code' }, code), a.name ? ` — ${a.name}` : ''),
    a.events !== undefined ? h('p', { class: 'muted' }, `${num(a.events)} ${t('events')}`) : null,
    h('h4', {}, t('partners')),
    h('table', {}, h('tr', {}, h('th', {}, t('actor')), h('th', {}, t('out')), h('th', {}, t('in')), h('th', {}, t('goldstein'))), rows),
    brokers.length ? h('h4', {}, t('brokers')) : null, brokers.length ? h('ul', {}, brokers) : null);
}
