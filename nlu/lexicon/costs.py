"""The words of costs (config [costs]): cost cues, corrections, and what surrounds an amount."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from nlu.kana_words import Readings, loanwords, readings
from nlu.lexicon_file import CostsSection, labelled
from nlu.patterns import alternation
from nlu.phrases import PhraseSet


@dataclass(frozen=True)
class CostWords:
    """What names a cost, corrects one, or ties a price to a count."""

    cost_cues: PhraseSet
    cost_loanwords: Readings
    """The cost words written in katakana, and those of `heard_in_kana`, heard in a message
    typed in hiragana."""
    cost_acronyms: frozenset[str]
    """The cost words that are Latin capitals (QUO, DM, EDR), lower-cased: whole words only."""
    correction: PhraseSet
    joiners: frozenset[str]
    minus: re.Pattern[str]
    """A minus sign at the end of the text just before an amount."""
    retracted: re.Pattern[str]
    considered: re.Pattern[str]
    """Words right after an amount that take it back."""
    superseded: re.Pattern[str]
    """Words right after an amount that say a later one replaces it (「と言いましたが」)."""
    changed_into: re.Pattern[str]
    """The whole text between an amount and the one it became (「→」)."""
    quoted_by: re.Pattern[str]
    """The whole text between an amount and the one a correction puts for it (「は」)."""
    unit_mark: re.Pattern[str]
    """The whole text between a count of one and its price."""
    everyone: re.Pattern[str]
    """A word for every victim shortly after a price."""
    separate_item: re.Pattern[str]
    same_amount: re.Pattern[str]
    """A word for the amount said just before (「同額」)."""
    """A word that opens a sentence of a cost apart from those said before (「ほかに」)."""
    qualified_heads: frozenset[str]
    """Cost words a more specific one right before them names the purpose of (「遮断の対応費」)."""
    litigation_agents: frozenset[str]
    """Who writes a litigation document (弁護士): before one, the document names the cost."""
    litigation_agent_sources: frozenset[str]
    """After such a lawyer, what makes them who quotes or bills the cost (「弁護士から」)."""
    retainers: frozenset[str]
    """A lawyer's fee words (着手金): litigation when a litigation word stands before them in
    their sentence, else consultation."""
    following_count: re.Pattern[str]
    """What may stand between a price and the count it is multiplied by."""


def cost_words(costs: CostsSection) -> dict[str, Any]:
    """The compiled [costs]."""
    joiner, party = alternation(costs.count_joiners), alternation(costs.counted_parties)
    return {
        "cost_cues": PhraseSet(labelled(costs.cues)),
        "cost_loanwords": loanwords(labelled(costs.cues)) + _kanji_heard(costs),
        "cost_acronyms": frozenset(
            word.lower()
            for words in labelled(costs.cues).values()
            for word in words
            if word.isascii() and word.isalpha() and word.isupper()
        ),
        "correction": PhraseSet(labelled(costs.correction)),
        "joiners": frozenset(costs.joiners),
        # NFKC has made − and － into -.
        "minus": re.compile(rf"(?:{alternation(costs.minus)})\s*$"),
        # 「「各120万」ではなく」: the amount quoted in brackets is taken back all the same.
        # Not 「300万は誤りではない」 nor 「…間違いではありません」: the amount stands.
        "retracted": re.compile(
            rf"[」』\"”]?\s*(?:{alternation(costs.retracted)})(?!では(?:な|あり))(?!は(?:な|あり))"
        ),
        "superseded": re.compile(rf"\s*(?:{alternation(costs.superseded)})"),
        "changed_into": re.compile(rf"\s*(?:{alternation(costs.changed_into)})\s*"),
        "quoted_by": re.compile(rf"\s*(?:{alternation(costs.quoted_by)})\s*"),
        # 「個人1,000円、法人3万円で検討中」: only an option being weighed.
        "considered": re.compile(rf"\s*(?:{alternation(costs.considered)})"),
        # 「1通あたり郵送費140円」: a unit mark, or none, then at most a short word.
        "unit_mark": re.compile(rf"^\s*(?:{alternation(costs.unit_marks)})?[^\d、。,]{{0,4}}$"),
        "everyone": re.compile(rf"^[^、。]{{0,12}}(?:{alternation(costs.everyone)})"),
        "separate_item": re.compile(rf"\s*(?:{alternation(costs.separate_items)})"),
        "same_amount": re.compile(alternation(costs.same_amount)),
        "qualified_heads": frozenset(costs.qualified_heads),
        "litigation_agents": frozenset(costs.litigation_agents or ()),
        "litigation_agent_sources": frozenset(costs.litigation_agent_sources or ()),
        "retainers": frozenset(costs.retainers or ()),
        # 「500円を2,000名に」「(500円)を個人1,000名に」
        # 「500円のQUOカードを会員3,900名に」: the gift the price buys, between them.
        "following_count": re.compile(
            rf"[\s)）]*(?:の(?:{alternation(costs.gifts)}))?(?:{joiner})?\s*(?:{party})?\s*"
        ),
    }


def _kanji_heard(costs: CostsSection) -> Readings:
    """The readings of the cost words listed in `heard_in_kana` (「ふっきゅう」 is 復旧)."""
    heard = frozenset(costs.heard_in_kana or ())
    cues = labelled(costs.cues)
    return readings({label: [w for w in words if w in heard] for label, words in cues.items()})
