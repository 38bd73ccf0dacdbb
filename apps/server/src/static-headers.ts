/** What @fastify/static hands to setHeaders (its SetHeadersResponse). */
interface HeaderTarget {
  setHeader(name: string, value: string): unknown;
}

/** Built files with a content hash in their name never change: a year, and no revalidation. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html, sw.js and other unhashed files: kept, but checked with the server (ETag) before each use. */
export const REVALIDATE = "no-cache";

/** Vite puts every hashed file under assets/ (…/assets/index-BtLxUt48.js). */
const HASHED = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(?:\.(?:br|gz))?$/;

/**
 * Caching headers for a file about to be sent (@fastify/static's setHeaders, given the path of
 * the file on disk, which may be its precompressed .br or .gz copy).
 */
export function setStaticHeaders(res: HeaderTarget, path: string) {
  res.setHeader("cache-control", HASHED.test(path) ? IMMUTABLE : REVALIDATE);
  // The same URL is sent brotli, gzip or plain depending on the request: caches must key on it.
  res.setHeader("vary", "accept-encoding");
}
