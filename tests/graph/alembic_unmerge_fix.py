"""Alembic 1.13's RevisionStep._unmerge_to_revisions (issue #1373), applied to Debian's 1.8.1.

mig follows the fixed behaviour: downgrading a revision whose depends_on names one of its
own ancestors moves the version row to the parent, where 1.8.1 inserts the parent and
updates the row to the ancestor, leaving a revision and its ancestor both in the table.
Imported by alembic_oracle.py and tests/offline/alembic_patched.py.
"""
from alembic.runtime.migration import RevisionStep


def _unmerge_to_revisions(self, heads):
    revision_map = self.revision_map
    other_heads = set(heads).difference([self.revision.revision])
    if other_heads:
        ancestors = {
            r.revision
            for r in revision_map._get_ancestor_nodes(revision_map.get_revisions(other_heads), check=False)
        }
        return tuple(set(self.to_revisions).difference(ancestors))
    # The second branch is what 1.8.1 lacks.
    ancestors = {
        r.revision
        for to_revision in self.to_revisions
        for r in revision_map._get_ancestor_nodes(revision_map.get_revisions(to_revision), check=False)
        if r.revision != to_revision
    }
    return tuple(set(self.to_revisions).difference(ancestors))


RevisionStep._unmerge_to_revisions = _unmerge_to_revisions
