/** Command lines: commands, options and revision arguments. */
import { type BadInput, sqlScript } from "./case.ts";

const usage = (name: string, args: readonly string[], line: RegExp): BadInput => ({ name, args, line, status: 2 });
const failed = (name: string, args: readonly string[], line: RegExp): BadInput => ({ name, args, line });

export const CLI_CASES: BadInput[] = [
  usage("unknown command", ["upgrayedd", "head"], /^mig: error: unknown command 'upgrayedd' \(did you mean upgrade\?\); run mig --help for usage$/),
  usage("unknown option", ["upgrade", "head", "--frobnicate"], /unknown option '--frobnicate'/),
  usage("upgrade without a revision", ["upgrade"], /missing required argument 'revision'/),
  usage("--wait not a number", ["upgrade", "head", "--wait", "soon"], /--wait.*expected a number of seconds|expected a number of seconds/),
  usage("--wait negative", ["current", "--wait", "-1"], /expected a number of seconds|--wait/),
  usage("-x without a key", ["-x", "=value", "upgrade", "head", "--sql"], /Bad -x argument '=value'/),
  failed("upgrade to an unknown revision", ["upgrade", "zzz"], /Can't locate revision identified by 'zzz'/),
  failed("upgrade --sql to an unknown revision", ["upgrade", "zzz", "--sql"], /Can't locate revision identified by 'zzz'/),
  failed("upgrade beyond the head", ["upgrade", "head+5", "--sql"], /head\+5|Relative revision/),
  failed("downgrade below base", ["downgrade", "a2:-5", "--sql"], /-5|Relative revision|base/),
  failed("offline downgrade without a range", ["downgrade", "a1", "--sql"], /downgrade with --sql requires <fromrev>:<torev>/),
  failed("stamp an unknown revision", ["stamp", "nope", "--sql"], /nope/),
  failed("show an unknown revision", ["show", "nope"], /nope/),
  failed("history with a malformed range", ["history", "-r", "a1:a2:a3"], /a1:a2:a3|History range/),
  failed("history from an unknown revision", ["history", "-r", "nope:"], /nope/),
  failed("edit an unknown revision", ["edit", "nope"], /nope/),
  { ...failed("an ambiguous revision prefix (Alembic's message)", ["show", "abcd"], /Can't locate revision identified by 'abcd'/), files: {
    "migrations/versions/abcd01_x.sql": sqlScript("abcd01", "a2"), "migrations/versions/abcd02_x.sql": sqlScript("abcd02", "a2"),
  } },
  failed("init into a directory that is not empty", ["init", "migrations"], /migrations.*exists and is not empty/),
  failed("init with an unknown template", ["init", "-t", "nope", "other"], /nope/),
  failed("upgrade @ a missing branch label", ["upgrade", "nolabel@head", "--sql"], /nolabel/),
  failed("stamp --purge with --sql", ["stamp", "--purge", "a1", "--sql"], /purge|--sql/),
];
