/**
 * The map's data as `/config.json` names it (`map`): the city's district outlines and offline basemap
 * (GeoJSON files its server serves) and, only if the city chose one, a tile server. The map fetches
 * nothing else.
 */
export interface MapSettings {
  readonly districts?: string;
  readonly basemap?: string;
  readonly tiles?: { readonly url: string; readonly attribution: string };
}

/** Reads `map` from the configuration JSON; paths are taken from the city's server (`serverUrl`). Anything malformed is left out. */
export function parseMapSettings(raw: unknown, serverUrl: string | undefined): MapSettings | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const json = raw as Record<string, unknown>;
  const file = (value: unknown) => (typeof value === 'string' && /^(\/|https?:\/\/)\S+$/.test(value) ? (value.startsWith('/') ? `${serverUrl ?? ''}${value}` : value) : undefined);
  const tiles = json.tiles as { url?: unknown; attribution?: unknown } | undefined;
  const settings: MapSettings = {
    ...(file(json.districts) ? { districts: file(json.districts) } : {}),
    ...(file(json.basemap) ? { basemap: file(json.basemap) } : {}),
    ...(typeof tiles?.url === 'string' && /^https:\/\/\S*\{z\}\S*\{x\}\S*\{y\}/.test(tiles.url) && typeof tiles.attribution === 'string' ? { tiles: { url: tiles.url, attribution: tiles.attribution } } : {}),
  };
  return Object.keys(settings).length === 0 ? undefined : settings;
}
