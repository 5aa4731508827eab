"""FileSession: the one owner of a window's file (lock, store, state), on real files."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers import file_digest

from planner.demo import demo_plans
from planner.errors import FileDamaged, ReadOnlyFile
from planner.store import Store, backup
from planner.store.lock import InstanceLock
from ui.session.file_session import FileBusy, FileSession, FileState
from ui.tasks import FILE, SyncTasks

NOON = datetime(2026, 11, 27, 12, tzinfo=UTC)


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
    return db_path


def _session(qtbot, path: Path, tasks: SyncTasks | None = None) -> FileSession:
    session = FileSession(path, tasks=tasks or SyncTasks(), now=lambda: NOON)
    return session


def test_the_first_session_writes_and_backs_up_once_a_day(qtbot, demo_db: Path) -> None:
    tasks = SyncTasks()
    session = _session(qtbot, demo_db, tasks)
    states: list[FileState] = []
    session.state_changed.connect(states.append)
    assert session.state is FileState.CLOSED and session.writable
    with qtbot.waitSignal(session.opened):
        store = session.open()
    assert not store.read_only and session.state is FileState.OPEN and states == [FileState.OPEN]
    assert [c.kind for c in backup.list_backups(demo_db)] == ["daily"]
    assert tasks.queues == [FILE]  # the backup went to the file's queue, off the GUI thread in the app
    assert InstanceLock(demo_db).acquire() is False  # held while open
    session.close()
    assert session.state is FileState.CLOSED and not session.is_open
    assert InstanceLock(demo_db).acquire() is True  # and let go


def test_a_second_session_reads_only_and_says_so(qtbot, demo_db: Path) -> None:
    first = _session(qtbot, demo_db)
    assert first.claim()
    second = _session(qtbot, demo_db)
    with qtbot.waitSignal(second.writable_changed) as changed:
        assert not second.claim()
    assert changed.args == [False] and second.read_only and not second.writable
    store = second.open()
    assert store.read_only and second.state is FileState.READ_ONLY
    with pytest.raises(ReadOnlyFile):
        store.save_plan(store.get_plan(1))
    assert backup.list_backups(demo_db) == []  # a read-only session makes no copy
    second.close()
    first.close()


def test_a_refused_file_is_announced_left_alone_and_not_writable(qtbot, demo_db: Path) -> None:
    data = bytearray(demo_db.read_bytes())
    data[4 * 4096 : 8 * 4096] = random.Random(5).randbytes(4 * 4096)
    demo_db.write_bytes(bytes(data))
    before = file_digest(demo_db)
    session = _session(qtbot, demo_db)
    with qtbot.waitSignal(session.refused) as refused, pytest.raises(FileDamaged):
        session.open()
    assert isinstance(refused.args[0], FileDamaged) and session.error is refused.args[0]
    assert session.state is FileState.REFUSED and not session.writable
    with pytest.raises(FileDamaged):
        _ = session.store  # a lazy use tries again, and is refused again
    assert file_digest(demo_db) == before
    session.close()


def test_restore_puts_a_copy_back_and_opens_it(qtbot, demo_db: Path) -> None:
    backup.make_backup(demo_db, now=NOON)
    session = _session(qtbot, demo_db)
    session.open()
    with Store(demo_db) as other:
        other.delete_deal(1)
    seen: list[FileState] = []
    session.state_changed.connect(seen.append)
    restored: list[object] = []
    session.restore(backup.list_backups(demo_db)[0], done=restored.append, failed=pytest.fail)
    assert FileState.RESTORING in seen and session.state is FileState.OPEN
    assert len(restored) == 1 and Path(str(restored[0])).name.startswith("plans.walkaway.before-restore-")
    assert session.store.count_deals() == len(demo_plans())
    assert session.lock.held  # the window kept the file throughout
    session.close()


def test_nothing_opens_the_file_while_it_is_being_restored(qtbot, demo_db: Path) -> None:
    backup.make_backup(demo_db, now=NOON)

    class Later(SyncTasks):
        """Holds the restore back, to look at the session while it runs."""

        def run(self, work, *, done=None, failed=None, queue=None, owner=None):  # type: ignore[no-untyped-def]
            self.held = (work, done)

    tasks = Later()
    session = _session(qtbot, demo_db, tasks)
    session.claim()
    session.restore(backup.list_backups(demo_db)[0], done=lambda _aside: None, failed=pytest.fail)
    assert session.state is FileState.RESTORING and not session.writable
    with pytest.raises(FileBusy):
        _ = session.store
    with pytest.raises(FileBusy):
        session.deal_summaries()
    work, done = tasks.held
    done(work())
    assert session.state is FileState.OPEN and session.writable
    session.close()


def test_a_file_that_is_not_ours_gets_no_lock_file_beside_it(qtbot, tmp_path: Path) -> None:
    from planner.errors import NotAWalkawayFile

    path = tmp_path / "holiday.walkaway"
    path.write_bytes(b"PK\x03\x04 a zip file, say" * 50)
    session = _session(qtbot, path)
    with pytest.raises(NotAWalkawayFile):
        session.open()
    session.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["holiday.walkaway"]
