/** What the map shows of a project, and how the basemap and district outlines are drawn (pure). */
export interface MapProject {
  readonly projectId: number;
  readonly title: string;
  /** A line under the title in the marker's popup (cost, category). */
  readonly detail: string;
  readonly href: string;
  readonly location: { readonly latitude: number; readonly longitude: number } | undefined;
  readonly funded?: boolean | undefined;
}

interface PathStyle {
  readonly color: string;
  readonly weight: number;
  readonly fillColor?: string;
  readonly fillOpacity?: number;
  readonly dashArray?: string;
}

const basemapStyles: Record<string, PathStyle> = {
  land: { color: '#eef2e8', weight: 0, fillColor: '#f4f1ea', fillOpacity: 1 },
  forest: { color: '#b9d3a6', weight: 0, fillColor: '#cfe3bf', fillOpacity: 1 },
  park: { color: '#a8d08d', weight: 1, fillColor: '#d9ecc8', fillOpacity: 1 },
  water: { color: '#7fb2e5', weight: 1, fillColor: '#a9cdf0', fillOpacity: 1 },
  railway: { color: '#555', weight: 3, dashArray: '8 6' },
  road: { color: '#c9a96e', weight: 4 },
};

/** The style of a basemap feature by its `kind` (land, forest, park, water, railway, road); anything else a thin grey line. */
export function basemapStyle(kind: unknown): PathStyle {
  return basemapStyles[String(kind)] ?? { color: '#999', weight: 1, fillOpacity: 0.2 };
}

export const districtStyle: PathStyle = { color: '#0f1f4b', weight: 2, fillOpacity: 0.04, dashArray: '4 4' };

/** How many projects have no place on the map (said beside it, so none is silently missing). */
export function unplaced(projects: readonly MapProject[]): number {
  return projects.filter((project) => !project.location).length;
}
