"""Write the frozen file of the current schema version: ``tests/data/schema/<HEAD>.walkaway``.

Run once per released schema version, from the checkout root, and commit the result:

    python tests/make_schema_file.py            # a new schema version
    python tests/make_schema_file.py --replace  # the head schema changed before its release

The file holds the demo deals and the example plan files, so a migration test
can check that every field survives. Never regenerate a file once a later
schema exists: it stands for what users of that version have on disk.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers import FROZEN_DEMO_DAY  # noqa: E402

from planner.demo import demo_plans  # noqa: E402
from planner.plans.files import read_plan_file  # noqa: E402
from planner.store import Store, file_kind  # noqa: E402

TARGET = ROOT / "tests" / "data" / "schema" / f"{file_kind.HEAD_REVISION}.walkaway"
EXAMPLES = sorted((ROOT / "tests" / "data").glob("*.walkaway.json"))


def main() -> None:
    if TARGET.exists():
        if "--replace" not in sys.argv[1:]:
            raise SystemExit(f"{TARGET} exists; a released version's file is never regenerated (see --replace)")
        TARGET.unlink()
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with Store(TARGET) as store:
        store.add_plans([*demo_plans(FROZEN_DEMO_DAY), *(read_plan_file(path) for path in EXAMPLES)])
    # Fold the WAL in and compact, so the frozen file is one self-contained file.
    raw = sqlite3.connect(TARGET)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.execute("VACUUM")
    raw.close()
    print(TARGET)


if __name__ == "__main__":
    main()
