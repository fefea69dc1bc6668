"""rusnews-nlp: who is mentioned in Russian news, and who said what."""

from . import compat as _compat
from .annotations import (Cue, Document, Entity, Quote, Referent, Span, Speaker, Token,
                          Zone)
from .pipeline import Pipeline

_compat.install()
#: Old module paths (``rusnews_nlp.speakers``) reached as attributes: see ``compat``.
__getattr__ = _compat.forward(__name__)

__version__ = "0.1.0"

__all__ = ["Pipeline", "Document", "Token", "Span", "Entity", "Quote", "Cue", "Speaker",
           "Referent", "Zone", "__version__"]
