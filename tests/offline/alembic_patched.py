"""The alembic command with Alembic 1.13's unmerge fix (tests/graph/alembic_unmerge_fix.py)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "graph"))
import alembic_unmerge_fix  # noqa: E402,F401
from alembic.config import main  # noqa: E402

main(argv=sys.argv[1:])
