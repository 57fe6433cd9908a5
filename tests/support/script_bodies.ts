/** The empty bodies `mig revision` writes, filled with the ops a test needs. */
export function withBodies(script: string, upgrade: string, downgrade?: string): string {
  const filled = script.replace("export function upgrade() {\n\n}", `export function upgrade() {\n  ${upgrade}\n}`);
  return downgrade === undefined
    ? filled
    : filled.replace("export function downgrade() {\n\n}", `export function downgrade() {\n  ${downgrade}\n}`);
}
