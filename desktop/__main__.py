"""Entry point of `techledger` and `python -m desktop`."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from desktop.commandline import build_parser, run_command

    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return run_command(args)
    from desktop.window_entry import open_window

    return open_window(args)


if __name__ == "__main__":
    sys.exit(main())
