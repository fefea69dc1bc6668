"""rusnews-nlp: who is mentioned in Russian news, and who said what."""

from .annotations import (Cue, Document, Entity, Quote, Referent, Span, Speaker, Token,
                          Zone)
from .pipeline import Pipeline

__version__ = "0.1.0"

__all__ = ["Pipeline", "Document", "Token", "Span", "Entity", "Quote", "Cue", "Speaker",
           "Referent", "Zone", "__version__"]
