"""Entities: names of people, organisations and places, and who is who within a document.

* ``ner.py`` — the ``ner`` stage: slovnet's NER over our tokens, batched across documents;
* ``span_rules.py`` — rules that trim, split or drop the tagger's spans;
* ``label_rules.py`` — rules that give one name one label in a document (KB, document);
* ``normalize.py`` — the ``normalize`` stage: names in the nominative;
* ``person_names.py`` — person names in the nominative (one case and gender per name);
* ``referents.py`` — the ``referents`` stage: mentions of one entity clustered;
* ``docindex.py`` — position lookups over one document (token at an offset, its sentence).
"""
