// The dashboard's controller: filters -> (map, timeline, list) and list/map -> event panel.
// State lives in one object and in the URL hash, so a filtered view can be bookmarked or shared.

import { allEvents, exportUrl, getEvent, listEvents, stats } from "./api.js";
import { debounce, h, toast } from "./dom.js";
import { createMap } from "./map.js";
import { renderEvent } from "./panel.js";
import { analyst, renderReview } from "./review.js";
import { drawTimeline } from "./timeline.js";
import { EVENT_TYPES, TYPE_COLOURS, typeClass } from "./types.js";

const PAGE = 50;
const INPUTS = { since: "f-since", until: "f-until", country: "f-country", event_type: "f-type",
  actor: "f-actor", claimed_by: "f-claimed", q: "f-q", precision: "f-precision" };
const state = { filters: {}, offset: 0, items: [], cursor: -1, openId: null, days: [] };
const $ = (id) => document.getElementById(id);
let map = null;

function readFilters() {
  const filters = {};
  for (const [key, id] of Object.entries(INPUTS)) filters[key] = $(id).value.trim();
  filters.include_hidden = $("f-hidden").checked;
  return filters;
}

function writeFilters(filters) {
  for (const [key, id] of Object.entries(INPUTS)) $(id).value = filters[key] || "";
  $("f-hidden").checked = Boolean(filters.include_hidden);
}

function saveHash() {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state.filters)) if (value) params.set(key, value);
  if (state.openId) params.set("event", state.openId);
  history.replaceState(null, "", `#${params}`);
}

function loadHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const filters = Object.fromEntries(params.entries());
  filters.include_hidden = params.get("include_hidden") === "true";
  return { filters, openId: params.get("event") };
}

async function refresh() {
  state.filters = readFilters();
  state.offset = 0;
  saveHash();
  $("export-csv").href = exportUrl(state.filters, "csv");
  $("export-geojson").href = exportUrl(state.filters, "geojson");
  try {
    await Promise.all([refreshMap(), refreshTimeline(), refreshList(), map.basemap]);
    document.body.dataset.ready = "true";
  } catch (err) {
    toast(`Could not load events: ${err.message}`, "error");
  }
}

async function refreshMap() {
  const { total, items } = await allEvents(state.filters);
  const placed = map.show(items);
  const deaths = items.reduce((sum, it) => sum + (it.fatalities || 0), 0);
  $("summary").textContent = `${total} events · ${deaths} deaths · ${placed} on the map`;
  addCountries(items);
}

async function refreshTimeline() {
  const undated = { ...state.filters, since: "", until: "" };
  state.days = (await stats(undated)).days || [];
  redrawTimeline();
}

function redrawTimeline() {
  drawTimeline($("timeline"), state.days, $("t-bucket").value, state.filters, (since, until) => {
    $("f-since").value = since;
    $("f-until").value = until;
    refresh();
  });
}

async function refreshList() {
  const page = await listEvents(state.filters, PAGE, state.offset);
  state.items = page.items;
  state.cursor = Math.min(state.cursor, state.items.length - 1);
  $("list-count").textContent = `(${page.total})`;
  $("p-info").textContent = page.total ? `${state.offset + 1}–${state.offset + page.items.length} of ${page.total}` : "none";
  $("p-prev").disabled = state.offset === 0;
  $("p-next").disabled = state.offset + PAGE >= page.total;
  $("event-list").replaceChildren(...state.items.map(listItem));
}

function listItem(item, index) {
  const loc = item.location ? item.location.name : "unplaced";
  return h("li", { class: `ev-row type-${typeClass(item.event_type)}${index === state.cursor ? " cursor" : ""}`,
    "data-event": item.event_id, onclick: () => openEvent(item.event_id) },
  h("span", { class: "dot" }), h("strong", {}, item.sub_event_type), ` · ${loc} · ${item.event_date || "undated"}`,
  h("span", { class: "deaths" }, `${item.fatalities || 0}†`),
  item.status && item.status !== "machine" ? h("span", { class: `badge status-${item.status}` }, item.status) : null);
}

function addCountries(items) {
  const select = $("f-country");
  const known = new Set([...select.options].map((o) => o.value));
  for (const c of new Set(items.map((it) => it.location && it.location.country).filter(Boolean))) {
    if (!known.has(c)) select.append(h("option", { value: c }, c));
  }
}

async function openEvent(eventId) {
  try {
    const ev = await getEvent(eventId);
    state.openId = eventId;
    saveHash();
    $("list-view").hidden = true;
    $("event-view").hidden = false;
    renderEvent($("event-panel"), ev);
    renderReview($("review"), ev, afterCorrection, () => $("dlg-settings").showModal());
    map.focus(eventId);
    document.querySelector(".side").scrollTop = 0;
  } catch (err) {
    toast(`Could not open event ${eventId}: ${err.message}`, "error");
  }
}

async function afterCorrection(result, body) {
  const next = body.action === "merge" || body.action === "split" || body.action === "not_event"
    ? (result.event && result.event.event_id) || state.openId : state.openId;
  await refresh();
  await openEvent(next);
}

function closeEvent() {
  state.openId = null;
  saveHash();
  $("event-view").hidden = true;
  $("list-view").hidden = false;
  $("event-list").focus();
}

function moveCursor(step) {
  if (!state.items.length) return;
  state.cursor = Math.max(0, Math.min(state.items.length - 1, state.cursor + step));
  [...$("event-list").children].forEach((li, i) => li.classList.toggle("cursor", i === state.cursor));
  $("event-list").children[state.cursor].scrollIntoView({ block: "nearest" });
  map.focus(state.items[state.cursor].event_id);
}

const KEYS = {
  "/": () => $("f-q").focus(),
  "j": () => moveCursor(1),
  "k": () => moveCursor(-1),
  "Enter": () => state.cursor >= 0 && !state.openId && openEvent(state.items[state.cursor].event_id),
  "Escape": () => state.openId && closeEvent(),
  "e": () => state.openId && $("r-field").focus(),
  "x": () => state.openId && $("r-not-event").click(),
  "m": () => state.openId && $("r-merge").focus(),
  "s": () => state.openId && ($("r-split") || $("r-reason")).focus(),
  "?": () => $("dlg-help").showModal(),
};

function onKey(evt) {
  const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(evt.target.tagName);
  if (typing && evt.key === "Escape") { evt.target.blur(); return; }
  if (typing || evt.ctrlKey || evt.metaKey || evt.altKey || !KEYS[evt.key]) return;
  evt.preventDefault();
  KEYS[evt.key]();
}

function fillStatic() {
  const types = $("f-type");
  for (const [type, subs] of Object.entries(EVENT_TYPES)) {
    types.append(h("option", { value: type }, type));
    for (const sub of subs) types.append(h("option", { value: sub }, `  – ${sub}`));
  }
  $("legend").replaceChildren(...Object.keys(TYPE_COLOURS).map((t) =>
    h("li", { class: `type-${typeClass(t)}` }, h("span", { class: "dot" }), t)));
}

function wire() {
  const later = debounce(refresh, 350);
  for (const id of Object.values(INPUTS)) $(id).addEventListener(id.match(/since|until|country|type|precision/) ? "change" : "input", later);
  $("f-hidden").addEventListener("change", refresh);
  $("btn-clear").addEventListener("click", () => { writeFilters({}); refresh(); });
  $("t-reset").addEventListener("click", () => { $("f-since").value = ""; $("f-until").value = ""; refresh(); });
  $("t-bucket").addEventListener("change", redrawTimeline);
  $("p-prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refreshList(); });
  $("p-next").addEventListener("click", () => { state.offset += PAGE; refreshList(); });
  $("btn-back").addEventListener("click", closeEvent);
  $("btn-help").addEventListener("click", () => $("dlg-help").showModal());
  $("btn-settings").addEventListener("click", openSettings);
  $("s-save").addEventListener("click", () => analyst.save($("s-author").value.trim(), $("s-token").value.trim()));
  $("s-cancel").addEventListener("click", () => $("dlg-settings").close());
  document.addEventListener("keydown", onKey);
  window.addEventListener("resize", debounce(redrawTimeline, 200));
}

function openSettings() {
  $("s-author").value = analyst.author;
  $("s-token").value = analyst.token;
  $("dlg-settings").showModal();
}

async function start() {
  fillStatic();
  map = createMap($("map"), openEvent);
  window.rasdDashboard = { state, map };
  const { filters, openId } = loadHash();
  writeFilters(filters);
  wire();
  await refresh();
  if (openId) await openEvent(openId);
}

start();
