// One-off generator of themes/default/data/europe.json, the members map's background.
//
// Natural Earth (public domain) land and country borders at 1:50m, from the npm package
// `world-atlas`, projected with a Lambert azimuthal equal-area projection centred on
// Europe (the projection of EPSG:3035), clipped to the map's frame and simplified to
// about one unit of a 1000-unit-wide drawing. federa (src/render/map.rs) projects member
// coordinates with the same formula and parameters, which it reads from the JSON file.
//
// Run (any folder; needs Node 18+):
//   npm install --prefix /tmp/europe world-atlas topojson-client
//   NODE_PATH=/tmp/europe/node_modules node tools/europe-outline.mjs > themes/default/data/europe.json
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(path.join(process.env.NODE_PATH || process.cwd(), "x"));
const topojson = require("topojson-client");
const land50 = require("world-atlas/land-50m.json");
const countries50 = require("world-atlas/countries-50m.json");

const RAD = Math.PI / 180;
const projection = { name: "laea", lat0: 52, lon0: 10 };
// The frame: edit and re-run to map another region (markers outside it are left off).
const frame = { west: -11, east: 26, south: 35.5, north: 61 }; // degrees
const WIDTH = 1000;
const TOLERANCE = 1.2; // drawing units

// Lambert azimuthal equal-area on the unit sphere; y grows northwards.
function laea([lon, lat]) {
  const phi = lat * RAD, lam = (lon - projection.lon0) * RAD, phi0 = projection.lat0 * RAD;
  const k = Math.sqrt(2 / (1 + Math.sin(phi0) * Math.sin(phi) + Math.cos(phi0) * Math.cos(phi) * Math.cos(lam)));
  return [k * Math.cos(phi) * Math.sin(lam),
          k * (Math.cos(phi0) * Math.sin(phi) - Math.sin(phi0) * Math.cos(phi) * Math.cos(lam))];
}

// Frame: the projected bounding box of the frame's edges.
let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
for (let lon = frame.west; lon <= frame.east; lon += 0.5) {
  for (const lat of [frame.south, frame.north]) extend(laea([lon, lat]));
}
for (let lat = frame.south; lat <= frame.north; lat += 0.5) {
  for (const lon of [frame.west, frame.east]) extend(laea([lon, lat]));
}
function extend([x, y]) { minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y); }
// Trim the empty corners a little: the frame's south-west and north-east are sea.
const scale = WIDTH / (maxX - minX);
const HEIGHT = Math.round((maxY - minY) * scale);
const toView = ([x, y]) => [(x - minX) * scale, (maxY - y) * scale];
const MARGIN = 4;
const clamp = ([x, y]) => [Math.min(Math.max(x, -MARGIN), WIDTH + MARGIN), Math.min(Math.max(y, -MARGIN), HEIGHT + MARGIN)];

function simplify(points) {
  // Radial distance, then Douglas-Peucker: small and faithful enough for a backdrop.
  const kept = [points[0]];
  for (const p of points.slice(1)) {
    const q = kept[kept.length - 1];
    if (Math.hypot(p[0] - q[0], p[1] - q[1]) >= TOLERANCE / 2) kept.push(p);
  }
  return douglasPeucker(kept);
}
function douglasPeucker(points) {
  if (points.length < 3) return points;
  const [a, b] = [points[0], points[points.length - 1]];
  let index = 0, best = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = distanceToSegment(points[i], a, b);
    if (d > best) { best = d; index = i; }
  }
  if (best <= TOLERANCE) return [a, b];
  return douglasPeucker(points.slice(0, index + 1)).slice(0, -1).concat(douglasPeucker(points.slice(index)));
}
function distanceToSegment(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len)) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

const inFrame = ([lon, lat]) => lon > frame.west - 8 && lon < frame.east + 8 && lat > frame.south - 6 && lat < frame.north + 6;
const fmt = (n) => String(Math.round(n * 10) / 10);

function pathOf(lines, closed) {
  let d = "";
  for (const line of lines) {
    if (!line.some(inFrame)) continue;
    let pts = line.map(laea).filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1])).map(toView).map(clamp);
    pts = simplify(pts).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
    if (pts.length < (closed ? 4 : 2)) continue;
    const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
    if (closed && (Math.max(...xs) - Math.min(...xs) < 3 && Math.max(...ys) - Math.min(...ys) < 3)) continue;
    if (Math.max(...xs) <= 0 || Math.min(...xs) >= WIDTH || Math.max(...ys) <= 0 || Math.min(...ys) >= HEIGHT) continue;
    d += "M" + pts.map((p) => fmt(p[0]) + " " + fmt(p[1])).join("L") + (closed ? "Z" : "");
  }
  return d;
}

const land = topojson.feature(land50, land50.objects.land);
const rings = land.features.flatMap((f) => f.geometry.type === "Polygon" ? f.geometry.coordinates : f.geometry.coordinates.flat());
const borders = topojson.mesh(countries50, countries50.objects.countries, (a, b) => a !== b);
const borderLines = borders.type === "MultiLineString" ? borders.coordinates : [borders.coordinates];

const out = {
  source: "Natural Earth 1:50m land and borders (public domain), via the npm package world-atlas; generated by tools/europe-outline.mjs",
  projection: { ...projection, min_x: minX, max_y: maxY, scale },
  width: WIDTH,
  height: HEIGHT,
  land: pathOf(rings, true),
  borders: pathOf(borderLines, false),
};
process.stdout.write(JSON.stringify(out, null, 1) + "\n");
