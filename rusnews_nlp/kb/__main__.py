"""``python -m rusnews_nlp.kb build-index``: rebuild the precomputed word table."""

from .build_index import main

raise SystemExit(main())
