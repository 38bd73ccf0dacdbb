// What the request log may say about a path. Some paths carry a secret: a participant's
// personal link (/a/<token>), a short code typed into the address (/a/<code>), a staff
// invitation (/staff/invitation/<token>). Whoever reads the log (operators, a log service,
// a backup) must not be able to open a questionnaire or accept an invitation with it.
const REDACTED = "[redacted]";

/** Paths whose every segment after the prefix is a credential. */
const SECRET_PREFIXES = ["/a/", "/staff/invitation/"];

// A short code as read aloud (8 characters of the code alphabet, with or without its dash) or
// anything as long as a token (ours are 43 characters; ids are 25): redacted wherever it stands as a whole path segment. Asset names
// have a dot, so the built apps' files (index-B9dF3kLm.js) are never mistaken for one.
const CODE_SEGMENT = /^[2-9a-hj-km-np-z]{4}-?[2-9a-hj-km-np-z]{4}$/i;
const TOKEN_SEGMENT = /^[A-Za-z0-9_-]{32,}$/;

/** The path of a request URL as the log may show it: no query string, no credentials. */
export function loggablePath(url: string): string {
  const path = url.split(/[?#]/)[0] ?? "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    decoded = path;
  }
  for (const prefix of SECRET_PREFIXES) {
    if (decoded.toLowerCase().startsWith(prefix) && decoded.length > prefix.length) return `${prefix}${REDACTED}`;
  }
  return decoded
    .split("/")
    .map((segment) => (CODE_SEGMENT.test(segment) || TOKEN_SEGMENT.test(segment) ? REDACTED : segment))
    .join("/");
}

/** The API fails only with its error keys (snake_case words, see @skridt/validators' list). */
const ERROR_KEY = /^[a-z][a-z_]{1,60}$/;

/**
 * A refused procedure's reason for the log: an error key, never a free message (a parse
 * error's message quotes the request body, which may hold a short code or a token).
 */
export function loggableReason(message: string): string {
  return ERROR_KEY.test(message) ? message : "(not logged)";
}
