/**
 * What `revision` and `merge` need before writing a script: the down revisions the
 * new script gets, its dependencies as written, and Alembic's refusals, all checked
 * before anything touches the disk (Alembic writes the file, then fails on a
 * duplicate branch label).
 */
import { RevisionError } from "../errors.ts";
import { translated } from "./failures.ts";
import type { Resolver } from "./resolve.ts";

export interface NewRevisionOptions {
  /** The id the new script will have; checked for forbidden characters. */
  readonly revision: string;
  /** `--head` (default `head`), or the revisions a merge joins. */
  readonly head?: string | readonly string[];
  /** Allow heads that are not heads, starting a new branch. */
  readonly splice?: boolean;
  readonly branchLabels?: readonly string[];
  readonly dependsOn?: readonly string[];
}

export interface NewRevision {
  /** Down revisions for the header; empty for a new base. */
  readonly downRevisions: readonly string[];
  /** Dependencies for the header: a branch label stays a label, anything else a full id. */
  readonly dependsOn: readonly string[];
}

const ILLEGAL = ["+", "-", ":", "@"] as const;
const MULTIPLE_HEADS =
  "Multiple heads are present; please specify the head revision on which the new revision " +
  "should be based, or perform a merge.";

export function newRevision(resolver: Resolver, options: NewRevisionOptions): NewRevision {
  const model = resolver.model;
  const illegal = ILLEGAL.filter((char) => options.revision.includes(char));
  if (illegal.length > 0) {
    throw new RevisionError(
      `Character(s) '${illegal.join(", ")}' not allowed in revision identifier '${options.revision}'`,
    );
  }
  const heads = translated({ multipleHeads: MULTIPLE_HEADS }, () => resolver.revisions(options.head ?? "head"))
    .filter((x): x is number => typeof x === "number");
  if (new Set(heads).size !== heads.length) throw new RevisionError("Duplicate head revisions specified");
  if (!options.splice) {
    const notHead = heads.find((h) => !model.isHead(h));
    if (notHead !== undefined) {
      throw new RevisionError(
        `Revision ${resolver.name(notHead)} is not a head revision; please specify --splice to create a new branch from this revision`,
      );
    }
  }
  for (const label of new Set(options.branchLabels ?? [])) {
    const owner = model.keys.exact(label);
    if (owner !== undefined) {
      throw new RevisionError(
        `Branch name '${label}' in revision ${options.revision} already used by revision ${resolver.name(owner)}`,
      );
    }
  }
  const dependsOn = translated({}, () =>
    (options.dependsOn ?? []).map((dep) => {
      const found = resolver.revision(dep);
      if (found === null) throw new RevisionError(`Can't locate revision identified by '${dep}'`);
      return model.labels[found]!.includes(dep) ? dep : resolver.name(found);
    }));
  return { downRevisions: heads.map((h) => resolver.name(h)), dependsOn };
}
