"""The claim file of a worked conversation: the insurer's first notice, the PPC draft with
its dates, the timeline, the missing items asked only once the file is asked for, and the
JSON of `cyberbot claim --json`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.claim.file import claim_of
from bot.claim.markdown import claim_markdown
from bot.cli import main
from bot.conversation.engine import Engine
from bot.conversation.sql_store import SQLiteStore
from bot.conversation.state import ConversationState
from bot.conversation.store import MemoryStore
from coverage import load_rider
from tests.claim_cases import WORKED

# Thursday 23:30 in Tokyo: 「昨日」 is Wednesday 2026-11-25.
NOW = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
CONTRACT = Path(__file__).resolve().parent.parent / "config" / "contract.example.toml"
KEY = "T1:C1:1.0"


def _engine(store: MemoryStore | SQLiteStore | None = None) -> Engine:
    return Engine(load_rider(contract=CONTRACT), store or MemoryStore(), clock=lambda: NOW)


def _worked(engine: Engine, key: str = KEY) -> None:
    for text in WORKED:
        engine.handle(key, text, user="U1", at=NOW)


def _memo() -> str:
    engine = _engine()
    _worked(engine)
    return claim_markdown(claim_of(engine, KEY))


def test_the_memo_gives_the_policy_the_reporter_and_the_discovery() -> None:
    memo = _memo()
    assert "- 証券番号: 12345678-901" in memo
    assert "- 契約者: 株式会社サンプル商事" in memo
    assert "- 取扱代理店: サンプル保険代理店株式会社（03-0000-0000）" in memo
    assert "- ご報告者（Slack ユーザー ID）: U1" in memo
    assert "- 発見日（知った日）: 2026年11月25日" in memo
    assert "- 発見のきっかけ: 外部からの通報（監視会社・公的機関など）" in memo
    assert "- 事故の種類: 不正アクセス" in memo
    assert "- 不正アクセス等の有無: あり" in memo
    assert "- 個人: 2,000名" in memo
    assert "## 公表\n- 公表した（予定を含む）" in memo


def test_the_memo_lists_costs_by_clause_with_consent_and_the_estimate_with_its_disclaimer() -> None:
    memo = _memo()
    assert "- ① 不正アクセス等対応費用: 3,000,000円（保険会社の同意: 同意を得た）" in memo
    assert "- ③ 相談費用: 500,000円（保険会社の同意: 同意を得た）" in memo
    assert "- ⑤ その他事故対応費用: 1,000,000円（保険会社の同意: 同意を得た）" in memo
    assert "【補償額の見込み】4,500,000円" in memo
    costs = memo.index("## これまでの費用")
    estimate = memo.index("## 補償額の見込み")
    unknowns = memo.index("## まだ分からないこと")
    for start, end in ((costs, estimate), (estimate, unknowns)):
        section = memo[start:end]
        assert "※ この金額は概算の目安であり" in section
        assert "必ず保険会社（日新火災）の同意を得てください" in section


def test_the_memo_names_the_police_report_and_what_is_still_unknown() -> None:
    memo = _memo()
    assert "- 警察へ被害届を提出（受付番号 第123号）（2026年11月26日）" in memo
    unknown = memo[memo.index("## まだ分からないこと") : memo.index("## 経過")]
    assert "- ご報告者の連絡先" in unknown
    assert "- 原因" in unknown
    assert "証券番号" not in unknown  # the contract gives it
    assert "届出" not in unknown  # a report was made


def test_the_timeline_gives_each_change_with_its_time_in_japan_and_who_said_it() -> None:
    memo = _memo()
    timeline = memo[memo.index("## 経過") : memo.index("---")]
    assert "- 2026年11月26日 23:30　公表: 公表した（予定を含む）（U1）" in timeline
    assert "- 2026年11月26日 23:30　③ 相談費用: 500,000円（U1）" in timeline
    assert "- 2026年11月26日 23:30　ボットが質問: 保険会社の同意（ボット）" in timeline
    assert "- 2026年11月26日 23:30　保険会社の同意: 同意を得た（U1）" in timeline
    assert "警察へ被害届を提出（受付番号 第123号）（U1）" in timeline


def test_the_ppc_draft_has_the_nine_items_and_the_deadlines() -> None:
    memo = _memo()
    draft = memo[memo.index("# 個人情報保護委員会への報告（下書き）") :]
    assert "報告フォーム（オンライン）" in draft and "書き写すため" in draft
    assert "報告（速報・確報）と、本人への通知が必要です" in draft
    assert "- 速報: 2026年11月27日〜2026年11月29日（3〜5日目）" in draft
    assert "- 確報: 2027年1月23日まで（60日以内）" in draft
    headings = [line for line in draft.splitlines() if line.startswith("### ")]
    assert [h[4:6] for h in headings] == [f"{n}." for n in range(1, 10)]
    assert (
        "### 3. 漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数\n2,000名"
        in draft
    )
    assert "### 4. 原因\n未確認" in draft
    assert "### 7. 公表の実施状況\n公表した（予定を含む）" in draft
    assert "### 9. その他参考となる事項\n警察へ被害届を提出（受付番号 第123号）" in draft


def test_a_ppc_report_made_is_shown_as_reported() -> None:
    engine = _engine()
    _worked(engine)
    engine.handle(KEY, "個情委に速報済み 受付番号A-1234", user="U1", at=NOW)
    memo = claim_markdown(claim_of(engine, KEY))
    assert "- 報告済み: 個人情報保護委員会へ速報（受付番号 A-1234）（2026年11月26日）" in memo


def test_the_bot_never_asks_for_the_claim_items_before_the_file_is_asked_for() -> None:
    engine = _engine()
    for text in WORKED:
        reply = engine.handle(KEY, text, user="U1", at=NOW)
        assert reply.question is None or not reply.question.id.startswith("claim:")
        assert not reply.claim_file


def test_asked_for_the_file_the_bot_collects_the_missing_items_one_at_a_time() -> None:
    engine = _engine()
    _worked(engine)
    reply = engine.handle(KEY, "事故報告メモを作って", user="U1", at=NOW)
    assert reply.claim_file
    assert any("まだ分からない項目" in line and "ご報告者の連絡先" in line for line in reply.answer)
    assert reply.question is not None and reply.question.id == "claim:contact"
    reply = engine.handle(KEY, "03-1234-5678（総務部 山田）", user="U1", at=NOW)
    assert "「ご報告者の連絡先」を事故報告メモに記入しました。" in reply.answer
    assert reply.question is not None and reply.question.id == "claim:discovered_by"
    assert not reply.notes  # a phone number is no amount
    reply = engine.handle(KEY, "わからない", user="U1", at=NOW)
    assert "「発見者」は未確認のままにします。" in reply.answer
    assert reply.question is not None and reply.question.id == "claim:systems"
    reply = engine.handle(KEY, "顧客管理サーバー1台", user="U1", at=NOW)
    reply = engine.answer(KEY, "claim:data_items", "stop", user="U1")
    assert reply.claim_file and reply.question is None
    memo = claim_markdown(claim_of(engine, KEY))
    assert "- 連絡先: 03-1234-5678（総務部 山田）" in memo
    assert "- システム・機器: 顧客管理サーバー1台" in memo
    assert "- 発見者: 未確認" in memo


def test_answering_every_item_ends_the_asking_and_sends_the_file_again() -> None:
    engine = _engine()
    _worked(engine)
    reply = engine.handle(KEY, "事故報告メモを作って", user="U1", at=NOW)
    seen = []
    while reply.question is not None and reply.question.id.startswith("claim:"):
        seen.append(reply.question.id)
        assert len(seen) < 20
        reply = engine.handle(KEY, f"回答{len(seen)}です", user="U1", at=NOW)
    assert len(seen) == len(set(seen))  # one question each
    assert reply.claim_file
    assert "事故報告メモの項目を伺い終えました。最新のメモを作成しました。" in reply.answer
    assert claim_of(engine, KEY).missing == ()


def test_the_timeline_and_the_answers_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    store = SQLiteStore(path, 30)
    engine = _engine(store)
    _worked(engine)
    engine.handle(KEY, "事故報告メモを作って", user="U1", at=NOW)
    engine.handle(KEY, "090-0000-0000", user="U1", at=NOW)
    store.close()
    again = _engine(SQLiteStore(path, 30))
    claim = claim_of(again, KEY)
    assert claim.said(claim.missing[0]) is None
    assert claim.words["contact"] == "090-0000-0000"
    assert [e.receipt for e in claim.reports] == ["第123号"]
    assert again.state_of(KEY).last_question == "claim:discovered_by"


def test_a_state_stored_before_the_claim_file_still_loads() -> None:
    old = ConversationState().to_json()
    for key in ("timeline", "claim_open", "claim_answers", "claim_skipped", "claim_link"):
        del old[key]
    state = ConversationState.from_json(old)
    assert state.timeline == [] and not state.claim_open and state.claim_answers == {}


TIMELINE_KEYS = {"kind", "at", "by", "name", "text", "who"}
FNOL_KEYS = {
    "made_at", "policy", "reporter", "discovery", "incident", "affected", "victims",
    "damages_claims", "announced", "reports", "vendors", "costs", "words",
}  # fmt: skip
PPC_KEYS = {"required", "status", "summary", "triggers", "deadlines", "reported", "items", "route"}
PPC_ITEMS = {
    "summary", "data_items", "persons", "cause", "secondary_damage", "persons_response",
    "announced", "prevention", "other",
}  # fmt: skip


def test_claim_json_follows_its_documented_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claim", "--json", *WORKED]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"timeline", "fnol", "ppc_report", "estimate", "missing"}
    assert all(set(event) >= TIMELINE_KEYS for event in data["timeline"])
    assert all(event["at"].endswith("+09:00") for event in data["timeline"])
    fnol = data["fnol"]
    assert set(fnol) == FNOL_KEYS
    assert fnol["victims"] == {"individuals": 2000, "corporations": None}
    assert fnol["announced"] is True
    assert fnol["incident"]["unauthorized_access"] == "found"
    assert [(c["key"], c["yen"], c["consent"]) for c in fnol["costs"]] == [
        ("access_response", 3000000, True),
        ("consultation", 500000, True),
        ("incident_response", 1000000, True),
    ]
    assert fnol["reports"][0] | {"at": None} == {
        "authority": "police", "kind": "damage_report", "receipt": "第123号", "at": None,
        "by": None,
    }  # fmt: skip
    ppc = data["ppc_report"]
    assert set(ppc) == PPC_KEYS and set(ppc["items"]) == PPC_ITEMS
    assert ppc["required"] is True
    assert {t["trigger"] for t in ppc["triggers"]} == {"wrongful_purpose", "many_persons"}
    deadlines = ppc["deadlines"]
    assert set(deadlines) == {
        "discovered_on", "preliminary_from", "preliminary_by", "final_by", "final_days",
    }  # fmt: skip
    assert deadlines["final_days"] == 60
    assert data["estimate"]["total"] == 4500000
    assert {"item": "contact", "label": "ご報告者の連絡先"} in data["missing"]


def test_claim_prints_the_memo_and_the_draft_as_markdown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["claim", *WORKED]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# 事故報告メモ（保険会社への事故報告・下書き）")
    assert "# 個人情報保護委員会への報告（下書き）" in out
    assert "【補償額の見込み】4,500,000円" in out


def test_claim_jsonl_answers_each_conversation_in_its_place(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    lines = [json.dumps(list(WORKED), ensure_ascii=False), '"not a list"']
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["claim", "--jsonl", "--json"]) == 2
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["fnol"]["victims"]["individuals"] == 2000
    assert second == {"error": "line 2: expected a JSON array of message strings", "line": 2}
