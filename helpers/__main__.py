"""Command line: ``python -m helpers report PATH --out DIR``."""
import os
import sys

COMMANDS = {"report": "analyse a file or folder: CSV tables, PNG figures and an HTML summary"}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in COMMANDS:
        print("usage: python -m helpers COMMAND ...\n\ncommands:", file=sys.stderr)
        for name, what in COMMANDS.items():
            print(f"  {name:8} {what}", file=sys.stderr)
        return 2
    from .report import main as report

    return report(argv[1:])


if __name__ == "__main__":
    code = main()
    # Done, every file written and closed, the worker processes stopped: the command leaves at once, as they do,
    # rather than taking pandas and pyarrow apart object by object (a tenth of a second of a cold report).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
