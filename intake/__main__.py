"""`python -m intake` runs the `intake` command line."""

import sys

from intake.cli import main

sys.exit(main())
