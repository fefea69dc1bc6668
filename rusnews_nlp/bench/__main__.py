"""``python -m rusnews_nlp.bench``: the same as ``rusnews-nlp bench``."""

from .run import main

raise SystemExit(main())
