"""Speakers: the phrase a quote rule found -> a canonical person or organisation.

``SpeakerResolver(doc)`` (``resolver.py``) indexes one document once and then resolves each
speaker phrase: an entity (``Пескова``), a pronoun (``по его словам``), a role
(``президент``, ``глава МИД``), an organisation unit (``пресс-служба Кремля``), a metonym (``в
альянсе``), a statement (``в сообщении Кремля``) or an unnamed source (``источник``).

Why these rules (GUIDELINE.md §3): the speaker must be the canonical name of the source as
complete as the document allows, so every phrase is resolved to a referent of the document
when one exists:

* pronouns go to the most salient earlier mention that agrees in gender and number — same or
  previous sentences, subjects and earlier speakers preferred, quoted text skipped;
* roles go to the person the document introduced with that role by apposition
  (``Президент России Владимир Путин``, ``Владимир Путин, президент России``), the most
  recently mentioned holder winning (``президент`` = Путин, not the once-mentioned
  ``президент США``); an office with no named holder is the one the knowledge base knows
  in it on the document's date, else UNNAMED like any other person noun with no holder;
* metonyms go to the organisation of the document that fits (``альянс`` -> НАТО,
  ``ведомство`` -> the latest ministry).

The resolver is written by the question each part answers:

* ``phrase_rules.py`` — which kind of phrase names the speaker (ordered rules);
* ``candidates.py`` — who in the document could be meant (mentions); ``genders.py`` — each
  person's gender;
* ``salience.py`` — which earlier mention is the most prominent (pronouns, statements);
* ``roles.py`` — who holds a role; ``descriptions.py`` — whom a role noun with no named
  holder describes; ``office_holders.py`` — what the knowledge base says of an office, on
  the document's date;
* ``phrases.py`` — noun phrases read and the speaker named; ``names.py`` — the fullest name
  the document gives a speaker.
"""

from ... import compat as _compat
from .candidates import Mention
from .resolver import SpeakerResolver
from .roles import Role, canonical_role

__all__ = ["SpeakerResolver", "Mention", "Role", "canonical_role"]

#: The other names of the old ``speakers.py``, found in their modules with a warning.
__getattr__ = _compat.forward(__name__)
