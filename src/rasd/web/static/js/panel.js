// The event panel: every field in English, the Arabic evidence right-to-left with the evidence
// span and the spans that decided each field highlighted, every source article, claims and
// denials side by side, and the audit trail of analyst corrections.

import { h } from "./dom.js";
import { GEO_PRECISION, TIME_PRECISION, colourOf } from "./types.js";

function row(label, ...value) {
  return h("tr", {}, h("th", { scope: "row" }, label), h("td", {}, ...value));
}

function arabic(text) {
  return text ? h("span", { dir: "rtl", lang: "ar", class: "ar" }, text) : null;
}

function actorCell(ev, name) {
  if (!ev[name]) return "—";
  return [ev[name], ev[`${name}_text`] ? [" (", arabic(ev[`${name}_text`]), ")"] : null];
}

function locationCell(loc) {
  if (!loc) return "—";
  const where = [loc.name, loc.admin1, loc.country].filter(Boolean).join(", ");
  const coords = loc.latitude != null ? ` · ${Number(loc.latitude).toFixed(4)}, ${Number(loc.longitude).toFixed(4)}` : "";
  return [where, " ", arabic(loc.name_ar), coords];
}

function fieldTable(ev) {
  return h("table", { class: "fields" }, h("tbody", {},
    row("Event type", ev.event_type || "—"),
    row("Sub-event type", ev.sub_event_type || "—"),
    row("Date", ev.event_date || "—", ` (precision ${ev.time_precision}: ${TIME_PRECISION[ev.time_precision] || "?"})`),
    row("Location", locationCell(ev.location)),
    row("Geo precision", `${ev.geo_precision}: ${GEO_PRECISION[ev.geo_precision] || "?"}`),
    row("Actor 1", actorCell(ev, "actor1")),
    row("Actor 2", actorCell(ev, "actor2")),
    row("Associated actor 1", actorCell(ev, "assoc_actor_1")),
    row("Associated actor 2", actorCell(ev, "assoc_actor_2")),
    row("Fatalities", String(ev.fatalities ?? 0), perSource(ev)),
    row("Notes", ev.notes || "—"),
    row("Event id", h("code", {}, ev.event_id)),
  ));
}

function perSource(ev) {
  const pairs = ev.per_source_fatalities || [];
  if (pairs.length < 2) return null;
  return h("span", { class: "muted" }, ` (per report: ${pairs.map(([a, n]) => `${a}: ${n}`).join(", ")})`);
}

function claims(ev) {
  return h("div", { class: "claims" },
    h("div", { class: "claim" }, h("h4", {}, "Claimed by"), h("p", {}, ev.claimed_by || "no claimant: reported as fact")),
    h("div", { class: `claim denial${ev.disputed_by ? " active" : ""}` }, h("h4", {}, "Disputed by"),
      h("p", {}, ev.disputed_by || "no denial reported")));
}

/** Spans (article offsets) that decided a field, for one article. */
export function fieldSpans(ev, articleId) {
  const spans = [];
  for (const [field, prov] of Object.entries(ev.provenance || {})) {
    if (prov.article_id && prov.article_id !== articleId) continue;
    for (const [start, end] of prov.spans || []) spans.push({ start, end, field, rule: prov.rule });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The evidence text cut into plain and highlighted pieces (non-overlapping, in order). */
export function highlightPieces(evidence, spans) {
  const pieces = [];
  let pos = evidence.start;
  for (const span of spans) {
    const start = Math.max(span.start, pos);
    const end = Math.min(span.end, evidence.end);
    if (end <= start) continue;
    if (start > pos) pieces.push({ text: evidence.text.slice(pos - evidence.start, start - evidence.start) });
    pieces.push({ text: evidence.text.slice(start - evidence.start, end - evidence.start), field: span.field, rule: span.rule });
    pos = end;
  }
  if (pos < evidence.end) pieces.push({ text: evidence.text.slice(pos - evidence.start) });
  return pieces;
}

function evidenceBlock(ev, evidence, article) {
  const pieces = highlightPieces(evidence, fieldSpans(ev, evidence.article_id));
  const marked = h("mark", { class: "evidence" }, pieces.map((p) => (p.field
    ? h("span", { class: `hl hl-${p.field}`, title: `${p.field}: ${p.rule}` }, p.text) : p.text)));
  return h("figure", { class: "evidence-item" },
    h("blockquote", { dir: "rtl", lang: "ar", class: "ar" },
      evidence.context_before ? h("span", { class: "context" }, evidence.context_before) : null,
      marked,
      evidence.context_after ? h("span", { class: "context" }, evidence.context_after) : null),
    h("figcaption", {}, sourceLine(article, evidence.article_id), ` · characters ${evidence.start}–${evidence.end}`));
}

function sourceLine(article, articleId) {
  if (!article) return articleId;
  const outlet = article.source || "unknown outlet";
  const when = article.published ? ` · ${String(article.published).slice(0, 10)}` : "";
  return h("span", {}, h("strong", {}, outlet), when, " · ", article.title ? arabic(article.title) : articleId);
}

function articlesList(ev) {
  const articles = ev.articles || ev.article_ids.map((id) => ({ id }));
  return h("ul", { class: "sources" }, articles.map((a) => h("li", { "data-article": a.id },
    h("strong", {}, a.source || "unknown outlet"), " · ", a.published ? String(a.published).slice(0, 10) : "no date",
    " · ", a.url ? h("a", { href: a.url, rel: "noopener noreferrer", target: "_blank" }, a.title || a.id) : (a.title ? arabic(a.title) : a.id))));
}

function historyList(ev) {
  const items = ev.corrections || [];
  if (!items.length) return h("p", { class: "muted" }, "No corrections yet.");
  return h("ol", { class: "history" }, items.map((c) => h("li", {},
    h("time", {}, c.created_at), " ", h("strong", {}, c.author || "anonymous"), ": ",
    c.action === "set" ? `${c.field}: ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}` : `${c.action} ${c.new ? JSON.stringify(c.new) : ""}`,
    c.reason ? h("em", {}, ` (${c.reason})`) : null)));
}

/** Render one event (as GET /api/events/{id} returns it) into `container`. */
export function renderEvent(container, ev) {
  const byId = Object.fromEntries((ev.articles || []).map((a) => [a.id, a]));
  const title = `${ev.sub_event_type || ev.event_type} · ${ev.location ? ev.location.name : "unplaced"} · ${ev.event_date || "undated"}`;
  container.replaceChildren(
    h("h2", { class: "event-title" }, h("span", { class: "swatch" }), title,
      h("span", { class: `badge status-${ev.status || "machine"}` }, ev.status || "machine")),
    fieldTable(ev),
    claims(ev),
    h("h3", {}, "Evidence"),
    ...(ev.evidence || []).map((e) => evidenceBlock(ev, e, byId[e.article_id])),
    h("h3", {}, `Sources (${(ev.articles || ev.article_ids).length})`), articlesList(ev),
    h("h3", {}, "Review"), h("div", { id: "review" }),
    h("h3", {}, "Corrections"), historyList(ev),
  );
  container.querySelector(".swatch").style.background = colourOf(ev.event_type);
}
