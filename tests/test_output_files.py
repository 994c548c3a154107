"""Output paths the user names: never a missing folder, never a device, pipe or folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ecomplaint.cli.main import main
from ecomplaint.i18n import UserError
from ecomplaint.output_files import require_folder
from ecomplaint.store.engine import Store


def test_a_pipe_or_folder_is_not_replaced_by_a_file(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for target in (pipe, tmp_path):
        with pytest.raises(UserError) as err:
            require_folder(target)
        assert err.value.key == "output.not_a_file"
    require_folder(tmp_path / "new.pdf")  # a new file in an existing folder is fine


def test_export_to_a_pipe_leaves_it_a_pipe(demo_store: Store, tmp_path: Path, capsys) -> None:
    """As root, renaming the finished PDF over /dev/null replaced the device with a file."""
    pipe = tmp_path / "out.pdf"
    os.mkfifo(pipe)
    code = main(["--data-dir", str(demo_store.folder), "export", "1", "-o", str(pipe)])
    assert code == 2
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert "not an ordinary file" in capsys.readouterr().err
