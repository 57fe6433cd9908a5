/** Command lines: commands, options and revision arguments. */
import { type BadInput, sqlScript } from "./case.ts";

const usage = (name: string, args: readonly string[], line: RegExp): BadInput => ({ name, args, line, status: 2 });
const failed = (name: string, args: readonly string[], line: RegExp): BadInput => ({ name, args, line });

export const CLI_CASES: BadInput[] = [
  usage("unknown command", ["upgrayedd", "head"], /^mig: error: unknown command 'upgrayedd' \(did you mean upgrade\?\); run mig --help for usage$/),
  usage("unknown option", ["upgrade", "head", "--frobnicate"], /unknown option '--frobnicate'/),
  usage("upgrade without a revision", ["upgrade"], /missing required argument 'revision'/),
  usage("--wait not a number", ["upgrade", "head", "--wait", "soon"], /option '--wait \[seconds\]' argument 'soon' is invalid/),
  usage("--wait negative", ["current", "--wait", "-1"], /option '--wait \[seconds\]' argument '-1' is invalid/),
  usage("-x without a key", ["-x", "=value", "upgrade", "head", "--sql"], /Bad -x argument '=value'/),
  failed("upgrade to an unknown revision", ["upgrade", "zzz"], /Can't locate revision identified by 'zzz'/),
  failed("upgrade --sql to an unknown revision", ["upgrade", "zzz", "--sql"], /Can't locate revision identified by 'zzz'/),
  failed("upgrade beyond the head", ["upgrade", "head+5", "--sql"], /Relative revision \+5 didn't produce 5 migrations/),
  failed("downgrade below base", ["downgrade", "a2:-5", "--sql"], /Relative revision -5 didn't produce 5 migrations/),
  failed("offline downgrade without a range", ["downgrade", "a1", "--sql"], /downgrade with --sql requires <fromrev>:<torev>/),
  failed("stamp an unknown revision", ["stamp", "nope", "--sql"], /Can't locate revision identified by 'nope'/),
  failed("show an unknown revision", ["show", "nope"], /Can't locate revision identified by 'nope'/),
  failed("history with a malformed range", ["history", "-r", "a1:a2:a3"], /History range requires \[start\]:\[end\]/),
  failed("history from an unknown revision", ["history", "-r", "nope:"], /Can't locate revision identified by 'nope'/),
  failed("edit an unknown revision", ["edit", "nope"], /Can't locate revision identified by 'nope'/),
  { ...failed("an ambiguous revision prefix (Alembic's message)", ["show", "abcd"], /Can't locate revision identified by 'abcd'/), files: {
    "migrations/versions/abcd01_x.sql": sqlScript("abcd01", "a2"), "migrations/versions/abcd02_x.sql": sqlScript("abcd02", "a2"),
  } },
  failed("init into a directory that is not empty", ["init", "migrations"], /migrations.*exists and is not empty/),
  failed("init with an unknown template", ["init", "-t", "nope", "other"], /No such template 'nope'/),
  failed("upgrade @ a missing branch label", ["upgrade", "nolabel@head", "--sql"], /Can't locate revision identified by 'nolabel'/),
  failed("stamp --purge with --sql", ["stamp", "--purge", "a1", "--sql"], /Can't use --purge with --sql mode/),
];
