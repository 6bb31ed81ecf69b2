"""Entry point of `techledger` and `python -m desktop`."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    from desktop.commandline import build_parser, run_command

    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
    if args.command is not None:
        try:
            return run_command(args)
        except BrokenPipeError:
            # The reader went away (`techledger invoice list | head`): not an
            # error of ours. Point stdout at devnull so the exit flush is quiet.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    from desktop.window_entry import open_window

    return open_window(args)


if __name__ == "__main__":
    sys.exit(main())
