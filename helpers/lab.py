"""The working copies that `make lab` and `make lab-teacher` open in JupyterLab.

Running a notebook changes the file (outputs, execution counts), and what a student types is
theirs: so JupyterLab never opens ``notebooks/`` itself, whose files stay as committed.

- ``make lab`` opens ``lab/student/``: the student edition (each solution replaced by
  ``answer = ...``, outputs cleared), made by ``helpers.exercises``;
- ``make lab-teacher`` opens ``lab/teacher/``: copies of the notebooks with their solutions.

A notebook already in the working copy is left as it is (it holds someone's work); a notebook that
is new in ``notebooks/`` is added. To start a notebook afresh, delete it from the working copy.

    python -m helpers.lab student      # prepare lab/student/ (what `make lab` does before starting JupyterLab)
    >>> working_copy("lab/teacher", "teacher")[0].name
    '00_start_here.ipynb'
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from .site import NOTEBOOKS, ROOT, notebook_paths

LAB = ROOT / "lab"
EDITIONS = ("student", "teacher")


def working_copy(folder, edition: str = "student", notebooks=NOTEBOOKS) -> list[Path]:
    """Put the *edition* of every notebooks/NN_*.ipynb into *folder*, keeping those already there.

    Returns the notebooks in *folder*, in order. Nothing in *notebooks* is written to.
    """
    if edition not in EDITIONS:
        raise ValueError(f"edition must be one of {EDITIONS}, not {edition!r}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    sources = notebook_paths(notebooks)
    with tempfile.TemporaryDirectory(prefix="zh-news-lab-") as tmp:
        if edition == "student":
            from .exercises import build_student_edition

            made = build_student_edition(Path(tmp), sources)
        else:
            made = sources
        for path in made:
            if not (folder / path.name).exists():
                shutil.copyfile(path, folder / path.name)
    return notebook_paths(folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Prepare the working copy that `make lab` opens.")
    parser.add_argument("edition", choices=EDITIONS, nargs="?", default="student")
    parser.add_argument("--folder", type=Path, help=f"default: {LAB}/<edition>")
    args = parser.parse_args(argv)
    folder = args.folder or LAB / args.edition
    paths = working_copy(folder, args.edition)
    print(f"{len(paths)} notebooks in {folder} ({args.edition} edition); notebooks/ is never opened or changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
