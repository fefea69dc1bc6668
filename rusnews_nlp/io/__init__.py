"""Reading input records and writing JSONL, with exactly one output record per input record.

Inputs are ``.txt`` files (one document each, id = file stem), ``.html``/``.htm`` pages (the
article is extracted, see ``rusnews_nlp.io.html``), ``.jsonl``/``.ndjson`` files (one document a
line; a ``text`` field, or an ``html`` field to extract from), directories of them (sorted,
recursive, links to directories followed), ``.gz`` variants of all, or ``-`` for stdin (JSONL
when the first non-blank character is ``{``, HTML when it starts with ``<``, otherwise one text
document). UTF-8, or UTF-16/UTF-32 with a byte-order mark.

Nothing is dropped silently: a record, file, directory or link that cannot be read becomes an
``InputRecord`` carrying a ``RecordError`` instead of text, and the writer emits ``{"id",
"error"}`` in its place. Text that is not valid Unicode is repaired code point for code point
(offsets stay meaningful) and the repair is reported in ``meta["warnings"]``;
``unicode="strict"`` makes it an error instead.
See ``docs/input.md``.

* ``paths.py`` — the inputs listed (files, directories, links) before anything is read;
* ``decoding.py`` — bytes to text, repairs and warnings;
* ``records.py`` — ``InputRecord`` and ``RecordError``; ``read.py`` — reading them;
* ``write.py`` — JSONL lines and error records out, ``--resume``;
* ``batches.py`` — the per-batch work of ``annotate``: records in, one output line each out;
* ``output_file.py`` — the output file of ``annotate``: never an input, one writer at a time;
* ``html.py`` — the article of an HTML page, with trafilatura.
"""

from .decoding import (WIDE_BOMS, decode, repair_surrogates, text_warnings, utf8_lines,
                       wide_encoding, wide_hint, with_warnings)
from .paths import (JSONL_SUFFIXES, TEXT_SUFFIXES, InputScan, Unreadable, expand, is_input_file,
                    scan_inputs, stem_id)
from .read import (json_error, parse_json_record, read_inputs, read_jsonl_stream, read_stdin,
                   read_text_file)
from .records import ERROR_KINDS, UNICODE_POLICIES, InputRecord, ReadOptions, RecordError
from .write import (ResumeError, ResumeState, check_resumable, dumps, error_record, open_output,
                    prepare_resume)

__all__ = ["WIDE_BOMS", "decode", "repair_surrogates", "text_warnings", "utf8_lines",
           "wide_encoding", "wide_hint", "with_warnings", "JSONL_SUFFIXES", "TEXT_SUFFIXES",
           "InputScan", "Unreadable", "expand", "is_input_file", "scan_inputs", "stem_id",
           "json_error", "parse_json_record", "read_inputs", "read_jsonl_stream", "read_stdin",
           "read_text_file", "ERROR_KINDS", "UNICODE_POLICIES", "InputRecord", "ReadOptions",
           "RecordError", "ResumeError", "ResumeState", "check_resumable", "dumps",
           "error_record", "open_output", "prepare_resume"]
