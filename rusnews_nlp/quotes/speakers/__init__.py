"""Speakers: the phrase a quote rule found -> a canonical person or organisation.

``resolver.py`` is the old ``speakers.py`` (split by question in the next commit);
``names.py`` the old ``speaker_names.py``.
"""

from .resolver import Mention, Role, SpeakerResolver, canonical_role

__all__ = ["SpeakerResolver", "Mention", "Role", "canonical_role"]
