// Thin client for rasd's REST API (docs/api.md). Every request goes to this same server;
// nothing is fetched from anywhere else.

const FILTER_KEYS = ["since", "until", "country", "event_type", "actor", "claimed_by", "q", "precision"];

/** Query string of the filters that are set (empty values are left out). */
export function filterQuery(filters, extra = {}) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    if (filters[key]) params.set(key, filters[key]);
  }
  if (filters.include_hidden) params.set("include_hidden", "true");
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** One page of events. */
export function listEvents(filters, limit = 50, offset = 0) {
  return getJson(`/api/events?${filterQuery(filters, { limit, offset })}`);
}

/** Every event under the filters, page by page (the map needs them all), up to `cap`. */
export async function allEvents(filters, cap = 5000) {
  const items = [];
  let total = Infinity;
  while (items.length < Math.min(total, cap)) {
    const page = await listEvents(filters, 500, items.length);
    total = page.total;
    items.push(...page.items);
    if (page.items.length === 0) break;
  }
  return { total, items };
}

/** Events and deaths per day under the filters. */
export function stats(filters) {
  return getJson(`/api/stats?${filterQuery(filters)}`);
}

/** One event with its articles, evidence context and corrections. */
export function getEvent(eventId) {
  return getJson(`/api/events/${encodeURIComponent(eventId)}`);
}

/** Send one correction; the error text of the server is kept so the page can show it. */
export async function correct(eventId, body, token) {
  const response = await fetch(`/api/events/${encodeURIComponent(eventId)}/corrections`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token || ""}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    const error = new Error(`${response.status}: ${text}`);
    error.status = response.status;
    throw error;
  }
  return JSON.parse(text);
}

/** Export link for the current filters. */
export function exportUrl(filters, format) {
  return `/api/export?${filterQuery(filters, { format })}`;
}
