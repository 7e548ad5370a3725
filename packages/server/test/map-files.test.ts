import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseServerConfig } from '../src/config.js';
import { loadMapFiles, mapAppConfig, mapRoutes } from '../src/map-files.js';

const folder = mkdtempSync(join(tmpdir(), 'polity-map-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const districts = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { district: 1 }, geometry: { type: 'Polygon', coordinates: [[[21.1, 52.2], [21.2, 52.2], [21.2, 52.3], [21.1, 52.2]]] } }] });
writeFileSync(join(folder, 'districts.geojson'), districts);
writeFileSync(join(folder, 'broken.geojson'), '{"type": "Feature"');
const base = { chain: { id: 31337, rpcUrls: ['http://127.0.0.1:8545'] }, polity: { registry: `0x${'1'.repeat(40)}`, governor: `0x${'2'.repeat(40)}`, timelock: `0x${'3'.repeat(40)}`, rounds: `0x${'4'.repeat(40)}`, results: `0x${'5'.repeat(40)}`, escrow: `0x${'6'.repeat(40)}` } };

describe('the city’s map files', () => {
  it('are read from paths relative to the configuration, served as GeoJSON and named in the app’s configuration', async () => {
    const config = parseServerConfig({ ...base, map: { districts: 'districts.geojson' } }, folder);
    const loaded = loadMapFiles(config);
    expect(mapAppConfig(config, loaded)).toEqual({ map: { districts: '/map/districts.geojson' } });
    const router = mapRoutes(loaded);
    const served = await router.request('/map/districts.geojson');
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toContain('application/geo+json');
    expect(await served.text()).toBe(districts);
    const missing = await router.request('/map/basemap.geojson');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toContain('map.basemap');
  });

  it('stop the server at start with the setting to fix when a file is missing or not GeoJSON', () => {
    expect(() => loadMapFiles(parseServerConfig({ ...base, map: { basemap: 'nowhere.geojson' } }, folder))).toThrow(/map\.basemap: cannot read/);
    expect(() => loadMapFiles(parseServerConfig({ ...base, map: { districts: 'broken.geojson' } }, folder))).toThrow(/map\.districts: .* is not JSON/);
    expect(mapAppConfig(parseServerConfig(base, folder), {})).toEqual({});
  });

  it('accept a tile server only as an https URL template', () => {
    expect(() => parseServerConfig({ ...base, map: { tiles: { url: 'http://tiles.example/{z}/{x}/{y}.png', attribution: 'x' } } }, folder)).toThrow(/map\.tiles\.url/);
    const config = parseServerConfig({ ...base, map: { tiles: { url: 'https://tiles.example/{z}/{x}/{y}.png', attribution: '© the city' } } }, folder);
    expect(mapAppConfig(config, {})).toEqual({ map: { tiles: { url: 'https://tiles.example/{z}/{x}/{y}.png', attribution: '© the city' } } });
  });
});
