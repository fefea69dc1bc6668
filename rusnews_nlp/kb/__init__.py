"""Knowledge: who the people, organisations and places of the news are, and the word tables.

* ``records.py`` — the records (people, organisations, places, positions, dated roles), read
  from the bundled ``data/kb.jsonl`` or a user gazetteer (checked by ``gazetteer.py``);
* ``base.py`` — ``KnowledgeBase``: the records indexed; ``default_kb()``, one per process;
* ``lemmas.py`` — words of names and roles and their lemma keys (``index.py``: precomputed for
  the bundled KB; ``build_index.py``: ``python -m rusnews_nlp.kb build-index``);
* ``phrases.py`` — phrases matched word by word on keys, ignoring inflection;
* ``role_phrases.py`` — what a role phrase means (``глава МИД Франции``), who held it when;
* ``names.py`` — what a name links to; ``evidence.py`` — whether the text around a mention
  fits the linked person; ``role_context.py`` — what a person's roles are made of;
* ``dates.py`` — a document's date; ``linker.py`` — the ``link`` stage; ``merge.py`` —
  referents it links to one entry made one;
* ``offices.py`` — the offices a named person held, as the speaker resolver asks;
* ``lexicon.py`` — word tables of titles, metonyms, unnamed sources and pronouns that
  referents and speakers are resolved with.
"""

from .. import compat as _compat
from .base import KnowledgeBase, default_kb
from .dates import doc_date, find_date
from .lemmas import lemma_candidates, name_keys, normalize, words
from .linker import KBLinker, LinkTrace, make_linker
from .names import NameHit
from .phrases import PhraseIndex
from .records import Bound, Entry, Position, Role, RoleParse, bundled_records, read_records

__all__ = ["KnowledgeBase", "default_kb", "doc_date", "find_date", "lemma_candidates",
           "name_keys", "normalize", "words", "KBLinker", "LinkTrace", "make_linker", "NameHit",
           "PhraseIndex", "Bound", "Entry", "Position", "Role", "RoleParse", "bundled_records",
           "read_records"]

#: The other names of the old ``kb.py``, found in their modules with a warning (``compat``).
__getattr__ = _compat.forward(__name__)
