"""Storage: one local SQLite file through SQLAlchemy 2.

``Store`` is loaded on first use (PEP 562), so that the parts that need only
``sqlite3`` (``file_kind``, ``health``, ``lean_read``) import without SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.store.store import Store

__all__ = ["Store"]


def __getattr__(name: str) -> Any:
    if name == "Store":
        from planner.store.store import Store

        return Store
    raise AttributeError(f"module 'planner.store' has no attribute {name!r}")
