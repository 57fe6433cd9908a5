/**
 * The passwords this process has seen in database URLs, so every line it prints can be
 * scrubbed of them. Masking the URL is not enough: a driver may echo its connection
 * string, a server may quote it back, a user's env.ts may log it. The registry is the
 * last line of defence, applied to every output and error line.
 */

/**
 * Shorter secrets are not scrubbed: replacing every "pw" in the output would garble it,
 * and a two-letter password is no secret anyway.
 */
const MIN_SECRET_LENGTH = 3;
const MASK = "***";

const secrets = new Set<string>();
let pattern: RegExp | undefined;

/** Remember a secret (a password, a token) so it is scrubbed from everything printed. */
export function rememberSecret(secret: string | undefined): void {
  if (secret === undefined || secret.length < MIN_SECRET_LENGTH || secrets.has(secret)) return;
  secrets.add(secret);
  for (const form of [encodeURIComponent(secret), secret.replace(/'/g, "''")]) {
    if (form.length >= MIN_SECRET_LENGTH) secrets.add(form);
  }
  // Longest first, so a secret that contains another is replaced whole. A secret is only
  // replaced where it stands alone (not inside a longer word): a password "postgres" must
  // not turn every "postgresql://" into "***ql://", while in URLs, quotes and key=value
  // pairs it is always delimited.
  const alternatives = [...secrets].sort((a, b) => b.length - a.length).map(escapeRegExp);
  pattern = new RegExp(`(?<![A-Za-z0-9_])(?:${alternatives.join("|")})(?![A-Za-z0-9_])`, "g");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `text` with every remembered secret replaced by `***`. */
export function scrubSecrets(text: string): string {
  return pattern ? text.replace(pattern, MASK) : text;
}
