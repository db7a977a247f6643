"""Contacts: the pamphlet's numbers, and when お客さま相談窓口 answers."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import jpholiday
import pytest

import config
from bot.advice.contacts import (
    FILE,
    TOKYO,
    ClosedReason,
    desk_status,
    load_contacts,
    parse_contacts,
    tel_uri,
)
from config import ConfigError


def jst(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TOKYO)


VENDORS = [
    ("株式会社ラック", "緊急対応サービス「サイバー119」", "0120-362-119", "https://www.lac.co.jp/"),
    (
        "株式会社サイバーディフェンス研究所",
        "フォレンジック調査/インシデント対応サービス",
        "03-5843-9015",
        "https://www.cyberdefense.jp/",
    ),
    (
        "セコムトラストシステムズ株式会社",
        "セコムプロフェッショナルサポート",
        "0120-39-0756",
        "https://www.secomtrust.net/",
    ),
]


def test_vendors_are_the_pamphlets_three_in_its_order() -> None:
    """The three specialist vendors appear exactly as the pamphlet lists them."""
    vendors = load_contacts().vendors
    assert [(v.company, v.service, v.phone, v.url) for v in vendors] == VENDORS


def test_vendor_notes_say_paid_own_contract_free_choice_and_availability() -> None:
    """The notes carry ※1 (own paid contract), free choice, and possible unavailability."""
    notes = load_contacts().vendor_notes
    assert "有償" in notes.paid_service and "付帯サービスではありません" in notes.paid_service
    assert "記載されていない専門事業者" in notes.free_choice
    assert "ご提供できない場合" in notes.availability


def test_insurer_lines() -> None:
    """The 24h accident line and the customer desk carry the pamphlet's numbers."""
    c = load_contacts()
    assert c.insurer == "日新火災海上保険株式会社"
    assert (c.accident_line.phone, c.accident_line.hours) == ("0120-25-7474", "24時間・365日")
    assert c.customer_desk.phone == "0120-17-2424"
    assert c.accident_line.tel == "tel:0120257474"


TEL = [
    ("0120-25-7474", "tel:0120257474"),
    ("03-5843-9015", "tel:0358439015"),
    ("0120-362-119", "tel:0120362119"),
    ("+81-3-3292-8000", "tel:+81332928000"),
]


@pytest.mark.parametrize(("phone", "uri"), TEL)
def test_tel_uri_drops_hyphens(phone: str, uri: str) -> None:
    """A printed number becomes a tel: URI of its digits."""
    assert tel_uri(phone) == uri


@pytest.mark.parametrize("phone", ["", "0120 25 7474", "TEL03", "-0120", "0120-"])
def test_tel_uri_rejects_what_is_not_a_number(phone: str) -> None:
    """Anything but digits and inner hyphens is refused."""
    with pytest.raises(ValueError):
        tel_uri(phone)


# (moment, is_open, reason, next opening or None)
STATUS = [
    (jst("2026-11-24T10:00"), True, None, None),  # Tuesday
    (jst("2026-11-24T09:00"), True, None, None),  # opening minute counts as open
    (jst("2026-11-24T16:59"), True, None, None),
    (jst("2026-11-24T17:00"), False, ClosedReason.OUTSIDE_HOURS, jst("2026-11-25T09:00")),
    (jst("2026-11-24T08:59"), False, ClosedReason.OUTSIDE_HOURS, jst("2026-11-24T09:00")),
    (jst("2026-11-28T12:00"), False, ClosedReason.WEEKDAY, jst("2026-11-30T09:00")),  # Sat
    (jst("2026-11-29T08:00"), False, ClosedReason.WEEKDAY, jst("2026-11-30T09:00")),  # Sun
    (jst("2027-01-01T10:00"), False, ClosedReason.HOLIDAY, jst("2027-01-04T09:00")),  # 元日
    # 2026-05-06 (Wed) and 2027-03-22 (Mon) are 振替休日 per jpholiday.
    (jst("2026-05-06T10:00"), False, ClosedReason.HOLIDAY, jst("2026-05-07T09:00")),
    (jst("2027-03-22T10:00"), False, ClosedReason.HOLIDAY, jst("2027-03-23T09:00")),
    # Friday evening: Monday, or Tuesday when Monday is a holiday.
    (jst("2026-11-27T18:00"), False, ClosedReason.OUTSIDE_HOURS, jst("2026-11-30T09:00")),
    (jst("2027-03-19T18:00"), False, ClosedReason.OUTSIDE_HOURS, jst("2027-03-23T09:00")),
    # Golden Week 2026: 5/2 Sat … 5/6 substitute holiday, open again Thursday 5/7.
    (jst("2026-05-01T17:30"), False, ClosedReason.OUTSIDE_HOURS, jst("2026-05-07T09:00")),
    # 12/31 is an ordinary Thursday: the pamphlet names no year-end closure.
    (jst("2026-12-31T10:00"), True, None, None),
    # UTC moments are read in JST.
    (datetime(2026, 11, 24, 1, 0, tzinfo=UTC), True, None, None),
    (
        datetime(2026, 11, 24, 8, 30, tzinfo=UTC),
        False,
        ClosedReason.OUTSIDE_HOURS,
        jst("2026-11-25T09:00"),
    ),
    (  # Friday 23:00 UTC is Saturday 08:00 JST.
        datetime(2026, 11, 27, 23, 0, tzinfo=UTC),
        False,
        ClosedReason.WEEKDAY,
        jst("2026-11-30T09:00"),
    ),
    (datetime(2026, 11, 24, 5, 0, tzinfo=timezone(timedelta(hours=5))), True, None, None),
]


@pytest.mark.parametrize(("now", "is_open", "reason", "next_open"), STATUS)
def test_desk_status(
    now: datetime, is_open: bool, reason: ClosedReason | None, next_open: datetime | None
) -> None:
    """The desk answers 9:00–17:00 JST, not on weekends or holidays, and says when it reopens."""
    status = desk_status(now)
    assert (status.is_open, status.reason, status.next_open) == (is_open, reason, next_open)
    assert status.now.tzinfo is TOKYO


def test_substitute_holidays_used_in_the_table_really_are_substitute_holidays() -> None:
    """The test dates above are 振替休日 according to jpholiday itself."""
    for day in (datetime(2026, 5, 6).date(), datetime(2027, 3, 22).date()):
        name = jpholiday.is_holiday_name(day)
        assert name is not None and "振替休日" in name


def test_closed_desk_points_to_the_24h_line_and_says_why() -> None:
    """When closed, the reply names the reason, the next opening and 0120-25-7474."""
    status = desk_status(jst("2027-01-01T10:00"))
    assert status.fallback == load_contacts().accident_line
    assert status.holiday == "元日"
    for part in ("元日", "1月4日（月）9:00", "0120-25-7474", "24時間・365日"):
        assert part in status.message


@pytest.mark.parametrize(
    ("now", "part"),
    [(jst("2026-11-28T12:00"), "土曜日"), (jst("2026-11-24T20:00"), "9:00〜17:00")],
)
def test_closed_reason_text(now: datetime, part: str) -> None:
    """The reason reads 土曜日 on a Saturday and quotes the hours outside them."""
    assert part in desk_status(now).message


def test_open_desk_says_until_when() -> None:
    """An open desk gives its number and closing time, and no fallback."""
    status = desk_status(jst("2026-11-24T10:00"))
    assert status.fallback is None
    assert status.closes_at == jst("2026-11-24T17:00")
    assert "0120-17-2424" in status.message and "17:00" in status.message


def test_naive_datetime_is_refused() -> None:
    """A moment without a timezone is ambiguous and raises ValueError."""
    with pytest.raises(ValueError):
        desk_status(datetime(2026, 11, 24, 10, 0))


def _data() -> dict[str, Any]:
    # config.read is cached: tests must never mutate its result.
    return copy.deepcopy(config.read(FILE))


BROKEN = [
    (("insurer", "fax"), "03-0000-0000", "insurer.fax", "unknown key"),
    (("insurer", "customer_desk", "opens"), "9時", "insurer.customer_desk.opens", "local time"),
    (("insurer", "customer_desk", "closes"), 8, "insurer.customer_desk.closes", "local time"),
    (
        ("insurer", "customer_desk", "closed_weekdays"),
        ["土曜"],
        "insurer.customer_desk.closed_weekdays",
        "unknown weekday",
    ),
    (
        ("insurer", "customer_desk", "closed_on_public_holidays"),
        "yes",
        "insurer.customer_desk.closed_on_public_holidays",
        "true or false",
    ),
    (("insurer", "accident_line", "phone"), "ゼロイチ", "insurer.accident_line.phone", "phone"),
    (("insurer", "accident_line", "phone"), 120257474, "insurer.accident_line.phone", "string"),
    (("desk_texts", "open"), "{nmae}は受付中です。", "desk_texts.open", "placeholder"),
    (("desk_texts", "weekday_names"), ["月"], "desk_texts.weekday_names", "7 strings"),
    (("public_desks", 0, "source"), "警察庁", "public_desks[0].source", "https://"),
    (("public_desks", 0, "url"), "www.npa.go.jp", "public_desks[0].url", "https://"),
    (("public_desks", 1, "phone"), "#9110", "public_desks[1].phone", "phone"),
    (("public_desks", 0, "fax"), "03", "public_desks[0].fax", "unknown key"),
]


@pytest.mark.parametrize(("path", "value", "key", "reason"), BROKEN)
def test_bad_value_names_file_key_and_reason(
    path: tuple[str, ...], value: object, key: str, reason: str
) -> None:
    """An unknown key or a mistyped value fails at load with file, key and reason."""
    data = _data()
    table = data
    for part in path[:-1]:
        table = table[part]
    table[path[-1]] = value
    with pytest.raises(ConfigError) as info:
        parse_contacts(data)
    assert info.value.file.endswith(FILE)
    assert info.value.key == key
    assert reason in info.value.reason
    assert FILE in str(info.value) and key in str(info.value)


@pytest.mark.parametrize(
    ("path", "key"),
    [
        (("insurer", "customer_desk", "closes"), "insurer.customer_desk.closes"),
        (("insurer", "accident_line", "hours"), "insurer.accident_line.hours"),
        (("vendor_notes", "free_choice"), "vendor_notes.free_choice"),
    ],
)
def test_missing_value_is_named(path: tuple[str, ...], key: str) -> None:
    """A missing setting is reported by its dotted key."""
    data = _data()
    table = data
    for part in path[:-1]:
        table = table[part]
    del table[path[-1]]
    with pytest.raises(ConfigError) as info:
        parse_contacts(data)
    assert info.value.key == key
    assert "missing" in info.value.reason


def test_every_contact_names_its_source() -> None:
    """The pamphlet's lines and vendors name the pamphlet; each public desk its page."""
    contacts = load_contacts()
    assert "パンフレット" in contacts.accident_line.source
    assert "パンフレット" in contacts.customer_desk.source
    assert all("パンフレット" in v.source for v in contacts.vendors)
    for desk in contacts.public_desks:
        assert desk.source.startswith("https://"), desk.name


# (desk name part, its address): only what an official page prints
PUBLIC = [
    ("サイバー犯罪相談窓口", "https://www.npa.go.jp/bureau/cyber/soudan.html"),
    ("警察相談専用電話", "https://www.gov-online.go.jp/pr/media/cd/201511/201511_08.html"),
    ("IPA", "https://www.ipa.go.jp/security/support/soudan.html"),
    ("JPCERT/CC", "https://www.jpcert.or.jp/form/"),
    ("個人情報保護委員会", "https://www.ppc.go.jp/personalinfo/legal/leakAction/"),
]


@pytest.mark.parametrize(("name", "url"), PUBLIC)
def test_public_desks_are_the_cited_ones(name: str, url: str) -> None:
    """Police, #9110, IPA, JPCERT/CC and PPC, each with the address it was cited from."""
    (desk,) = [d for d in load_contacts().public_desks if name in d.name]
    assert desk.url == url


def test_only_cited_numbers_are_kept() -> None:
    """#9110 is the one number kept; no desk carries a number its page did not print."""
    desks = load_contacts().public_desks
    assert [d.dial for d in desks if d.dial] == ["#9110"]
    assert not [d.phone for d in desks if d.phone]
