"""Ordered, named quote rules. Each rule proposes candidate quotes; earlier rules win overlaps.

A rule is a function from a document ``View`` to ``Candidate`` quotes, registered in
``RULES`` with a name (stored in ``Quote.rule``) and a one-line description. The order of
``RULES`` is the priority: ``extract.select`` keeps a candidate unless it overlaps one kept
from an earlier rule (a cue inside an indirect clause with its own subject may nest).
To add a pattern, write a function in the module of its kind of quote and put a ``Rule`` row
in ``RULES`` at the right place; ``rusnews_nlp.quotes.trace(doc)`` shows which rule proposed,
kept or dropped what.

* ``direct.py`` — words in quotation marks or dialogue dashes;
* ``colon_block.py`` — a block after a colon that lost its quotation marks;
* ``indirect.py`` — a content clause after (or before) its cue;
* ``lost_marks.py`` — direct speech whose quotation marks were lost (``…, — сказал X``);
* ``lines.py`` — a speaker's name and a colon opening a line (transcripts, headlines);
* ``interview.py`` — an interview's answers and questions, labelled or in dialogue dashes;
* ``according_to.py`` — source markers, parenthetical and trailing cues, back references;
* ``clauses.py`` — what they share: anchors, content clauses and their ends, cue sources;
* ``candidate.py`` — ``Candidate`` (what a rule proposes) and ``Rule``.

Vocabulary: an *anchor* is a reporting word outside quotation marks (``cues.py`` decides what
reports); a *``что`` clause* is the content clause after it; the *source* says where the
speaker phrase is (``sources.py``).
"""

from __future__ import annotations

from ... import compat as _compat
from ..view import View
from .according_to import according_to_marker, according_to_parenthetical, according_to_trailing
from .back_reference import (according_to_back_reference, according_to_inline_reference,
                             according_to_relative)
from .candidate import Candidate, Rule
from .colon_block import direct_colon_block
from .direct import (direct_colon_before, direct_cue_after, direct_cue_before, direct_dialogue,
                     direct_interrupted, direct_nested, direct_signature, direct_standalone)
from .interview import interview_answer, interview_question
from .lines import headline_quoted, headline_signed, interview_line
from .owners import direct_words_owner
from .unclosed import direct_unclosed
from .lost_marks import (direct_dash_paragraph, direct_lost_marks, direct_signed_paragraph,
                         direct_speech_goes_on)
from .indirect import indirect_fronted, indirect_nested, indirect_noun, indirect_that

__all__ = ["RULES", "RULE_NAMES", "Candidate", "Rule", "rule_index", "lemma_of_cue"]

#: The helpers the old ``rules.py`` also held, found in their modules with a warning.
__getattr__ = _compat.forward(__name__)


#: The rules, in priority order.
RULES: tuple[Rule, ...] = (
    Rule("direct_interrupted", "«A, — сказал он, — B»: two quotes split at the attribution",
         direct_interrupted),
    Rule("direct_signature", "quotation paragraph signed by «— Имя Фамилия» on the next line",
         direct_signature),
    Rule("direct_cue_after", "«…», — сказал X / «…», говорится в сообщении X", direct_cue_after),
    Rule("direct_words_owner", "«…». Эти слова принадлежат X (the next sentence names the owner)",
         direct_words_owner),
    Rule("direct_colon_before", "X заявил: «…» / X: «…»", direct_colon_before),
    Rule("direct_cue_before", "X, сказав «…» (cue verb right before the quotation)",
         direct_cue_before),
    Rule("interview_line", "Имя Фамилия: answer to the end of the line", interview_line),
    Rule("headline_quoted", "«Мы не отступим»: Лавров о переговорах (a headline's quotation "
         "signed after a colon)", headline_quoted),
    Rule("headline_signed", "Москва готова к переговорам - МИД РФ (a headline signed after a "
         "dash)", headline_signed),
    Rule("interview_answer", "an interview's answers: Ответ: … / И. П.: … / — … after a "
         "question", interview_answer),
    Rule("interview_question", "an interview's questions: Вопрос: … / — …? (unnamed)",
         interview_question),
    Rule("direct_colon_block", "X заявил:⏎paragraph with no quotation marks", direct_colon_block),
    Rule("direct_dialogue", "— Не знаю, — отрезал он (dialogue dashes, no marks)",
         direct_dialogue),
    Rule("direct_nested", "«Он сказал: „…“», — рассказала X (a quote inside a quote)",
         direct_nested),
    Rule("direct_signed_paragraph", "a paragraph with no marks signed «— Имя Фамилия» on the "
         "next line", direct_signed_paragraph),
    Rule("direct_lost_marks", "Мы готовы, — сказал X (direct speech whose marks were lost)",
         direct_lost_marks),
    Rule("indirect_that", "X заявил, что … / в альянсе сочли, что … / отмечается, что …",
         indirect_that),
    Rule("indirect_nested", "«Министр сказал нам, что …», — рассказал X (a third party's "
         "words inside direct speech)", indirect_nested),
    Rule("indirect_fronted", "О том, что …, заявил X (the clause before its cue)",
         indirect_fronted),
    Rule("indirect_noun", "Заявление X о том, что … (a speech noun as the subject)",
         indirect_noun),
    Rule("according_to_marker", "по словам X, … / согласно сообщению X / как отметил X, …",
         according_to_marker),
    Rule("according_to_back_reference", "Об этом заявил X / Так X ответил (previous sentence)",
         according_to_back_reference),
    Rule("according_to_inline_reference", "… — об этом заявил X (the clause before)",
         according_to_inline_reference),
    Rule("according_to_relative", "…, о чем сообщил X (the clause before)",
         according_to_relative),
    Rule("according_to_parenthetical", "…, считает X, … (cue inside the sentence)",
         according_to_parenthetical),
    Rule("according_to_trailing", "…, передает X. (sentence closed by an attribution)",
         according_to_trailing),
    Rule("direct_standalone", "«…» a quoted sentence with no cue: the last speaker goes on",
         direct_standalone),
    Rule("direct_unclosed", "X: «… (the closing mark lost): the line is the speech",
         direct_unclosed),
    Rule("direct_speech_goes_on", "a first-person paragraph with no marks after direct speech: "
         "the speaker goes on", direct_speech_goes_on),
    Rule("direct_dash_paragraph", "a paragraph opened by a dialogue dash after one that reports "
         "speech: the speaker goes on", direct_dash_paragraph),
)

RULE_NAMES = tuple(rule.name for rule in RULES)


def rule_index(name: str) -> int:
    return RULE_NAMES.index(name)


def lemma_of_cue(view: View, cue: tuple[int, int] | None) -> str:
    """The cue's lemma: a verb's lemma (``заявить``), a marker's words (``по словам``)."""
    if cue is None:
        return ""
    a, b = cue
    if b - a == 1:
        token = view.tokens[a]
        return token.lemma or token.text.lower()
    return " ".join(view.tokens[k].text.lower() for k in range(a, b))
