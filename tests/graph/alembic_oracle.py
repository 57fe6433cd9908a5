"""Runs Alembic's own revision logic on graphs given as JSON (stdin -> stdout).

Used by tests/graph/alembic_differential.test.ts with Debian's python3-alembic. Each
spec: {"revisions": [{"rev", "down", "deps", "labels"}], "ops": [...]}; each op is one
of upgrade/downgrade/stamp (with "current" and "target"), history ("base", "head"),
get_revisions ("id") or current ("current"). Results mirror what mig reports.
"""
import json
import sys
import types
import warnings

from alembic import util
from alembic.runtime.migration import HeadMaintainer
from alembic.script.base import ScriptDirectory
from alembic.script.revision import Revision, RevisionMap

import alembic_unmerge_fix  # noqa: F401 - patches RevisionStep on import


class Script(Revision):
    def __init__(self, spec):
        super().__init__(
            spec["rev"],
            tuple(spec.get("down", [])) or None,
            dependencies=tuple(spec.get("deps", [])) or None,
            branch_labels=tuple(spec.get("labels", [])) or None,
        )
        self.module = types.SimpleNamespace(upgrade=lambda: None, downgrade=lambda: None)
        self.doc = ""


class Rows(HeadMaintainer):
    """HeadMaintainer without a database: records the rows it would change."""

    def __init__(self, heads):
        self.heads = set(heads)
        self.log = []

    def _insert_version(self, version):
        assert version not in self.heads
        self.heads.add(version)
        self.log.append(["insert", version])

    def _delete_version(self, version):
        self.heads.remove(version)
        self.log.append(["delete", version])

    def _update_version(self, from_, to_):
        assert to_ not in self.heads
        self.heads.remove(from_)
        self.heads.add(to_)
        self.log.append(["update", from_, to_])


def run_op(scripts, op):
    kind = op["op"]
    if kind in ("upgrade", "downgrade", "stamp"):
        current = tuple(op["current"])
        if kind == "upgrade":
            steps = scripts._upgrade_revs(op["target"], current)
        elif kind == "downgrade":
            steps = scripts._downgrade_revs(op["target"], current)
        else:
            steps = scripts._stamp_revs(tuple(op["target"]), current)
        rows = Rows(current)
        out = []
        for step in steps:
            before = len(rows.log)
            rows.update_to_step(step)
            out.append({
                "from": list(step.from_revisions_no_deps),
                "to": list(step.to_revisions_no_deps),
                "changes": rows.log[before:],
            })
        return {"steps": out, "heads": sorted(rows.heads)}
    if kind == "history":
        base, head = op.get("base"), op.get("head")
        return {"revs": [r.revision for r in scripts.walk_revisions(base=base or "base", head=head or "heads")]}
    if kind == "get_revisions":
        return {"revs": [getattr(r, "revision", None) for r in scripts.get_revisions(op["id"])]}
    if kind == "current":
        return {"revs": sorted(r.revision for r in scripts.get_all_current(tuple(op["current"])))}
    raise ValueError(kind)


def run(spec):
    scripts = object.__new__(ScriptDirectory)
    revisions = [Script(r) for r in spec["revisions"]]
    scripts.revision_map = RevisionMap(lambda: revisions)
    out = {}
    try:
        revision_map = scripts.revision_map
        revision_map._revision_map
        out["heads"] = list(revision_map.heads)
        out["real_heads"] = list(revision_map._real_heads)
        out["bases"] = list(revision_map.bases)
        out["labels"] = {r.revision: sorted(r.branch_labels) for r in revisions}
        out["normalized"] = {r.revision: sorted(r._normalized_down_revisions) for r in revisions}
    except Exception as error:  # noqa: BLE001 - reported to the test as data
        out["map_error"] = "%s: %s" % (type(error).__name__, error)
        return out
    results = []
    for op in spec.get("ops", []):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                results.append(run_op(scripts, op))
        except util.CommandError as error:
            results.append({"error": str(error)})
        except Exception as error:  # noqa: BLE001 - Alembic's own crashes, as data
            results.append({"crash": "%s: %s" % (type(error).__name__, error)})
    out["results"] = results
    return out


json.dump([run(spec) for spec in json.load(sys.stdin)], sys.stdout)
