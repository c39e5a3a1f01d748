"""``python -m activations``: the command line (see _cli.py); with no arguments, the demo."""

import sys

from activations._cli import main

if __name__ == "__main__":
    sys.exit(main())
