"""`python -m casualties`: the same command line as the `casualties` script."""

from casualties.cli import main

raise SystemExit(main())
