"""Attack names typed in hiragana (「えもてっと」「かいざんされて」), read as the cues
`nlu.incident_type` finds in their usual spelling.
"""

from __future__ import annotations

from nlu.doc import Doc
from nlu.kana_words import kana_matches
from nlu.lexicon import NOT_INCIDENT, Lexicon
from nlu.phrases import Match
from nlu.vendor_attacks import countered


def heard_in_kana(doc: Doc, cues: list[Match], lex: Lexicon) -> list[Match]:
    """「えもてっと？ってやつっぽい」「サイトがかいざんされて」: an attack's katakana name or
    kanji word typed in hiragana, where no cue already stands, and set off from the kana after
    it by a particle or a mark: in a run (「えもてっとたいさく」) the words after it are
    unread, a measure against it as likely."""
    held = {(m.start, m.end) for m in cues}
    # Inside a compound that names a measure (「ういるすたいさく」), as the cue itself is.
    compounds = {
        i
        for m in lex.incident_cues.find(doc)
        if m.label == NOT_INCIDENT
        for i in range(m.start, m.end)
    }
    tokens = doc.tokens
    # A kanji word's sound (かいざん) may go on with する, as the word itself does (改ざんされて).
    heard = [
        *((m, False) for m in kana_matches(doc, lex.attack_loanwords)),
        *((m, True) for m in kana_matches(doc, lex.attack_readings)),
    ]
    return sorted(
        m
        for m, verbal in heard
        if (m.start, m.end) not in held
        and m.start not in compounds
        and (
            m.end >= len(tokens)
            or tokens[m.end].pos1 in _SETTING_OFF
            or (verbal and tokens[m.end].lemma == _DOING)
        )
        and not countered(doc, m.end, lex)
    )


# Parts of speech that end a word typed in kana: what follows is no part of its name.
_SETTING_OFF = frozenset({"助詞", "助動詞", "補助記号", "空白", "接尾辞"})
_DOING = "為る"
