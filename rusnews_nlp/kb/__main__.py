"""``python -m rusnews_nlp.kb build-index``: rebuild the precomputed word table."""

from .index import main

raise SystemExit(main())
