import { describe, expect, it } from 'vitest';
import { parseMapSettings } from './settings';
import { basemapStyle, unplaced } from './style';

describe('map settings', () => {
  it('takes file paths from the city’s server and a tile server only over https with {z}/{x}/{y}', () => {
    expect(parseMapSettings({ districts: '/map/districts.geojson', basemap: '/map/basemap.geojson' }, 'https://polity.wesola.pl')).toEqual({
      districts: 'https://polity.wesola.pl/map/districts.geojson',
      basemap: 'https://polity.wesola.pl/map/basemap.geojson',
    });
    expect(parseMapSettings({ districts: '/map/districts.geojson' }, '')).toEqual({ districts: '/map/districts.geojson' });
    expect(parseMapSettings({ tiles: { url: 'http://tiles.example/{z}/{x}/{y}.png', attribution: 'x' } }, '')).toBeUndefined();
    expect(parseMapSettings({ tiles: { url: 'https://tiles.example/{z}/{x}/{y}.png', attribution: '© city' } }, '')).toEqual({ tiles: { url: 'https://tiles.example/{z}/{x}/{y}.png', attribution: '© city' } });
    expect(parseMapSettings({ districts: 'javascript:alert(1)' }, '')).toBeUndefined();
    expect(parseMapSettings(undefined, '')).toBeUndefined();
  });

  it('draws known basemap kinds and counts projects without a place', () => {
    expect(basemapStyle('water').fillColor).toBe('#a9cdf0');
    expect(basemapStyle('anything').weight).toBe(1);
    const project = { projectId: 0, title: 'T', detail: '', href: '/', location: undefined };
    expect(unplaced([project, { ...project, location: { latitude: 52.25, longitude: 21.22 } }])).toBe(1);
  });
});
