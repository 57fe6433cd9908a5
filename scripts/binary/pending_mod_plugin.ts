/**
 * Until mod.ts (the script API) exists, the binary still builds: its dynamic import in
 * core/runtime/mig_module.ts resolves to an empty module, and `import "mig"` in a
 * script gets no exports. Does nothing once mod.ts is there; delete it then.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { BunPlugin } from "bun";
import { ROOT } from "./paths.ts";

export function pendingModPlugin(): BunPlugin {
  const modPath = path.join(ROOT, "mod.ts");
  return {
    name: "pending-mod",
    setup(build) {
      if (fs.existsSync(modPath)) return;
      build.onResolve({ filter: /(^|\/)mod\.ts$/ }, (args) =>
        path.resolve(path.dirname(args.importer), args.path) === modPath ? { path: modPath, namespace: "pending-mod" } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: "pending-mod" }, () => ({ contents: "export {};", loader: "ts" }));
    },
  };
}
