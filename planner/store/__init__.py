"""Storage: one local SQLite file through SQLAlchemy 2."""

from planner.store.store import DealSummary, Store

__all__ = ["DealSummary", "Store"]
