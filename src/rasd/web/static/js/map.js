// The event map: an offline basemap (country outlines and first-level boundaries from the
// vendored Natural Earth TopoJSON, no tile server), clustered markers sized by deaths and
// coloured by event type. Leaflet, markercluster and topojson-client are globals (vendor/).

import { typeClass } from "./types.js";

const L = window.L;

/** Marker diameter in pixels: grows with the square root of deaths, so big tolls stand out. */
export function markerSize(deaths) {
  return Math.round(12 + 4 * Math.sqrt(Math.max(0, deaths || 0)));
}

function eventIcon(item) {
  const size = markerSize(item.fatalities);
  const cls = `ev-marker type-${typeClass(item.event_type)} status-${item.status || "machine"}`;
  return L.divIcon({
    className: cls,
    html: `<span>${item.fatalities || ""}</span>`,
    iconSize: [size, size],
  });
}

function clusterIcon(cluster) {
  const markers = cluster.getAllChildMarkers();
  const deaths = markers.reduce((sum, m) => sum + (m.options.deaths || 0), 0);
  const size = markerSize(deaths) + 10;
  return L.divIcon({
    className: "ev-cluster",
    html: `<span title="${markers.length} events, ${deaths} deaths">${markers.length}<small>${deaths}†</small></span>`,
    iconSize: [size, size],
  });
}

async function loadJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

async function addCountries(map) {
  const world = await loadJson("/static/vendor/countries-50m.json");
  const countries = window.topojson.feature(world, world.objects.countries);
  L.geoJSON(countries, { style: { color: "#6b7c8f", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 },
    interactive: false }).addTo(map);
}

/** First-level boundaries (~4 MB), fetched the first time the analyst zooms in far enough to see them. */
function addAdmin1OnZoom(map) {
  let layer = null;
  let loading = null;
  const load = async () => {
    const admin = await loadJson("/static/vendor/admin1.topo.json");
    const lines = window.topojson.mesh(admin, admin.objects.admin1, (a, b) => a !== b);
    layer = L.geoJSON(lines, { style: { color: "#9aa7b4", weight: 0.6, dashArray: "3 3" }, interactive: false });
  };
  const toggle = async () => {
    if (map.getZoom() < 5) return layer && layer.remove();
    loading = loading || load().catch((err) => console.error("admin-1 boundaries:", err));
    await loading;
    if (layer && map.getZoom() >= 5) layer.addTo(map);
  };
  map.on("zoomend", toggle);
  toggle();
}

/** Build the map; `onPick(eventId)` is called when a marker is clicked. */
export function createMap(element, onPick) {
  const map = L.map(element, { worldCopyJump: true, minZoom: 2, maxZoom: 12, zoomSnap: 0.5 }).setView([25, 30], 4);
  element.style.background = "#cfe0ec";
  map.attributionControl.addAttribution("Boundaries: Natural Earth");
  const basemap = addCountries(map).catch((err) => console.error("basemap:", err));
  addAdmin1OnZoom(map);
  const cluster = L.markerClusterGroup({ iconCreateFunction: clusterIcon, maxClusterRadius: 40, animate: false });
  map.addLayer(cluster);
  const markers = new Map();

  function show(items) {
    cluster.clearLayers();
    markers.clear();
    const placed = items.filter((it) => it.location && it.location.latitude != null);
    for (const item of placed) {
      const marker = L.marker([item.location.latitude, item.location.longitude],
        { icon: eventIcon(item), deaths: item.fatalities || 0, title: `${item.sub_event_type}, ${item.location.name}` });
      marker.on("click", () => onPick(item.event_id));
      markers.set(item.event_id, marker);
      cluster.addLayer(marker);
    }
    if (placed.length) map.fitBounds(L.latLngBounds(placed.map((it) => [it.location.latitude, it.location.longitude])).pad(0.3), { maxZoom: 7, animate: false });
    return placed.length;
  }

  let focused = null;
  function focus(eventId) {
    const marker = markers.get(eventId);
    if (focused) focused.getElement()?.classList.remove("focused");
    focused = marker || null;
    if (!marker) return;
    map.setView(marker.getLatLng(), Math.max(map.getZoom(), 8), { animate: false });
    marker.getElement()?.classList.add("focused");
  }

  return { map, show, focus, basemap };
}
