"""``python -m cleanwire`` runs the command line."""

from cleanwire.cli.main import main

raise SystemExit(main())
