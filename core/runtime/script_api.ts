/**
 * What revision scripts and env.ts use from "mig": the ops, the column and type builders,
 * and defineEnv with its options. The editor types `mig init` writes (mig.d.ts) declare
 * exactly this entry, not the whole library mod.ts exports.
 */
export * from "../ops/mod.ts";
export {
  type ComparedObject, defineEnv, type EnvContext, type EnvFunction, type IncludeObject, type RunOptions,
} from "./env.ts";
