"""Adversarial inputs for robustness tests and the linear-time benchmark.

``adversarial_cases(scale)`` returns named texts of about ``scale`` characters each (at least
one repetition of the case's unit), deterministic, so a benchmark can time ``scale`` and
``2 * scale`` and check that time grows linearly. Sizes: ``adversarial_cases(1_000_000)`` gives
the "1 MB line of quotation marks" (``quote_marks``: one line, 1M characters, ~1.7 MB as UTF-8)
and ``adversarial_cases(10_000_000)["news_document"]`` the 10 MB-ish document.

The sentences are written for this module (not taken from any corpus).
"""

from __future__ import annotations

from typing import Callable

#: A realistic paragraph: entities, quotes, cue verbs, newline-separated like a scrape.
NEWS_UNIT = (
    "Министр финансов Антон Силуанов заявил, что бюджет на следующий год будет сбалансирован.\n"
    "«Мы не планируем повышать налоги», — сказал он журналистам в Москве.\n"
    "По словам экспертов Высшей школы экономики, рост цен замедлится к осени.\n\n"
)

#: A feed list of a news site: headlines glued to rubric and time, as scraped.
FEED_UNIT = (
    "В Казани открыли новый мост через рекуОбщество,\u00a014:05\n"
    "Сборная России сыграет с командой СербииСпорт,\u00a013:58\n"
    "Курс юаня на 3 марта\nCNY ЦБ: 12,41 (+0,3)\n"
)


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` characters (whole copies, at least one)."""
    return unit * max(1, size // max(1, len(unit)))


#: name -> generator of about ``size`` characters.
CASES: dict[str, Callable[[int], str]] = {
    # one line of quotation marks «»" (the brief's 1 MB case)
    "quote_marks": lambda n: _repeat("«»\"", n),
    # quotes opened and never closed, with words
    "unclosed_quotes": lambda n: _repeat("«Он сказал ", n),
    # deeply nested alternating quotes
    "nested_quotes": lambda n: _repeat("«„", n // 2) + _repeat("“»", n // 2),
    # the realistic paragraph repeated: the "10 MB-ish document"
    "news_document": lambda n: _repeat(NEWS_UNIT, n),
    # the same without line breaks: one huge line
    "news_one_line": lambda n: _repeat(NEWS_UNIT.replace("\n", " "), n),
    # no space at all: one huge token
    "no_spaces": lambda n: _repeat("абвгдеёжзи", n),
    # camel-case glue everywhere: many glue split points inside one token
    "glued_words": lambda n: _repeat("словоСлово", n),
    # punctuation soup
    "punctuation": lambda n: _repeat(".,!?…—-:;()[]", n),
    # only line breaks
    "newlines": lambda n: "\n" * max(1, n),
    # only spaces and tabs
    "whitespace": lambda n: _repeat(" \t\u00a0", n),
    # control characters and NUL
    "control_chars": lambda n: _repeat("".join(chr(c) for c in range(32) if c != 10) + "\n", n),
    # capitalised names: an entity every two words
    "names": lambda n: _repeat("Иван Петров, Мария Сидорова и Олег Смирнов. ", n),
    # speech cues without content: many cue candidates
    "cues": lambda n: _repeat("заявил, что сказал, что отметил, что ", n),
    # a feed list of glued headlines (zone detector)
    "feed": lambda n: _repeat(FEED_UNIT, n),
    # time stamps everywhere
    "time_stamps": lambda n: _repeat("Сегодня в 11:17 ", n),
    # digits only
    "digits": lambda n: _repeat("0123456789", n),
    # mixed scripts, emoji, combining marks, RTL
    "mixed_scripts": lambda n: _repeat("Путин 習近平 Trump مرحبا 👍🏽 е\u0301 ǅ ", n),
    # one long word of a repeated letter
    "one_letter": lambda n: "а" * max(1, n),
    # a URL-like token
    "long_url": lambda n: "https://example.ru/" + _repeat("a/b?c=d&", n),
}


def adversarial_cases(scale: int) -> dict[str, str]:
    """Named adversarial texts of about ``scale`` characters each (see the module docstring)."""
    if scale < 1:
        raise ValueError("scale must be >= 1")
    return {name: make(scale) for name, make in CASES.items()}


# --------------------------------------------------------------------------- long documents

#: Parts of the generated archive (written for this module). Surnames are built from roots and
#: suffixes, so a long archive keeps meeting new people, as a real one does; repeating one
#: paragraph (``news_document``) would let every per-name table stop growing after a page.
_FIRST_NAMES = (("Андрей", "m"), ("Сергей", "m"), ("Михаил", "m"), ("Олег", "m"),
                ("Николай", "m"), ("Павел", "m"), ("Игорь", "m"), ("Виктор", "m"),
                ("Анна", "f"), ("Елена", "f"), ("Ольга", "f"), ("Марина", "f"),
                ("Татьяна", "f"), ("Ирина", "f"))
_SURNAME_ROOTS = ("Бел", "Сок", "Гром", "Лебед", "Кузнец", "Мороз", "Волк", "Ковал", "Зайц",
                  "Медвед", "Соболь", "Орл", "Карп", "Щеглов", "Журавл", "Бобр", "Ерш",
                  "Лис", "Сомин", "Грач", "Дятл", "Чиж", "Клён", "Дубр", "Ясен", "Рябин")
_SURNAME_SUFFIXES = (("ов", "ова"), ("ев", "ева"), ("ин", "ина"), ("ицкий", "ицкая"),
                     ("енко", "енко"), ("овский", "овская"))
_SYLLABLES = ("", "ар", "ен", "ол", "ус", "им", "ав", "ер", "ош")
#: (role, the genitive of its head word)
_ROLES = (("министр финансов", "министра"), ("губернатор области", "губернатора"),
          ("глава комитета", "главы"), ("пресс-секретарь", "пресс-секретаря"),
          ("директор завода", "директора"), ("мэр города", "мэра"),
          ("председатель правления", "председателя"), ("депутат", "депутата"))
_PLACES = ("в Москве", "в Казани", "в Новосибирске", "в Твери", "в Самаре", "в Омске")
_CUES_M = ("заявил", "сообщил", "отметил", "подчеркнул")
_CUES_F = ("заявила", "сообщила", "отметила", "подчеркнула")
_TOPICS = ("бюджет на следующий год будет сбалансирован",
           "строительство моста завершат к осени",
           "цены на продукты в регионе стабилизировались",
           "новая программа поддержки начнёт работать весной")


def _person(n: int) -> tuple[str, str, str]:
    """The ``n``-th person of the archive: (first name, surname, gender); every surname is
    new (namesakes are rare in real news, and each one is weighed against the other)."""
    first, gender = _FIRST_NAMES[n % len(_FIRST_NAMES)]
    root = _SURNAME_ROOTS[n % len(_SURNAME_ROOTS)]
    n //= len(_SURNAME_ROOTS)
    male, female = _SURNAME_SUFFIXES[n % len(_SURNAME_SUFFIXES)]
    n //= len(_SURNAME_SUFFIXES)
    middle = ""
    while True:  # one more syllable per wrap-around: the supply of surnames never ends
        middle += _SYLLABLES[n % len(_SYLLABLES)]
        n //= len(_SYLLABLES)
        if not n:
            break
    return first, root + middle + (male if gender == "m" else female), gender


def _story(n: int) -> str:
    """One short news item: a new person is introduced, quoted, then referred back to."""
    first, surname, gender = _person(n)
    role, role_gen = _ROLES[n % len(_ROLES)]
    cue = (_CUES_M if gender == "m" else _CUES_F)[n % 4]
    said, pronoun = ("сказал", "он") if gender == "m" else ("сказала", "она")
    topic = _TOPICS[n % len(_TOPICS)]
    earlier_first, earlier, earlier_gender = _person(n // 2)  # someone met earlier
    backed = "поддержал" if earlier_gender == "m" else "поддержала"
    return (f"{role.capitalize()} {first} {surname} {cue} {_PLACES[n % len(_PLACES)]}, "
            f"что {topic}.\n«Мы выполним все обязательства», — {said} {pronoun} журналистам. "
            f"По словам {role_gen}, {earlier_first} {earlier} {backed} это решение.\n\n")


def news_archive(size: int) -> str:
    """A long news document of about ``size`` characters whose cast keeps growing: the
    input of the one-long-record benchmark (cost must grow linearly with ``size``)."""
    parts, total, n = [], 0, 0
    while total < size or not parts:
        parts.append(_story(n))
        total += len(parts[-1])
        n += 1
    return "".join(parts)
