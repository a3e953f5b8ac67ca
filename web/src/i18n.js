// Interface strings in Arabic and English, and localized numbers and dates (Arabic-Indic digits in Arabic).
const STRINGS = {
  ar: {
    brand: 'ميزان', tab_network: 'الشبكة', tab_dyad: 'العلاقة', tab_evidence: 'الأدلة', tab_paste: 'الصق مقالاً',
    f_actor: 'الفاعل', f_from: 'من', f_to: 'إلى', f_quad: 'الفئة', f_certainty: 'اليقين', f_q: 'نص', apply: 'تطبيق',
    any: 'الكل', quad1: 'تعاون لفظي', quad2: 'تعاون مادي', quad3: 'صراع لفظي', quad4: 'صراع مادي',
    c_asserted: 'مؤكَّد', c_reported: 'منقول', c_hedged: 'مرجَّح', c_denied: 'منفيّ',
    a_author: 'صوت الوسيلة', a_named: 'مصدر مسمّى', a_anonymous: 'مصدر مجهول', 'a_close-to-actor': 'مقرّبون من الفاعل',
    a_media: 'وسائل إعلام', a_leaks: 'تسريبات',
    stats: (d, e) => `${d} وثيقة، ${e} حدثاً`,
    network_title: 'شبكة الفاعلين', network_help: 'لون الخط: متوسط غولدستاين (أخضر تعاون، أحمر صراع)؛ سماكته: عدد الأحداث. انقر على فاعل.',
    actor: 'الفاعل', partners: 'الشركاء', brokers: 'الوسطاء', events: 'الأحداث', out: 'صادر', in: 'وارد',
    goldstein: 'غولدستاين', dyad: 'العلاقة', source: 'المصدر', target: 'الهدف', broker: 'الوسيط', trigger: 'الفعل',
    date: 'التاريخ', attribution: 'الإسناد', certainty: 'اليقين', outlet: 'الوسيلة', published: 'النشر',
    confidence: 'الثقة', sources: 'المصادر', period: 'الفترة', pick_actor: 'انقر على فاعل لرؤية شركائه.',
    dyad_title: (a, b) => `العلاقة بين ${a} و${b}`, dyad_pick: 'اختر فاعلين:', show: 'اعرض',
    evidence_title: 'الأدلة', no_events: 'لا أحداث تطابق هذه المرشحات.', more: 'المزيد',
    paste_title: 'الصق مقالاً', paste_help: 'يُرمَّز النص مباشرة دون تخزينه.', code_it: 'رمِّز',
    published_date: 'تاريخ النشر', coded: (n) => `${n} حدثاً`, loading: 'جارٍ التحميل…', error: 'خطأ',
    negated: 'منفيّ', open_evidence: 'الدليل', all_periods: 'كل الفترات', month: 'شهر', year: 'سنة', week: 'أسبوع',
  },
  en: {
    brand: 'Mizan', tab_network: 'Network', tab_dyad: 'Relation', tab_evidence: 'Evidence', tab_paste: 'Paste an article',
    f_actor: 'Actor', f_from: 'From', f_to: 'To', f_quad: 'Quad class', f_certainty: 'Certainty', f_q: 'Text', apply: 'Apply',
    any: 'Any', quad1: 'Verbal cooperation', quad2: 'Material cooperation', quad3: 'Verbal conflict', quad4: 'Material conflict',
    c_asserted: 'asserted', c_reported: 'reported', c_hedged: 'hedged', c_denied: 'denied',
    a_author: 'outlet', a_named: 'named source', a_anonymous: 'anonymous source', 'a_close-to-actor': 'close to the actor',
    a_media: 'other media', a_leaks: 'leaks',
    stats: (d, e) => `${d} documents, ${e} events`,
    network_title: 'Actor network', network_help: 'Edge colour: Goldstein mean (green cooperation, red conflict); width: events. Click an actor.',
    actor: 'Actor', partners: 'Partners', brokers: 'Brokers', events: 'Events', out: 'out', in: 'in',
    goldstein: 'Goldstein', dyad: 'Relation', source: 'Source', target: 'Target', broker: 'Broker', trigger: 'Trigger',
    date: 'Date', attribution: 'Attribution', certainty: 'Certainty', outlet: 'Outlet', published: 'Published',
    confidence: 'Confidence', sources: 'Sources', period: 'Period', pick_actor: 'Click an actor to see its partners.',
    dyad_title: (a, b) => `Relation between ${a} and ${b}`, dyad_pick: 'Pick two actors:', show: 'Show',
    evidence_title: 'Evidence', no_events: 'No events match these filters.', more: 'More',
    paste_title: 'Paste an article', paste_help: 'The text is coded live and not stored.', code_it: 'Code it',
    published_date: 'Published', coded: (n) => `${n} events`, loading: 'Loading…', error: 'Error',
    negated: 'negated', open_evidence: 'evidence', all_periods: 'all periods', month: 'month', year: 'year', week: 'week',
  },
};

let lang = localStorage.getItem('mizan.lang') === 'en' ? 'en' : 'ar';

export function getLang() { return lang; }

export function setLang(l) {
  lang = l === 'en' ? 'en' : 'ar';
  localStorage.setItem('mizan.lang', lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
}

// t('key') or t('key', args...) for the strings that are functions.
export function t(key, ...args) {
  const s = STRINGS[lang][key] ?? STRINGS.en[key] ?? key;
  return typeof s === 'function' ? s(...args) : s;
}

const locale = () => (lang === 'ar' ? 'ar-u-nu-arab-ca-gregory' : 'en-GB');

export function num(n, digits = 0) {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

// An event date value ("2021", "2021-11", "2021-11-14", "2021-W45") in the page's language.
export function date(value) {
  if (!value) return '—';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) {
    const w = /^(\d{4})-W(\d{2})$/.exec(value);
    return w ? `${num(+w[1]).replace(/[٬,]/g, '')} ${t('week')} ${num(+w[2])}` : value;
  }
  const d = new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1));
  const opts = { timeZone: 'UTC', year: 'numeric' };
  if (m[2]) opts.month = 'long';
  if (m[3]) opts.day = 'numeric';
  return new Intl.DateTimeFormat(locale(), opts).format(d);
}
