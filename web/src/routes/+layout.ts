// Every page reads the chain in the browser: no server rendering, one fallback page for all routes.
export const ssr = false;
export const prerender = false;
