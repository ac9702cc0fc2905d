// Review: correct a field, mark "not an event", merge another event in, split reports off.
// Every change goes to POST /api/events/{id}/corrections with the analyst's name and a reason,
// so the store keeps who/when/why and re-applies it when the articles are processed again.

import { correct } from "./api.js";
import { h, toast } from "./dom.js";
import { EDITABLE, EVENT_TYPES, parseValue } from "./types.js";

/** Analyst name and API token, kept in this browser only. */
export const analyst = {
  get author() { return localStorage.getItem("rasd.author") || ""; },
  get token() { return localStorage.getItem("rasd.token") || ""; },
  save(author, token) {
    localStorage.setItem("rasd.author", author);
    localStorage.setItem("rasd.token", token);
  },
};

function currentText(ev, field) {
  const value = ev[field];
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function valueInput(ev, field, kind) {
  if (kind === "type" || kind === "subtype") {
    const options = kind === "type" ? Object.keys(EVENT_TYPES) : Object.values(EVENT_TYPES).flat();
    return h("select", { id: "r-value", "aria-label": "New value" },
      options.map((o) => h("option", { value: o, selected: o === ev[field] }, o)));
  }
  const type = kind === "date" ? "date" : kind === "int" ? "number" : "text";
  return h("input", { id: "r-value", type, min: kind === "int" ? 0 : null, dir: "auto",
    "aria-label": "New value", value: currentText(ev, field) });
}

function fieldForm(ev, send) {
  const select = h("select", { id: "r-field", "aria-label": "Field to correct" },
    EDITABLE.map(([name, label]) => h("option", { value: name }, label)));
  const slot = h("span", { class: "value-slot" });
  const refresh = () => {
    const [name, , kind] = EDITABLE.find(([n]) => n === select.value);
    slot.replaceChildren(valueInput(ev, name, kind));
  };
  select.addEventListener("change", refresh);
  refresh();
  const save = () => {
    const [name, , kind] = EDITABLE.find(([n]) => n === select.value);
    let value;
    try { value = parseValue(kind, document.getElementById("r-value").value); } catch (err) {
      toast(`${select.selectedOptions[0].textContent}: ${err.message}`, "error");
      return;
    }
    send({ action: "set", field: name, value });
  };
  slot.addEventListener("keydown", (evt) => { if (evt.key === "Enter") { evt.preventDefault(); save(); } });
  return h("div", { class: "review-row" }, select, slot, h("button", { type: "button", id: "r-save", onclick: save }, "Save correction"));
}

function splitForm(ev, send) {
  const boxes = ev.article_ids.map((id) => h("label", { class: "check" },
    h("input", { type: "checkbox", value: id, class: "r-split" }), ` ${id}`));
  const split = () => {
    const ids = [...document.querySelectorAll(".r-split:checked")].map((b) => b.value);
    if (!ids.length || ids.length === ev.article_ids.length) {
      toast("Split: tick some, but not all, of the reports", "error");
      return;
    }
    send({ action: "split", value: ids });
  };
  if (ev.article_ids.length < 2) return h("p", { class: "muted" }, "One report only: nothing to split.");
  return h("div", { class: "review-row" }, boxes, h("button", { type: "button", id: "r-split", onclick: split }, "Split off (s)"));
}

function mergeForm(send) {
  const other = h("input", { id: "r-merge", type: "text", placeholder: "event id to fold into this one", "aria-label": "Event id to merge" });
  const merge = () => (other.value.trim() ? send({ action: "merge", value: other.value.trim() })
    : toast("Merge: type the id of the other event", "error"));
  return h("div", { class: "review-row" }, other, h("button", { type: "button", id: "r-merge-btn", onclick: merge }, "Merge in (m)"));
}

/** Render the review forms for `ev`; `onDone(result)` runs after a stored correction. */
export function renderReview(container, ev, onDone, askSettings) {
  const reason = h("input", { id: "r-reason", type: "text", dir: "auto", required: true, maxlength: 2000,
    placeholder: "Reason (required)", "aria-label": "Reason for the change" });
  const send = async (body) => {
    if (!reason.value.trim()) { toast("Give a reason for the change", "error"); reason.focus(); return; }
    try {
      const result = await correct(ev.event_id, { ...body, reason: reason.value.trim(), author: analyst.author || "analyst" }, analyst.token);
      toast(`Saved: ${body.action}${body.field ? ` ${body.field}` : ""}`, "ok");
      onDone(result, body);
    } catch (err) {
      toast(`Not saved (${err.message.slice(0, 200)})`, "error");
      if (err.status === 401 || err.status === 403) askSettings();
    }
  };
  const notEvent = h("button", { type: "button", id: "r-not-event", class: "danger",
    onclick: () => send({ action: "not_event" }) }, "Not an event (x)");
  container.replaceChildren(reason, fieldForm(ev, send), h("div", { class: "review-row" }, notEvent), mergeForm(send), splitForm(ev, send));
}
