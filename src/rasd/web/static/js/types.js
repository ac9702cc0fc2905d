// ACLED event taxonomy (eval/GUIDE.md) with one colour per event type, and English labels of
// every field the event panel shows. Kept beside the page so the legend needs no request.

export const EVENT_TYPES = {
  "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
    "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  "Riots": ["Violent demonstration", "Mob violence"],
  "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
};

export const TYPE_COLOURS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c",
  "Riots": "#8c564b",
  "Strategic developments": "#1f77b4",
};

export function colourOf(eventType) {
  return TYPE_COLOURS[eventType] || "#7f7f7f";
}

/** CSS class suffix of an event type ("Explosions/Remote violence" -> "explosions-remote-violence"). */
export function typeClass(eventType) {
  return (eventType || "unknown").toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "");
}

export const TIME_PRECISION = { 1: "the day is known", 2: "within about a week", 3: "only the month" };
export const GEO_PRECISION = { 1: "the town or village itself", 2: "near a town", 3: "only the region" };

/** Fields an analyst may correct, with their English label and value kind. */
export const EDITABLE = [
  ["event_date", "Event date", "date"],
  ["time_precision", "Time precision", "int"],
  ["event_type", "Event type", "type"],
  ["sub_event_type", "Sub-event type", "subtype"],
  ["actor1", "Actor 1", "text"],
  ["actor2", "Actor 2", "text"],
  ["assoc_actor_1", "Associated actor 1", "text"],
  ["assoc_actor_2", "Associated actor 2", "text"],
  ["location", "Location (JSON)", "json"],
  ["geo_precision", "Geo precision", "int"],
  ["fatalities", "Fatalities", "int"],
  ["claimed_by", "Claimed by", "text"],
  ["disputed_by", "Disputed by", "text"],
  ["notes", "Notes", "text"],
];

/** The typed value of a correction typed into the form. */
export function parseValue(kind, raw) {
  const text = raw.trim();
  if (kind === "int") {
    const n = Number.parseInt(text, 10);
    if (Number.isNaN(n) || n < 0) throw new Error("a whole number ≥ 0 is needed");
    return n;
  }
  if (kind === "json") return JSON.parse(text);
  return text === "" ? null : text;
}
