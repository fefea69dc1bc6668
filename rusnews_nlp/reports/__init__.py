"""Reports: annotated JSONL read back (no pipeline run) and shown or counted.

* ``annotated.py`` — reading ``rusnews-nlp annotate`` output, bad lines kept as problems;
* ``render.py`` — one self-contained HTML page of entities, quotes and speakers (displaCy);
* ``stats.py`` — who said what across a corpus: quotes per speaker, counts per document.
"""
