"""`cyberbot chat` without a TTY: one message per line in, one reply per message out."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

from bot.console.chat import read_message, run_console
from bot.conversation.engine import Engine
from bot.conversation.store import MemoryStore
from coverage import load_rider

ROOT = Path(__file__).parent.parent


def chat(stdin: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat"],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,  # no .env here: the console needs no Slack settings
        env={"PATH": "", "PYTHONPATH": str(ROOT)},
        timeout=60,
    )


def test_two_messages_build_one_conversation(tmp_path: Path) -> None:
    """The issue's example: a suspected infection, then the cost, gives a range in yen."""
    done = chat("PCがウイルスに感染したかも\n調査費は300万円\n", tmp_path)
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.split("> 調査費は300万円")
    assert "不正アクセスの疑い" in first
    assert "円" not in first.split("【今すべきこと")[0]  # no yen figure before an amount is known
    assert "3,000,000円" in second
    assert "お支払いを決定するものではありません" in second
    assert "同意" in second


def test_number_answers_the_quick_answer(tmp_path: Path) -> None:
    """Typing 2 picks the second quick answer of the question just asked."""
    done = chat("監視会社から通報があり、フォレンジック調査に300万円かかった\n2\n", tmp_path)
    assert done.returncode == 0, done.stderr
    last = done.stdout.split("> 2")[1]
    assert "不正アクセス等の有無: なし（調査で確認）" in last
    assert "2,000,000円" in last


def test_unreadable_lines_get_polite_replies(tmp_path: Path) -> None:
    """Emoji-only and markup-only lines are answered, never with a traceback."""
    done = chat(":sob: :sob:\n<@U0123ABC>\n" + "あ" * 40_000 + "\n", tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stdout.count("読み取れませんでした") >= 2


def test_contacts_on_request(tmp_path: Path) -> None:
    """「連絡先を教えて」 shows the 24h accident line and the vendors."""
    done = chat("ランサムウェアに感染しました。連絡先を教えてください\n", tmp_path)
    assert "0120-25-7474" in done.stdout
    assert "0120-362-119" in done.stdout


def test_the_first_card_points_to_what_it_leaves_out(tmp_path: Path) -> None:
    """Read on a phone: the card keeps the 24h line and the deadlines, and says how to ask
    for the public desks and the report form, which come when asked for."""
    opener = "社内のPCがランサムウェアにやられました。顧客情報が入っています"
    done = chat(f"{opener}\n連絡先\n報告の方法は？\n", tmp_path)
    assert done.returncode == 0, done.stderr
    card, contacts, how = done.stdout.split("\n> ")[0:3]
    assert "0120-25-7474" in card and "速報" in card
    assert "jpcert.or.jp" not in card and "leakAction" not in card
    assert "「連絡先」と送ると" in card and "「報告の方法は？」と送ると" in card
    assert contacts.startswith("連絡先") and "https://www.jpcert.or.jp/form/" in contacts
    form = "https://www.ppc.go.jp/personalinfo/legal/leakAction/"
    assert how.startswith("報告の方法は") and form in how


def test_a_site_gone_from_view_is_asked_about_with_ddos_among_the_answers(tmp_path: Path) -> None:
    """「ホームページが見れなくなってて…DDoSってやつですか？」 is the start of a report: the
    card asks the kind of incident, a flood of traffic among its answers."""
    done = chat("ホームページが見れなくなってて、DDoSってやつですか？\n", tmp_path)
    assert done.returncode == 0, done.stderr
    assert "どのような事故ですか" in done.stdout
    assert "大量アクセス（DDoS）" in done.stdout and "委託先からの漏えい" in done.stdout


def test_reset_starts_over(tmp_path: Path) -> None:
    """「最初から」 clears what was said."""
    done = chat("フォレンジック調査に300万円\n最初から\n", tmp_path)
    assert "消去しました" in done.stdout


def test_a_quit_word_ends_a_piped_conversation_too(tmp_path: Path) -> None:
    engine = Engine(load_rider(), MemoryStore())
    out = io.StringIO()
    run_console(
        engine,
        io.StringIO("PCがウイルスに感染したかも\n終了\n調査費は300万円\n"),
        out,
        interactive=False,
    )
    shown = out.getvalue()
    assert "> 終了" not in shown and "読み取れませんでした" not in shown
    assert "3,000,000円" not in shown  # nothing after 「終了」 is read


def test_broken_bytes_are_not_echoed(tmp_path: Path) -> None:
    """A line with bytes that are not UTF-8 is echoed as read: the broken bytes dropped."""
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat"],
        input="PCが\udced\udcb3ウイルスに感染した\n".encode("utf-8", "surrogateescape"),
        capture_output=True,
        check=False,
        cwd=tmp_path,
        env={"PATH": "", "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    out = done.stdout.decode("utf-8", "replace")
    assert done.returncode == 0, done.stderr
    assert "> PCがウイルスに感染した" in out
    assert "\\udc" not in out and "\ufffd" not in out


def test_an_unreadable_follow_up_is_not_met_with_the_introduction(tmp_path: Path) -> None:
    """Mid-conversation, a message with nothing to read says so in a line; the bot's
    introduction is for a conversation that holds nothing yet."""
    later = "少々お待ちください、上の者に確認してきます"
    done = chat(f"ノートPCを電車に置き忘れました\n{later}\n", tmp_path)
    assert done.returncode == 0, done.stderr
    follow_up = done.stdout.split(f"> {later}")[1]
    assert "新しい事実を読み取れませんでした" in follow_up
    assert "このボットは" not in follow_up
    assert "紛失・盗難・置き忘れ" in follow_up  # what it understood is still shown
    first = chat("駅には連絡しました\n", tmp_path)
    assert "このボットは" in first.stdout  # no incident yet: no step to tick


def test_a_step_said_done_is_ticked_with_its_words(tmp_path: Path) -> None:
    """「駅には連絡しました」 after a lost laptop ticks the card's step, quoting the words."""
    done = chat("ノートPCを電車に置き忘れました\n駅には連絡しました\nチェックリスト\n", tmp_path)
    assert done.returncode == 0, done.stderr
    follow_up = done.stdout.split("> 駅には連絡しました")[1].split("> チェックリスト")[0]
    assert "「交通機関・店舗への問い合わせ」を完了として記録しました" in follow_up
    assert "（「駅には連絡しました」より）" in follow_up
    assert "読み取れませんでした" not in follow_up


def test_lines_pasted_into_a_terminal_are_one_message() -> None:
    """A vendor's report pasted at the prompt arrives as one message, as in Slack; a line
    typed later is the next message."""
    controller, terminal = pty.openpty()
    with os.fdopen(terminal, "r", encoding="utf-8") as stdin:
        os.write(controller, "調査結果のご報告\n・侵入：あり\n・費用：480万円\n".encode())
        assert read_message(stdin, paste=True) == "調査結果のご報告\n・侵入：あり\n・費用：480万円"
        os.write(controller, "公表はまだです\n".encode())
        assert read_message(stdin, paste=True) == "公表はまだです"
        os.write(controller, "一行目\n二行目\n".encode())
        assert read_message(stdin, paste=False) == "一行目"  # piped input: a line a message
    os.close(controller)
