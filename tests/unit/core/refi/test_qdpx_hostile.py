"""Hostile or broken .qdpx files are refused in plain words, and nothing is created."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from caqda.core.errors import CaqdaError
from caqda.core.refi import project_import
from caqda.core.refi.project_import import import_qdpx
from caqda.core.refi.report import QdpxError

SOURCE_GUID = "11e0d4d7-4de8-4501-a82f-653d3e5d1c15"
PROJECT_QDE = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="test">
  <Sources>
    <TextSource guid="{SOURCE_GUID}" name="doc" plainTextPath="internal://{SOURCE_GUID}.txt"/>
  </Sources>
</Project>
""".encode()


def _archive(path: Path, entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in entries.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return path


def _refused(tmp_path: Path, qdpx: Path, *words: str) -> str:
    before = sorted(tmp_path.iterdir())
    with pytest.raises(QdpxError) as refused:
        import_qdpx(qdpx, tmp_path / "new.caqda")
    message = str(refused.value)
    for word in words:
        assert word in message
    assert sorted(tmp_path.iterdir()) == before  # no project, no temporary file
    return message


def test_not_a_zip(tmp_path: Path) -> None:
    qdpx = tmp_path / "fake.qdpx"
    qdpx.write_text("<Project/>")
    _refused(tmp_path, qdpx, "not a REFI-QDA project", "ZIP")


def test_missing_file(tmp_path: Path) -> None:
    _refused(tmp_path, tmp_path / "absent.qdpx", "There is no file")


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ("../evil.txt", "'..'"),
        ("sources/../../evil.txt", "'..'"),
        ("..\\evil.txt", "'..'"),
        ("/etc/cron.d/evil", "absolute path"),
        ("C:/Windows/evil.dll", "absolute path"),
    ],
)
def test_entries_that_escape_the_folder(tmp_path: Path, entry: str, reason: str) -> None:
    qdpx = _archive(
        tmp_path / "slip.qdpx",
        {"project.qde": PROJECT_QDE, f"sources/{SOURCE_GUID}.txt": b"text", entry: b"payload"},
    )
    _refused(tmp_path, qdpx, "refused", reason, entry)


def test_billion_laughs(tmp_path: Path) -> None:
    laughs = b"""<?xml version="1.0"?>
<!DOCTYPE Project [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol3;"/>
"""
    qdpx = _archive(tmp_path / "laughs.qdpx", {"project.qde": laughs})
    _refused(tmp_path, qdpx, "declares XML entities")


def test_external_entity(tmp_path: Path) -> None:
    xxe = b"""<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Description>&secret;</Description></Project>
"""
    _refused(tmp_path, _archive(tmp_path / "xxe.qdpx", {"project.qde": xxe}), "declares XML entities")


def test_zip_bomb_entry(tmp_path: Path) -> None:
    """20 MB of zeros deflate to about 20 kB: no real text compresses a thousand times."""
    qdpx = _archive(
        tmp_path / "bomb.qdpx",
        {"project.qde": PROJECT_QDE, f"sources/{SOURCE_GUID}.txt": bytes(20 * 1024 * 1024)},
    )
    _refused(tmp_path, qdpx, "zip bomb", f"{SOURCE_GUID}.txt")


def test_entry_larger_than_the_standard_allows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from caqda.core.refi import archive

    monkeypatch.setattr(archive, "MAX_ENTRY_BYTES", 1000)
    qdpx = _archive(
        tmp_path / "big.qdpx",
        {"project.qde": PROJECT_QDE, f"sources/{SOURCE_GUID}.txt": b"x" * 2000},
        compression=zipfile.ZIP_STORED,
    )
    _refused(tmp_path, qdpx, "more than the REFI-QDA standard allows")


def test_header_that_understates_the_size(tmp_path: Path) -> None:
    """The declared size is what is read: a member holding more is refused, not read on."""
    qdpx = _archive(
        tmp_path / "liar.qdpx", {"project.qde": PROJECT_QDE, f"sources/{SOURCE_GUID}.txt": b"x" * 5000}
    )
    data = bytearray(qdpx.read_bytes())
    central = data.rfind(b"PK\x01\x02")  # the last central directory record: the source
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")  # uncompressed size 5000 -> 100
    qdpx.write_bytes(bytes(data))
    message = _refused(tmp_path, qdpx)
    assert "damaged" in message or "more data than its header declares" in message


def test_no_project_file(tmp_path: Path) -> None:
    qdpx = _archive(tmp_path / "empty.qdpx", {f"sources/{SOURCE_GUID}.txt": b"text"})
    _refused(tmp_path, qdpx, "no project file (.qde)")


def test_project_file_only_in_a_subfolder(tmp_path: Path) -> None:
    qdpx = _archive(tmp_path / "nested.qdpx", {"inner/project.qde": PROJECT_QDE})
    _refused(tmp_path, qdpx, "no project file (.qde)")


def test_missing_source_file(tmp_path: Path) -> None:
    qdpx = _archive(tmp_path / "missing.qdpx", {"project.qde": PROJECT_QDE})
    _refused(tmp_path, qdpx, "the source 'doc'", f"internal://{SOURCE_GUID}.txt", "not in the archive")


def test_source_path_that_leaves_the_sources_folder(tmp_path: Path) -> None:
    qde = PROJECT_QDE.replace(f"internal://{SOURCE_GUID}.txt".encode(), b"internal://../project.qde")
    qdpx = _archive(tmp_path / "sneaky.qdpx", {"project.qde": qde})
    _refused(tmp_path, qdpx, "not a plain file name")


def test_not_a_project_inside(tmp_path: Path) -> None:
    codebook = b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'
    _refused(tmp_path, _archive(tmp_path / "cb.qdpx", {"project.qde": codebook}), "<CodeBook>")


def test_malformed_xml(tmp_path: Path) -> None:
    _refused(tmp_path, _archive(tmp_path / "bad.qdpx", {"project.qde": b"<Project"}), "not valid XML")


def test_existing_target_is_never_overwritten(tmp_path: Path) -> None:
    qdpx = _archive(tmp_path / "ok.qdpx", {"project.qde": PROJECT_QDE, f"sources/{SOURCE_GUID}.txt": b"text"})
    (tmp_path / "new.caqda").write_bytes(b"precious")
    with pytest.raises(QdpxError, match="already exists"):
        import_qdpx(qdpx, tmp_path / "new.caqda")
    assert (tmp_path / "new.caqda").read_bytes() == b"precious"


def test_failure_while_building_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    qdpx = _archive(tmp_path / "ok.qdpx", {"project.qde": PROJECT_QDE, f"sources/{SOURCE_GUID}.txt": b"text"})

    def fail(*_: object) -> None:
        raise CaqdaError("disk full, say")

    monkeypatch.setattr(project_import, "_insert", fail)
    before = sorted(tmp_path.iterdir())
    with pytest.raises(CaqdaError, match="disk full"):
        import_qdpx(qdpx, tmp_path / "new.caqda")
    assert sorted(tmp_path.iterdir()) == before


def test_a_safe_minimal_file_imports(tmp_path: Path) -> None:
    qdpx = _archive(tmp_path / "ok.qdpx", {"project.qde": PROJECT_QDE, f"Sources/{SOURCE_GUID}.TXT": b"text"})
    report = import_qdpx(qdpx, tmp_path / "new.caqda")
    assert report.documents == 1 and report.losses == []
