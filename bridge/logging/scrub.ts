/**
 * Scrubbing secrets out of free text. Structured fields are censored by path (`logger.ts`), but an error
 * message can quote whatever it choked on — a token, a key, a URL with `?clientToken=` — so every message
 * that reaches a log line or an error detail goes through a scrubber first.
 */

/**
 * A function that replaces secrets in a string: the given values, JWT/JWS-shaped strings, PEM blocks and
 * `clientToken=` query values.
 */
export function scrubber(secrets: readonly string[]): (text: string) => string {
  // Shorter values would replace ordinary words; no configured secret is that short.
  const values = secrets.filter((s) => s.length >= 8)
  return (text) => {
    let out = text
      .replace(/-----BEGIN [A-Z ]+-----[\s\S]*?(-----END [A-Z ]+-----|$)/g, '[redacted key]')
      .replace(/eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g, '[redacted jwt]')
      .replace(/(clientToken=)[^&\s]+/gi, '$1[redacted]')
    for (const value of values) out = out.split(value).join('[redacted]')
    return out
  }
}
