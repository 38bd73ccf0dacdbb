// Which X-Forwarded-For entries to believe. A client can send any X-Forwarded-For it likes; a
// proxy only appends the address it saw. So the server may believe exactly as many entries,
// counted from the right, as there are proxies in front of it (a hop count), or the entries
// added by proxies at known addresses. A blanket "true" believes the leftmost entry, which the
// client wrote itself: throttling per address and the audit log's address could then be forged.
import { isIP } from "node:net";

/** What Fastify's `trustProxy` takes from us: nothing, a hop count, or the proxies' addresses/CIDR ranges. */
export type TTrustProxy = false | number | string[];

export const TRUST_PROXY_HELP =
  'give the number of proxies in front of Skridt (e.g. 1) or their addresses (e.g. 10.0.0.5 or 10.0.0.0/8, comma-separated); "true" would believe a client\'s forged X-Forwarded-For';

function isAddressOrRange(entry: string): boolean {
  const [address, bits, ...rest] = entry.split("/");
  if (rest.length > 0 || !address) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (version === 4 ? 32 : 128);
}

/** TRUST_PROXY as written in the environment; throws with a message for anything else. */
export function parseTrustProxy(raw: string): TTrustProxy {
  const value = raw.trim();
  if (value === "" || value === "false" || value === "0") return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error(`${hops} proxies is not plausible: ${TRUST_PROXY_HELP}`);
    return hops;
  }
  if (value === "true") throw new Error(`"true" is no longer accepted: ${TRUST_PROXY_HELP}`);
  const entries = value
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !isAddressOrRange(e));
  if (entries.length === 0 || bad.length > 0) throw new Error(`not an address or range: ${bad.join(", ") || value}; ${TRUST_PROXY_HELP}`);
  return entries;
}

/**
 * For Fastify: a hop count as the function Fastify itself makes of one (its types do not list
 * numbers): the first `hops` addresses from the socket inwards are proxies, the next is the client.
 */
export function fastifyTrustProxy(trust: TTrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== "number") return trust;
  if (trust === 0) return false;
  return (_address, hop) => hop < trust;
}
