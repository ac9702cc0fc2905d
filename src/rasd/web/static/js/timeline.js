// The timeline: events (bars) and deaths (line) per day, ISO week or month, drawn as plain SVG.
// Dragging across the bars (or clicking one) selects a date range, which filters the map.

const SVG = "http://www.w3.org/2000/svg";
const DAY_MS = 86400000;

function node(tag, attrs, parent) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  if (parent) parent.appendChild(el);
  return el;
}

const toDate = (iso) => new Date(`${iso}T00:00:00Z`);
const toIso = (d) => d.toISOString().slice(0, 10);

/** The Monday that starts the ISO week of a date. */
export function weekStart(iso) {
  const d = toDate(iso);
  return toIso(new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS));
}

/** The first day of the month of a date. */
export function monthStart(iso) {
  return `${iso.slice(0, 7)}-01`;
}

/** The start of the bucket after `iso` (one day, one week or one month later). */
function nextStart(iso, unit) {
  const d = toDate(iso);
  if (unit === "month") return toIso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
  return toIso(new Date(d.getTime() + (unit === "week" ? 7 : 1) * DAY_MS));
}

/** Day, week or month: "auto" keeps about a hundred bars or fewer on screen. */
export function pickUnit(days, unit) {
  if (unit !== "auto" || !days.length) return unit === "auto" ? "day" : unit;
  const span = (toDate(days.at(-1).date) - toDate(days[0].date)) / DAY_MS;
  return span <= 100 ? "day" : span <= 700 ? "week" : "month";
}

/** Buckets of {start, end, events, fatalities}, with empty days, weeks or months filled in. */
export function buckets(days, unit) {
  if (!days.length) return [];
  const keyOf = { day: (iso) => iso, week: weekStart, month: monthStart }[unit];
  const sums = new Map();
  for (const day of days) {
    const key = keyOf(day.date);
    const acc = sums.get(key) || { events: 0, fatalities: 0 };
    sums.set(key, { events: acc.events + day.events, fatalities: acc.fatalities + day.fatalities });
  }
  const keys = [...sums.keys()].sort();
  const out = [];
  for (let start = keys[0]; start <= keys.at(-1); start = nextStart(start, unit)) {
    const end = toIso(new Date(toDate(nextStart(start, unit)).getTime() - DAY_MS));
    out.push({ start, end, ...(sums.get(start) || { events: 0, fatalities: 0 }) });
  }
  return out;
}

function deathLine(svg, bars, x, height, maxDeaths) {
  if (!maxDeaths) return;
  const points = bars.map((b, i) => `${x(i) + x.width / 2},${height - 18 - (b.fatalities / maxDeaths) * (height - 28)}`);
  node("polyline", { points: points.join(" "), class: "deaths-line" }, svg);
}

function axisLabels(svg, bars, x, height) {
  const every = Math.max(1, Math.ceil(bars.length / 8));
  bars.forEach((b, i) => {
    if (i % every) return;
    node("text", { x: x(i), y: height - 4, class: "axis" }, svg).textContent = b.start;
  });
}

/** Draw the chart into `svg`; `onSelect(since, until)` gets the dragged range (null, null to clear). */
export function drawTimeline(svg, days, requested, selected, onSelect) {
  svg.replaceChildren();
  const unit = pickUnit(days, requested);
  const bars = buckets(days, unit);
  const width = svg.clientWidth || 600;
  const height = svg.clientHeight || 120;
  if (!bars.length) {
    node("text", { x: 10, y: 30, class: "axis" }, svg).textContent = "No dated events under these filters.";
    return;
  }
  const maxEvents = Math.max(...bars.map((b) => b.events), 1);
  const maxDeaths = Math.max(...bars.map((b) => b.fatalities), 0);
  const x = (i) => 4 + (i * (width - 8)) / bars.length;
  x.width = Math.max(1, (width - 8) / bars.length - 1);
  const inRange = (b) => selected.since && b.end >= selected.since && (!selected.until || b.start <= selected.until);
  bars.forEach((b, i) => {
    const h = (b.events / maxEvents) * (height - 28);
    const rect = node("rect", { x: x(i), y: height - 18 - h, width: x.width, height: Math.max(h, b.events ? 1 : 0),
      class: `bar${inRange(b) ? " selected" : ""}`, "data-start": b.start, "data-end": b.end }, svg);
    node("title", {}, rect).textContent = `${b.start}${unit === "day" ? "" : ` – ${b.end}`}: ${b.events} events, ${b.fatalities} deaths`;
  });
  deathLine(svg, bars, x, height, maxDeaths);
  axisLabels(svg, bars, x, height);
  enableBrush(svg, bars, x, onSelect);
}

function enableBrush(svg, bars, x, onSelect) {
  const indexAt = (evt) => {
    const left = svg.getBoundingClientRect().left;
    const i = bars.findIndex((_, k) => evt.clientX - left < x(k) + x.width + 1);
    return i < 0 ? bars.length - 1 : i;
  };
  let from = null;
  svg.onpointerdown = (evt) => { from = indexAt(evt); svg.setPointerCapture(evt.pointerId); };
  svg.onpointerup = (evt) => {
    if (from === null) return;
    const to = indexAt(evt);
    const [a, b] = [Math.min(from, to), Math.max(from, to)];
    from = null;
    onSelect(bars[a].start, bars[b].end);
  };
}
