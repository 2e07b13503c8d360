"""PyInstaller's entry script: the frozen app does what the ``scelle`` console script does.

With no argument it starts the GUI; with a command it is the command line (DESIGN §7).
"""

import multiprocessing
import sys

from scelle.cli import main

if __name__ == "__main__":
    # A frozen program must call this first if it ever starts worker processes
    # (PyInstaller's documentation, "multiprocessing"); it is a no-op otherwise.
    multiprocessing.freeze_support()
    sys.exit(main())
