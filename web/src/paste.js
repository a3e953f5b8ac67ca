// View (d): paste an article and see its events, coded live by POST /api/code (nothing is stored).
import { api } from './api.js';
import { h } from './dom.js';
import { t, num } from './i18n.js';
import { eventCard } from './evidence.js';

let saved = { text: '', published: '', outlet: '' };  // kept across tab switches

export async function renderPaste(params, nav) {
  const text = h('textarea', { id: 'paste-text', dir: 'rtl', lang: 'ar' });
  text.value = saved.text;
  const published = h('input', { id: 'paste-published', type: 'date', value: saved.published || params.published || '' });
  const outlet = h('input', { id: 'paste-outlet', size: 14, value: saved.outlet });
  const status = h('p', { class: 'muted', id: 'paste-status' }, t('paste_help'));
  const results = h('div', { id: 'paste-results' });
  let timer = null, seq = 0;

  async function run() {
    saved = { text: text.value, published: published.value, outlet: outlet.value };
    if (!text.value.trim()) { results.replaceChildren(); return; }
    const mine = ++seq;
    status.textContent = t('loading');
    try {
      const out = await api('code', {}, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: text.value, published: published.value || undefined, outlet: outlet.value || undefined }),
      });
      if (mine !== seq) return;
      const chars = Array.from(out.text);
      const doc = { outlet: out.outlet, published: out.published };
      status.textContent = t('coded', num(out.events.length));
      results.replaceChildren(...out.events.map((e) => eventCard({ ...e, document: doc }, chars, nav)));
    } catch (err) {
      if (mine === seq) { status.textContent = ''; results.replaceChildren(h('p', { class: 'error' }, err.message)); }
    }
  }
  const later = () => { clearTimeout(timer); timer = setTimeout(run, 500); };
  text.addEventListener('input', later);
  published.addEventListener('change', later);
  const button = h('button', { type: 'button', id: 'paste-run', onclick: run }, t('code_it'));
  if (saved.text) setTimeout(run, 0);
  return h('div', {},
    h('h2', {}, t('paste_title')),
    h('div', { class: 'panel' }, text,
      h('p', {}, h('label', {}, t('published_date'), ' ', published), ' ', h('label', {}, t('outlet'), ' ', outlet), ' ', button)),
    status, results);
}
