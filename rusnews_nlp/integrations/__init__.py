"""Integrations: the analysis inside other engines, each an optional extra imported only here.

* ``spacy.py`` — a spaCy pipeline component and razdel tokenizer, found through spaCy's entry
  points (``pip install 'rusnews-nlp[spacy]'``);
* ``spark.py`` — ``annotate(df)``: typed schema-v1 columns on a Spark DataFrame
  (``pip install 'rusnews-nlp[spark]'``).

``rusnews_nlp.spacy`` and ``rusnews_nlp.spark`` name the same modules (``compat.ALIASES``).
"""
