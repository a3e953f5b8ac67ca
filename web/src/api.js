// Calls to the Mizan API (docs/api.md); errors become exceptions with the server's message.
export async function api(path, params = {}, init = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const url = `/api/${path}${q.toString() ? '?' + q : ''}`;
  const res = await fetch(url, init);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body;
}

// The filters shared by the views, as API parameters.
export const FILTER_KEYS = ['actor', 'from', 'to', 'quad', 'certainty', 'q'];

export function filtersOf(params) {
  return Object.fromEntries(FILTER_KEYS.filter((k) => params[k]).map((k) => [k, params[k]]));
}
