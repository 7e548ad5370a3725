/**
 * The city's map data, as static files: district outlines and an offline basemap (GeoJSON), read once at
 * start-up (a missing or malformed file stops the server with the setting to fix) and served as they
 * are. The web app learns their addresses from `/config.json` (`map`).
 */
import { readFileSync } from 'node:fs';
import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from './app.js';
import { ServerConfigError, type ServerConfig } from './config.js';

const files = ['districts', 'basemap'] as const;
type MapFile = (typeof files)[number];

function readGeoJson(setting: string, path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ServerConfigError(`map.${setting}: cannot read ${path} (${cause instanceof Error ? cause.message : String(cause)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ServerConfigError(`map.${setting}: ${path} is not JSON; give a GeoJSON FeatureCollection`);
  }
  if ((parsed as { type?: unknown } | null)?.type !== 'FeatureCollection') throw new ServerConfigError(`map.${setting}: ${path} is not a GeoJSON FeatureCollection`);
  return text;
}

/** The map files this server serves, read now. */
export function loadMapFiles(config: ServerConfig): Partial<Record<MapFile, string>> {
  const loaded: Partial<Record<MapFile, string>> = {};
  for (const name of files) {
    const path = config.map?.[name];
    if (path !== undefined) loaded[name] = readGeoJson(name, path);
  }
  return loaded;
}

/** What `/config.json` says about the map: the files' addresses on this server, and a tile server if the city chose one. */
export function mapAppConfig(config: ServerConfig, loaded: Partial<Record<MapFile, string>>): { map?: Record<string, unknown> } {
  const map: Record<string, unknown> = {};
  for (const name of files) if (loaded[name] !== undefined) map[name] = `/map/${name}.geojson`;
  if (config.map?.tiles) map.tiles = config.map.tiles;
  return Object.keys(map).length === 0 ? {} : { map };
}

export function mapRoutes(loaded: Partial<Record<MapFile, string>>) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/map/{file}',
      tags: ['map'],
      summary: 'The city’s district outlines or offline basemap (GeoJSON), as configured under map',
      request: { params: z.object({ file: z.enum(['districts.geojson', 'basemap.geojson']) }) },
      responses: {
        200: { description: 'a GeoJSON FeatureCollection', content: { 'application/geo+json': { schema: z.object({ type: z.literal('FeatureCollection') }).passthrough() } } },
        404: { description: 'the city has not configured this file' },
      },
    }),
    (c) => {
      const name = c.req.valid('param').file.replace('.geojson', '') as MapFile;
      const text = loaded[name];
      if (text === undefined) return c.json({ error: { code: 'not_found', message: `this city has no map.${name} file configured` } }, 404);
      return c.body(text, 200, { 'content-type': 'application/geo+json; charset=utf-8', 'cache-control': 'public, max-age=300' });
    },
  );
  return router;
}
