"""「同社より当社に報告がありました」: a report from a party named before by a 同- word.

In a text that calls itself 当社 (or 当会, 弊社 …), 「同社」 is another company named
earlier, usually the contractor the notice is about; in a news story, which never says
当社, it is the company itself, and its report is one it makes. Words in
`config/nlu_reporter_context.toml` (the other party's names, the writer's names).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from coverage import Detection
from nlu.doc import Doc
from nlu.phrases import Match
from nlu.reporter_context import other_party_names, writer_names

# Between 「同社より」 and its report word: the company it was made to (「当社に」), an
# honorific or の (「同社からのご報告」). Surface forms.
_BETWEEN: Final = frozenset({"に", "へ", "の", "お", "ご", "御", "、"})


def anaphoric_reports(
    doc: Doc,
    reports: list[Match],
    every: list[Match],
    kind_of: Callable[[Match], Detection],
    read: set[int],
) -> list[tuple[int, Detection]]:
    """Each report word not `read` yet whose から or より follows a 同- name, in a text
    naming itself: the kind of the last reporter named before it, a third party when none."""
    tokens = doc.tokens
    text = doc.text
    if not any(name in text for name in writer_names()):
        return []
    others = other_party_names()
    events = []
    for report in (r for r in reports if r.start not in read):
        first, last = doc.sentence_span(report.start)
        i = report.start - 1
        while i > first and (tokens[i].surface in _BETWEEN or _writer(tokens[i].surface)):
            i -= 1
        if i <= first or tokens[i].surface not in ("から", "より"):
            postposed = _postposed_source(doc, report, last)
            if postposed is None:
                continue
            i = postposed
        name = "".join(t.surface for t in tokens[max(first, i - 3) : i])  # 同|事業|者
        if not name.endswith(others):
            continue
        before = [r for r in every if r.end <= i - 1]
        kind = kind_of(before[-1]) if before else Detection.THIRD_PARTY
        events.append((report.start, kind))
    return events


# 「…との報告が、11月6日、同社から当社にありました」: between the report word's が and the
# 同- name, only a date or a comma; after its から, the company it was made to and the verb
# of its coming. Parts of speech, then lemmas of the verb.
_DATE_POS: Final = frozenset({"名詞", "接尾辞", "補助記号"})
_CAME: Final = frozenset({"有る", "来る", "届く", "入る"})


def _postposed_source(doc: Doc, report: Match, last: int) -> int | None:
    """The から or より after the report word's が (「との報告が、11月6日、同社から当社に
    ありました」) whose report came, or None."""
    tokens = doc.tokens
    if report.end >= last or tokens[report.end].surface not in ("が", "は"):
        return None
    k = report.end + 1
    while k < last and tokens[k].surface not in ("から", "より"):
        if tokens[k].pos1 not in _DATE_POS:
            return None
        k += 1
    j = k + 1
    while j < last and (tokens[j].surface in _BETWEEN or _writer(tokens[j].surface)):
        j += 1
    return k if j < last and tokens[j].lemma in _CAME else None


def _writer(surface: str) -> bool:
    return surface in writer_names()
