"""Attachments on a real store: what is accepted (by content, up to 20 MB), who may add,
read and remove them, that nothing reaches a temporary file, and the boarding officers."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.domain.attachment import MAX_SIZE, OwnerKind, clean_file_name, sniff
from piu_desk.core.domain.inspection import Inspection, Outcome
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.errors import Invalid, Locked, NotAllowed
from piu_desk.core.records import attachments, inspections, officers, port_calls, vessels
from tests.conftest import ADMIN, OFFICER, SUPERVISOR

INSPECTION = OwnerKind.INSPECTION
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
TIFF_LE = b"II*\x00\x08\x00\x00\x00" + b"\x00" * 32
TIFF_BE = b"MM\x00*\x00\x00\x00\x08" + b"\x00" * 32
THUMB = b"\xff\xd8\xff\xdb" + b"\x01" * 500
EXCHANGE = ("hout", "Hout Sreymom", "exchange-password-1")
CUSTODIAN = ("dara", "Lim Dara", "custodian-password-1")


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    return desk


def draft(desk: Desk) -> int:
    vid, _ = vessels.register(desk, Vessel(None, "Mekong Trader", "KHM", imo="9074729"))
    pid, _ = port_calls.record_arrival(desk, PortCall(None, vid, "2026-11-27T08:30"))
    iid, _ = inspections.record(desk, Inspection(None, pid, "2026-11-27T10:00", ("vanna",)))
    return iid


def submit(desk: Desk, iid: int) -> None:
    current = inspections.get(desk, iid)
    inspections.update_draft(desk, Inspection(
        iid, current.port_call_id, current.started_at, current.officers,
        findings="Hold 2 searched; nothing found.", outcome=Outcome.CLEARED))
    inspections.submit(desk, iid)


def test_add_list_read_and_remove_on_a_draft(officer: Desk) -> None:
    iid = draft(officer)
    aid, changes = attachments.add(officer, INSPECTION, iid, "hold-2.jpg", JPEG, THUMB)
    assert changes.touches("attachments")
    attachments.add(officer, INSPECTION, iid, "manifest.pdf", PDF)
    listed = attachments.of_owner(officer, INSPECTION, iid)
    assert [(a.file_name, a.mime_type, a.size) for a in listed] == [
        ("hold-2.jpg", "image/jpeg", len(JPEG)), ("manifest.pdf", "application/pdf", len(PDF))]
    assert listed[0].thumbnail == THUMB and listed[1].thumbnail is None
    assert listed[0].added_by == "vanna" and listed[0].is_image and not listed[1].is_image
    assert attachments.content(officer, aid) == JPEG
    attachments.remove(officer, aid)
    assert [a.file_name for a in attachments.of_owner(officer, INSPECTION, iid)] == [
        "manifest.pdf"]
    officer.unlock(SUPERVISOR[0], SUPERVISOR[2])
    logged = [(e.action, e.target) for e in officer.audit_page(0, 50)]
    assert ("attachment.add", f"inspection {iid}") in logged
    assert ("attachment.remove", f"inspection {iid}") in logged
    assert not any("hold-2" in e.detail for e in officer.audit_page(0, 50))  # no content


def test_files_are_recognised_by_their_content_not_their_name(officer: Desk) -> None:
    iid = draft(officer)
    for name, data, mime in (("scan.jpg", PDF, "application/pdf"),
                             ("photo", PNG, "image/png"),
                             ("page.tif", TIFF_LE, "image/tiff"),
                             ("page.tiff", TIFF_BE, "image/tiff")):
        aid, _ = attachments.add(officer, INSPECTION, iid, name, data)
        stored = [a for a in attachments.of_owner(officer, INSPECTION, iid) if a.id == aid]
        assert stored[0].mime_type == mime
    for name, data in (("notes.jpg", b"just some text, not a photo"),
                       ("report.pdf", b"PK\x03\x04 a zip file calling itself a PDF"),
                       ("virus.png", b"MZ\x90\x00 a program")):
        with pytest.raises(Invalid) as caught:
            attachments.add(officer, INSPECTION, iid, name, data)
        assert caught.value.field == "file"
        assert "only JPEG, PNG, TIFF and PDF" in str(caught.value)
        assert name in str(caught.value)
    with pytest.raises(Invalid, match="empty"):
        attachments.add(officer, INSPECTION, iid, "nothing.jpg", b"")
    assert sniff(b"\xff\xd8") is None  # too short to be a JPEG


def test_the_size_limit_is_20_mb_with_a_clear_message(officer: Desk) -> None:
    iid = draft(officer)
    at_limit = JPEG + b"\x00" * (MAX_SIZE - len(JPEG))
    aid, _ = attachments.add(officer, INSPECTION, iid, "big.jpg", at_limit)
    assert attachments.content(officer, aid) == at_limit
    with pytest.raises(Invalid) as caught:
        attachments.add(officer, INSPECTION, iid, "huge.jpg", at_limit + b"\x00" * 2_500_000)
    assert caught.value.field == "file"
    assert str(caught.value).startswith("huge.jpg is 22.4 MB; an attachment can be at most "
                                        "20 MB.")
    assert caught.value.message.args["limit"] == 20  # a placeholder, filled after translation
    assert len(attachments.of_owner(officer, INSPECTION, iid)) == 1


def test_a_thumbnail_must_be_a_small_jpeg(officer: Desk) -> None:
    iid = draft(officer)
    for bad in (PNG, b"\xff\xd8\xff" + b"\x00" * 300_000):
        with pytest.raises(Invalid) as caught:
            attachments.add(officer, INSPECTION, iid, "x.jpg", JPEG, bad)
        assert caught.value.field == "thumbnail"


def test_a_file_name_is_never_a_path() -> None:
    assert clean_file_name("../../etc/passwd.jpg") == "passwd.jpg"
    assert clean_file_name("C:\\Users\\vanna\\Pictures\\hold.JPG") == "hold.JPG"
    assert clean_file_name("bad\x00name\n.png") == "badname.png"
    assert clean_file_name("/") == "attachment"


def test_only_a_draft_or_returned_inspection_changes_its_attachments(
        officer: Desk) -> None:
    iid = draft(officer)
    aid, _ = attachments.add(officer, INSPECTION, iid, "hold.jpg", JPEG)
    submit(officer, iid)
    with pytest.raises(Invalid) as caught:
        attachments.add(officer, INSPECTION, iid, "late.jpg", JPEG)
    assert caught.value.field == "status"
    with pytest.raises(Invalid):
        attachments.remove(officer, aid)
    officer.unlock(SUPERVISOR[0], SUPERVISOR[2])
    inspections.return_for_changes(officer, iid, "Add a photo of the bridge.")
    officer.unlock(OFFICER[0], OFFICER[2])
    attachments.add(officer, INSPECTION, iid, "bridge.jpg", JPEG)
    attachments.remove(officer, aid)
    with pytest.raises(Invalid) as missing:
        attachments.add(officer, INSPECTION, 9999, "x.jpg", JPEG)
    assert missing.value.field == "id"


def test_roles_decide_who_adds_reads_and_removes(desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    desk.unlock(ADMIN[0], ADMIN[2])
    for who, role in ((EXCHANGE, Role.EXCHANGE), (CUSTODIAN, Role.CUSTODIAN)):
        accounts.add_user(desk, NewUser(*who, frozenset({role})))
    desk.unlock(OFFICER[0], OFFICER[2])
    iid = draft(desk)
    aid, _ = attachments.add(desk, INSPECTION, iid, "hold.jpg", JPEG)
    desk.unlock(EXCHANGE[0], EXCHANGE[2])  # reads, for the exchange with HQ; changes nothing
    assert attachments.content(desk, aid) == JPEG
    with pytest.raises(NotAllowed):
        attachments.add(desk, INSPECTION, iid, "x.jpg", JPEG)
    with pytest.raises(NotAllowed):
        attachments.remove(desk, aid)
    with pytest.raises(NotAllowed):
        officers.boarding_officers(desk)
    desk.unlock(CUSTODIAN[0], CUSTODIAN[2])
    for call in (lambda: attachments.of_owner(desk, INSPECTION, iid),
                 lambda: attachments.content(desk, aid),
                 lambda: attachments.remove(desk, aid)):
        with pytest.raises(NotAllowed):
            call()
    desk.lock()
    with pytest.raises(Locked):
        attachments.content(desk, aid)


def test_nothing_reaches_a_temporary_file(officer: Desk, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Photos go from memory into the encrypted database and back into memory; the only
    file written is the copy the user asked for, where they asked."""
    empty = tmp_path / "tmp"
    empty.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(empty))
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(empty))
    iid = draft(officer)
    photo = JPEG + b"\x07" * 3_000_000
    aid, _ = attachments.add(officer, INSPECTION, iid, "hold.jpg", photo, THUMB)
    assert attachments.content(officer, aid) == photo
    attachments.of_owner(officer, INSPECTION, iid)
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    changes = attachments.save_copy(officer, aid, chosen / "hold-copy.jpg")
    assert changes.touches("audit")
    assert (chosen / "hold-copy.jpg").read_bytes() == photo
    assert [p.name for p in chosen.iterdir()] == ["hold-copy.jpg"]  # no partial left
    attachments.remove(officer, aid)
    assert list(empty.iterdir()) == []


def test_a_copy_is_audited_as_an_export(officer: Desk, tmp_path: Path) -> None:
    iid = draft(officer)
    aid, _ = attachments.add(officer, INSPECTION, iid, "manifest.pdf", PDF)
    attachments.save_copy(officer, aid, tmp_path / "manifest.pdf")
    officer.unlock(SUPERVISOR[0], SUPERVISOR[2])
    assert ("attachment.export", f"inspection {iid}") in [
        (e.action, e.target) for e in officer.audit_page(0, 50)]


def test_boarding_officers_are_the_enabled_officers_and_supervisors(
        desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.add_user(desk, NewUser(*CUSTODIAN, frozenset({Role.CUSTODIAN})))
    accounts.add_user(desk, NewUser("rithy", "Meas Rithy", "officer-password-2",
                                    frozenset({Role.OFFICER, Role.SUPERVISOR})))
    accounts.add_user(desk, NewUser("bopha", "Heng Bopha", "officer-password-3",
                                    frozenset({Role.OFFICER})))
    accounts.disable_user(desk, "bopha")
    desk.unlock(OFFICER[0], OFFICER[2])
    assert officers.boarding_officers(desk) == [
        ("vanna", "Chan Vanna"), ("sopheap", "Keo Sopheap"), ("rithy", "Meas Rithy"),
        ("admin", "Sok Dara")]
