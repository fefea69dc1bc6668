"""Text: what the analysis reads before it knows any name.

* ``zones.py`` — page chrome (menus, captions, feeds, ads) in scraped text, by line rules;
  also the ``flag_zones`` stage that marks entities and quotes found there;
* ``segment.py`` — sentences and tokens (razdel, plus rules for scraped text);
* ``confusables.py`` — invisible and look-alike characters inside words;
* ``morph.py`` — part of speech, features and lemmas (slovnet tags, pymorphy3 lemmas).
"""
