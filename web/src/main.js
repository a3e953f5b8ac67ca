// The page: hash routes (#/network, #/dyad, #/evidence, #/paste) with the filters in the hash's query,
// so a view with its filters is a link that can be shared.
import './style.css';
import { api, FILTER_KEYS } from './api.js';
import { t, setLang, getLang, num } from './i18n.js';
import { renderNetwork } from './network.js';
import { renderDyad } from './dyad.js';
import { renderEvidence } from './evidence.js';
import { renderPaste } from './paste.js';

const VIEWS = { network: renderNetwork, dyad: renderDyad, evidence: renderEvidence, paste: renderPaste };

// "#/dyad?source=LBY&target=ISR" -> { view: 'dyad', params: {source: 'LBY', target: 'ISR'} }
export function parseHash(hash = location.hash) {
  const m = /^#\/([a-z]+)(?:\?(.*))?$/.exec(hash);
  const view = m && VIEWS[m[1]] ? m[1] : 'network';
  return { view, params: Object.fromEntries(new URLSearchParams(m?.[2] ?? '')) };
}

export function link(view, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  return `#/${view}${q.toString() ? '?' + q : ''}`;
}

// Navigates keeping the shared filters of the current URL.
export function go(view, params = {}) {
  const current = parseHash().params;
  const keep = Object.fromEntries(FILTER_KEYS.filter((k) => current[k]).map((k) => [k, current[k]]));
  location.hash = link(view, { ...keep, ...params });
}

const form = document.getElementById('filters');
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const { view, params } = parseHash();
  const data = Object.fromEntries(new FormData(form));
  if (data.actor) data.actor = data.actor.toUpperCase();
  const rest = Object.fromEntries(Object.entries(params).filter(([k]) => !FILTER_KEYS.includes(k)));
  location.hash = link(view, { ...rest, ...data });
});

document.getElementById('lang').addEventListener('click', () => {
  setLang(getLang() === 'ar' ? 'en' : 'ar');
  document.getElementById('lang').textContent = getLang() === 'ar' ? 'English' : 'العربية';
  route();
});

let stats = null;
async function showStats() {
  try {
    stats = stats ?? (await api('health'));
    document.getElementById('stats').textContent = t('stats', num(stats.documents), num(stats.events));
  } catch { /* the views report errors themselves */ }
}

let generation = 0;
async function route() {
  const { view, params } = parseHash();
  for (const a of document.querySelectorAll('#tabs a')) a.classList.toggle('active', a.dataset.view === view);
  for (const el of form.elements) if (el.name) el.value = params[el.name] ?? '';
  form.hidden = view === 'paste';
  const main = document.getElementById('view');
  const mine = ++generation;
  main.dataset.view = view;
  main.dataset.ready = '0';
  main.replaceChildren(Object.assign(document.createElement('p'), { className: 'muted', textContent: t('loading') }));
  try {
    const node = await VIEWS[view](params, { go, link, isCurrent: () => mine === generation });
    if (mine !== generation) return;
    main.replaceChildren(node);
  } catch (err) {
    if (mine !== generation) return;
    main.replaceChildren(Object.assign(document.createElement('p'), { className: 'error', textContent: `${t('error')}: ${err.message}` }));
  }
  main.dataset.ready = '1';  // browser tests wait for this
  showStats();
}

setLang(getLang());
document.getElementById('lang').textContent = getLang() === 'ar' ? 'English' : 'العربية';
window.addEventListener('hashchange', route);
route();
