"""``python -m rusnews_nlp`` runs the ``rusnews-nlp`` command line."""

from .cli import main

raise SystemExit(main())
