"""``python -m rusnews_nlp.bench``: the same as ``rusnews-nlp bench``."""

from . import main

raise SystemExit(main())
