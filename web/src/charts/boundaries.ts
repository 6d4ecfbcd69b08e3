// The map's boundaries as SVG paths, imported on demand (a chunk of its own, never on the first
// page): world countries from world-atlas (Natural Earth), Afghanistan's provinces from
// geoBoundaries and Iran's from amCharts' geodata (data/boundaries/README.md); provinces are named
// in Persian (Dari for Afghanistan). Plain equirectangular projection: the map shows where
// events are, it does not measure areas.
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import afghanistan from '../data/boundaries/afghanistan-adm1.topojson.json';
import iran from '../data/boundaries/iran-adm1.geo.json';

export interface Shape {
  id: string;
  name: string;
  /** SVG path in projected coordinates (x = lon, y = -lat). */
  d: string;
}

type Geometry = { type: string; coordinates: unknown } | null;

function ringPath(ring: number[][]): string {
  let s = '';
  for (let i = 0; i < ring.length; i++) {
    const [lon, lat] = ring[i];
    s += `${i ? 'L' : 'M'}${lon.toFixed(2)},${(-lat).toFixed(2)}`;
  }
  return `${s}Z`;
}

function pathOf(g: Geometry): string {
  if (!g) return '';
  if (g.type === 'Polygon') return (g.coordinates as number[][][]).map(ringPath).join('');
  if (g.type === 'MultiPolygon')
    return (g.coordinates as number[][][][]).map((p) => p.map(ringPath).join('')).join('');
  return '';
}

export function countries(): Shape[] {
  const w = world as unknown as { objects: { countries: unknown } };
  return feature(w, w.objects.countries).features.map((f) => ({
    id: String(f.id ?? f.properties.name),
    name: String(f.properties.name ?? ''),
    d: pathOf(f.geometry),
  }));
}

export function afghanProvinces(): Shape[] {
  const a = afghanistan as unknown as { objects: { AFGADM1gbOpen: unknown } };
  return feature(a, a.objects.AFGADM1gbOpen).features.map((f) => ({
    id: String(f.properties.shapeISO ?? f.properties.shapeName),
    name: String(f.properties.nameFa ?? f.properties.shapeName ?? ''),
    d: pathOf(f.geometry),
  }));
}

export function iranProvinces(): Shape[] {
  const g = iran as unknown as {
    features: { properties: { iso: string; name: string }; geometry: Geometry }[];
  };
  return g.features.map((f) => ({ id: f.properties.iso, name: f.properties.name, d: pathOf(f.geometry) }));
}
