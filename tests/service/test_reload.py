"""Live config reload: a valid edit applies, a bad edit is refused and the last good
config keeps running."""

from __future__ import annotations

import os
from pathlib import Path

from worker.config import load_config
from worker.reload import Watch, reloaded
from worker.runtime import open_runtime
from worker.store.feeds import all_feeds

BASE = """\
storage: sqlite:///{tmp}/r.db
feeds: [{{url: "https://a.test/rss"}}]
actors: [{{id: peskov, name: Dmitry Peskov}}]
channels: [{{id: log, type: console}}]
routes: [{{channels: [log]}}]
"""


def _write(path: Path, text: str, bump: int) -> None:
    path.write_text(text)
    stat = path.stat()
    os.utime(path, (stat.st_atime, stat.st_mtime + bump))  # a later edit, whatever the clock


def test_valid_edit_applies_and_bad_edit_keeps_last_good(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    _write(path, BASE.format(tmp=tmp_path), 0)
    rt = open_runtime(load_config(path))
    watch = Watch.of(str(path))
    assert reloaded(rt, watch, force=True) is rt  # unchanged file

    edited = BASE.format(tmp=tmp_path).replace(
        '[{url: "https://a.test/rss"}]', '[{url: "https://a.test/rss"}, {url: "https://b.test/rss"}]'
    ).replace("actors: [{id: peskov, name: Dmitry Peskov}]",
              "actors: [{id: peskov, name: Dmitry Peskov}, {id: putin, name: Vladimir Putin}]")
    _write(path, edited.replace(f"{tmp_path}/r.db", f"{tmp_path}/other.db"), 10)
    new = reloaded(rt, watch, force=True)
    assert [a.id for a in new.actors] == ["peskov", "putin"]
    assert [f.url for f in all_feeds(new.engine)] == ["https://a.test/rss", "https://b.test/rss"]
    assert new.config.storage == rt.config.storage and new.engine is rt.engine  # needs a restart

    _write(path, edited.replace("name: Vladimir Putin", "name: Vladimir Putin, kind: robot"), 20)
    assert reloaded(new, watch, force=True) is new  # refused: still the last good config
    _write(path, "feeds: [\n", 30)  # truncated mid-write
    assert reloaded(new, watch, force=True) is new
    rt.close()
