/**
 * The compiled binary's entry point (`bun build --compile`, see scripts/build.ts).
 * Registers what the binary carries inside it, then runs the ordinary CLI. Everything
 * registered here is lazy: paths and factories only, so start-up stays at a few ms.
 */
import { registerEmbeddedPglite } from "./embedded_pglite.ts";
import { registerMigModule } from "../../core/runtime/mig_module.ts";

registerEmbeddedPglite();
registerMigModule();
// Imported after the registrations on purpose: a static import would run cli.ts first.
await import("../../cli.ts");
