import { ConfigError } from "../errors.ts";

/**
 * Expands `${VAR}` and `${VAR:-default}` from the environment, as shells do, so a committed
 * mig.toml can name its database without holding the secret. `$${` is a literal `${`.
 */
export function interpolate(
  value: string,
  env: Readonly<Record<string, string | undefined>>,
  where: string,
): string {
  return value.replace(/\$\$\{|\$\{([^}]*)\}/g, (match, body: string | undefined) => {
    if (body === undefined) return "${";
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?$/s.exec(body);
    if (!m) throw new ConfigError(`Bad variable reference '${match}' in ${where}: expected \${NAME} or \${NAME:-default}`);
    const name = m[1]!;
    const fallback = m[2];
    const found = env[name];
    if (found !== undefined && found !== "") return found;
    if (fallback !== undefined) return fallback;
    if (found === "") return "";
    throw new ConfigError(`Environment variable '${name}' used in ${where} is not set`);
  });
}
