"""Files shaped like other programs write them: what comes in, as what, and what is reported lost."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from caqda.core import code_sets, codebook, coders, coding, documents, memos
from caqda.core.project import Project
from caqda.core.refi.project_import import import_qdpx

ANA, BEN = "{AD68FBE7-E1EE-4A82-A279-23CC698C89EB}", "A5DE7584-8296-418B-A322-136F77ADF87B"
DOC, PDF, PIC = (
    "57C6099B-934F-4C86-90F2-CC6C2F2A3CC3",
    "03F134F1-AB05-46E6-8702-1D6930D7F7F0",
    ("02255470-09E6-400B-9E20-97D71FBEC65D"),
)
COKE, DIET, COKE2, MILK = (
    "7496BA52-9C8D-4396-8FAB-CC438614E453",
    "D299EFAE-5779-46DC-9827-A3D1A5D544BC",
    "0983E32E-6866-431A-BD94-DAC9BB963825",
    "C3C7D437-6932-4B14-A55D-30B7F811BBF3",
)
AGE, SITE = "b2f54555-0d2d-43b2-b40c-2a1c048f5f1c", "c1c745f7-8e4d-48b2-9710-655afe7e54fa"
NOTE_DOC, NOTE_PROJECT, NOTE_LOOSE, NOTE_SEL, NOTE_FILE, NOTE_CODE = (
    f"{n}1106019-2518-43dd-bbd1-8f0252bacb30" for n in "012345"
)
# ATLAS.ti counts a CRLF as one character; "breakfast" and "coffee" sit after two of them.
TEXT = "Mabel talks\r\nAbout the morning\r\nShe has coffee for breakfast, every day 😀 really\r\n"


def _position(word: str) -> tuple[int, int]:
    single = TEXT.replace("\r\n", "\n")
    start = single.index(word)
    return start, start + len(word)


def _qde() -> str:
    coffee, breakfast, every = _position("coffee"), _position("breakfast"), _position("every day")
    morning, really = _position("morning"), _position("really")
    return f"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Breakfast" origin="ATLAS.ti 23.4.0" creatingUserGUID="{ANA}">
 <Users><User guid="{ANA}" name="Ana"/><User guid="{BEN}" name="ana"/></Users>
 <CodeBook><Codes>
  <Code guid="{COKE}" name="Coke" isCodable="false" color="#F00082">
   <Description>the breakfast of champions</Description>
   <NoteRef targetGUID="{NOTE_CODE}"/>
   <Code guid="{DIET}" name="diet/regular" isCodable="true" color="#966450"/>
  </Code>
  <Code guid="{COKE2}" name="coke" isCodable="true"/>
  <Code guid="{MILK}" name="milk" isCodable="true"/>
 </Codes></CodeBook>
 <Variables>
  <Variable guid="{AGE}" name="Age" typeOfVariable="Integer"/>
  <Variable guid="{SITE}" name="Site" typeOfVariable="Text"/>
 </Variables>
 <Cases><Case guid="9a9bcb71-5b59-47a9-8c3e-f65cffdc7520" name="Mabel">
  <CodeRef targetGUID="{MILK}"/>
  <VariableValue><VariableRef targetGUID="{AGE}"/><IntegerValue>34</IntegerValue></VariableValue>
  <SourceRef targetGUID="{DOC}"/>
 </Case></Cases>
 <Sources>
  <TextSource guid="{DOC}" name="Mabel.txt" plainTextPath="internal://{DOC}.txt"
    richTextPath="internal://{DOC}.docx" creatingUser="{ANA}" creationDateTime="2018-03-27T18:01:07Z">
   <Description>doc comment</Description>
   <PlainTextSelection guid="2f24ea88-c6a7-482b-8f89-893ef66d7a21" startPosition="{coffee[0]}"
     endPosition="{coffee[1]}" creatingUser="{ANA}" creationDateTime="2018-03-27T19:04:19Z">
    <Description>Coke for breakfast!</Description>
    <Coding guid="2284bf5b-8f78-45b6-a6ef-a128d991408b" creatingUser="{ANA}">
      <CodeRef targetGUID="{DIET}"/></Coding>
    <Coding guid="89b9918e-4209-4fe0-bea0-0c7ff56d67a4" creatingUser="{BEN}">
      <CodeRef targetGUID="{MILK}"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="63e009f1-5c33-4568-b65d-53a7e28bdbc1" startPosition="{breakfast[0]}"
     endPosition="{breakfast[1]}">
    <Coding guid="9ad860a5-3d53-4bdd-b5ee-a8fc613c1652">
      <CodeRef targetGUID="{COKE2}"/></Coding>
    <NoteRef targetGUID="{NOTE_SEL}"/>
   </PlainTextSelection>
   <PlainTextSelection guid="789a62d6-a2ad-4b59-ab90-ef1d4ab1868f"
     startPosition="{every[0]}" endPosition="{every[1]}">
    <Coding guid="61c727fb-e8cd-442d-b34e-d20f6b843407" creatingUser="{ANA}">
      <CodeRef targetGUID="{MILK}"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="f4e8ff7e-1e00-4112-add1-37f087bb8598"
     startPosition="{really[0]}" endPosition="{really[1]}">
    <Coding guid="b1ce75ca-1953-43e9-9ce4-26a9aab4dc02" creatingUser="{ANA}">
      <CodeRef targetGUID="{COKE2}"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="b49d7982-bb8e-4335-80af-dc869ccc3f45"
     startPosition="{morning[0]}" endPosition="{morning[1]}">
    <Description>a free quotation</Description>
   </PlainTextSelection>
   <PlainTextSelection guid="4191294a-e287-4510-95b0-69bce4638e56" startPosition="0" endPosition="5">
    <Coding guid="445a6aec-1400-4502-919d-0867832ff211">
      <CodeRef targetGUID="85d17f60-7bb0-481e-b742-b4861dd669df"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="7532038c-670e-471b-aa89-a1098e9a4e33" startPosition="500" endPosition="510">
    <Coding guid="8205358c-5489-4f75-a86d-c7a3df1571ce">
      <CodeRef targetGUID="{MILK}"/></Coding>
   </PlainTextSelection>
   <NoteRef targetGUID="{NOTE_DOC}"/>
   <VariableValue><VariableRef targetGUID="{SITE}"/><TextValue>Lyon</TextValue></VariableValue>
  </TextSource>
  <PictureSource guid="{PIC}" name="cornflakes.jpg" path="internal://{PIC}.jpg"/>
  <PDFSource guid="{PDF}" name="Kellogg.pdf" path="internal://{PDF}.pdf">
   <PDFSelection guid="0ef270ba-47ad-4107-b78f-7697362bca44" page="1"
     firstX="1" firstY="1" secondX="9" secondY="9"/>
   <Representation guid="1ddd235c-9e58-4451-8c49-17013d5c3655" name="Kellogg.txt">
    <PlainTextContent>Cereal is good</PlainTextContent>
    <PlainTextSelection guid="3cd739af-80d7-402d-a836-be292887e147" startPosition="0" endPosition="6">
     <Coding guid="3e029f7c-b699-47c2-ae9f-95f481693caf" creatingUser="{BEN}">
      <CodeRef targetGUID="{MILK}"/></Coding>
    </PlainTextSelection>
   </Representation>
  </PDFSource>
 </Sources>
 <Notes>
  <Note guid="{NOTE_DOC}" name="Doc note" creatingUser="{BEN}">
   <PlainTextContent>about Mabel</PlainTextContent></Note>
  <Note guid="{NOTE_PROJECT}" name="Plan">
   <PlainTextContent>the plan</PlainTextContent></Note>
  <Note guid="{NOTE_LOOSE}" name="Loose">
   <PlainTextContent>a loose note</PlainTextContent></Note>
  <Note guid="{NOTE_SEL}">
   <PlainTextContent>why breakfast?</PlainTextContent></Note>
  <Note guid="{NOTE_FILE}" name="From a file" plainTextPath="internal://{NOTE_FILE}.txt"/>
  <Note guid="{NOTE_CODE}" name="Code note" creatingUser="{ANA}">
   <PlainTextContent>on coke</PlainTextContent></Note>
 </Notes>
 <Links><Link guid="88293c71-cb70-4ab7-8413-c24110a19c2e"
   originGUID="{COKE}" targetGUID="{MILK}"/></Links>
 <Sets><Set guid="142eb46d-612e-4593-a385-d0e5d04d1288" name="Drinks">
  <MemberCode targetGUID="{COKE}"/></Set></Sets>
 <Description>An ATLAS.ti study</Description>
 <NoteRef targetGUID="{NOTE_PROJECT}"/>
</Project>
"""


@pytest.fixture
def imported(tmp_path: Path):
    qdpx = tmp_path / "atlas.qdpx"
    with zipfile.ZipFile(qdpx, "w") as archive:
        archive.writestr("Breakfast study.qde", _qde().encode("utf-8"))  # named after the project
        archive.writestr(f"sources/{DOC}.txt", TEXT.encode("utf-8"))
        archive.writestr(f"sources/{DOC}.docx", b"not really a docx")
        archive.writestr(f"sources/{PIC}.jpg", b"\xff\xd8 not an image")
        archive.writestr(f"sources/{NOTE_FILE}.txt", "note from a file ✓".encode())
    report = import_qdpx(qdpx, tmp_path / "atlas.caqda")
    with Project.open(tmp_path / "atlas.caqda") as project:
        yield project, report


def _passages(project: Project) -> dict[str, tuple[str, str, str, str]]:
    """Coding uuid → (passage, code name, coder name, memo)."""
    found = {}
    for c in coding.list_codings(project):
        text = documents.document_text(project, c.document_id)
        code = codebook.get_code(project, c.code_id).name
        coder = next(k.name for k in coders.list_coders(project) if k.id == c.coder_id)
        found[c.uuid] = (text[c.start : c.end], code, coder, c.memo)
    return found


def test_codings_land_on_their_words_with_memos_and_coders(imported) -> None:
    project, report = imported
    passages = _passages(project)
    assert passages["2284bf5b-8f78-45b6-a6ef-a128d991408b"] == (
        "coffee",
        "diet/regular",
        "Ana",
        "Coke for breakfast!",
    )
    assert passages["89b9918e-4209-4fe0-bea0-0c7ff56d67a4"] == (
        "coffee",
        "milk",
        "ana (2)",
        "Coke for breakfast!",
    )
    # no user on the Coding or selection: the project's creating user
    assert passages["9ad860a5-3d53-4bdd-b5ee-a8fc613c1652"] == (
        "breakfast",
        "coke (2)",
        "Ana",
        "why breakfast?",
    )
    assert passages["61c727fb-e8cd-442d-b34e-d20f6b843407"][0] == "every day"
    assert passages["b1ce75ca-1953-43e9-9ce4-26a9aab4dc02"][0] == "really"  # after an emoji
    assert passages["3e029f7c-b699-47c2-ae9f-95f481693caf"] == ("Cereal", "milk", "ana (2)", "")
    assert report.codings == len(passages) == 6
    assert any("counting one" in note for note in report.notes)


def test_codebook_names_follow_caqdas_rules(imported) -> None:
    project, _ = imported
    paths = [codebook.code_path(project, code) for code in codebook.list_codes(project)]
    assert paths == ["Coke", "Coke › diet/regular", "coke (2)", "milk"]
    coke = codebook.list_codes(project)[0]
    assert (coke.uuid, coke.color, coke.definition) == (COKE.lower(), "#f00082", "the breakfast of champions")


def test_documents_attributes_and_cases(imported) -> None:
    project, _ = imported
    names = [d.name for d in documents.list_documents(project)]
    assert names == ["Mabel.txt", "Kellogg.pdf"]
    mabel = documents.find_document(project, "Mabel.txt")
    assert documents.document_text(project, mabel.id).startswith("Mabel talks\nAbout the morning\n")
    assert documents.attributes(project, mabel.id) == {"Site": "Lyon", "Age": "34", "Case": "Mabel"}


def test_notes_become_memos_where_they_belong(imported) -> None:
    project, _ = imported
    mabel = documents.find_document(project, "Mabel.txt")
    coke = codebook.find_code(project, "Coke")
    ben = coders.find_coder(project, "ana (2)")
    doc_memos = {(m.title, m.text, m.coder_id) for m in memos.list_memos(project, "document", mabel.id)}
    assert doc_memos == {
        ("Doc note", "about Mabel", ben.id),
        ("Description", "doc comment", coders.find_coder(project, "Ana").id),
    }
    assert [(m.title, m.text) for m in memos.list_memos(project, "code", coke.id)] == [
        ("Code note", "on coke")
    ]
    project_memos = {(m.title, m.text) for m in memos.list_memos(project, "project", None)}
    assert project_memos == {
        ("Plan", "the plan"),
        ("Loose", "a loose note"),
        ("From a file", "note from a file ✓"),
        ("Project description", "An ATLAS.ti study"),
    }
    # the note referred to by a selection became that coding's memo, not a project memo
    assert all(m.text != "why breakfast?" for m in memos.list_memos(project))


def test_losses_are_reported(imported) -> None:
    _, report = imported
    losses = "\n".join(report.losses)
    for expected in (
        "1 selection without a code was not imported (1 with a comment)",
        "the code referred to is not in the codebook",
        "outside its document's text",
        "'cornflakes.jpg' (picture)",
        "PDF source was imported as plain text",
        "1 area selected on them",
        "1 link",
        "imported as text attributes ('Age (Integer)')",
        "grouped into cases",
        "caqda has no cases",
        "formatting of 1 document",
    ):
        assert expected in losses, expected
    assert "set" not in losses.replace("selected", "").replace("sets of", ""), losses
    assert "isCodable" not in losses


def test_sets_and_category_headers_are_kept(imported) -> None:
    project, _ = imported
    sets = code_sets.list_code_sets(project)
    assert [(s.name, s.uuid) for s in sets] == [("Drinks", "142eb46d-612e-4593-a385-d0e5d04d1288")]
    assert sets[0].code_ids == (codebook.find_code(project, "Coke").id,)
    assert [c.name for c in codebook.list_codes(project) if not c.codable] == ["Coke"]


def test_sources_folder_in_capitals_and_a_lone_rich_text_source(tmp_path: Path) -> None:
    """NVivo writes Sources/; a source with only a Word file is read through caqda's importer."""
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_paragraph("Interviewer: Hello there")
    word.add_paragraph("Ana: Good morning")
    word_path = tmp_path / "w.docx"
    word.save(str(word_path))
    qde = f"""<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="NVivo 14">
 <Sources><TextSource guid="{DOC}" name="Word only" richTextPath="internal://{DOC}.docx"/></Sources></Project>"""
    qdpx = tmp_path / "nvivo.qdpx"
    with zipfile.ZipFile(qdpx, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr(f"Sources/{DOC.lower()}.DOCX", word_path.read_bytes())
    report = import_qdpx(qdpx, tmp_path / "w.caqda")
    assert report.documents == 1
    assert any("read from a Word file" in loss for loss in report.losses)
    with Project.open(tmp_path / "w.caqda") as project:
        document = documents.list_documents(project)[0]
        assert documents.document_text(project, document.id) == "Interviewer: Hello there\nAna: Good morning"


def test_repeats_whole_source_codings_and_missing_users(tmp_path: Path) -> None:
    qde = f"""<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="Some tool">
 <CodeBook><Codes><Code guid="{MILK}" name="milk" isCodable="true"/></Codes></CodeBook>
 <Sources><TextSource guid="{DOC}" name="d"><PlainTextContent>one two three</PlainTextContent>
  <PlainTextSelection guid="b49d7982-bb8e-4335-80af-dc869ccc3f45" startPosition="4" endPosition="7">
   <Coding guid="2284bf5b-8f78-45b6-a6ef-a128d991408b" creatingUser="{BEN}">
    <CodeRef targetGUID="{MILK}"/></Coding>
  </PlainTextSelection>
  <PlainTextSelection guid="789a62d6-a2ad-4b59-ab90-ef1d4ab1868f" startPosition="4" endPosition="7">
   <Coding guid="89b9918e-4209-4fe0-bea0-0c7ff56d67a4" creatingUser="{BEN}">
    <CodeRef targetGUID="{MILK}"/></Coding>
  </PlainTextSelection>
  <Coding guid="61c727fb-e8cd-442d-b34e-d20f6b843407"><CodeRef targetGUID="{MILK}"/></Coding>
 </TextSource></Sources></Project>"""
    qdpx = tmp_path / "x.qdpx"
    with zipfile.ZipFile(qdpx, "w") as archive:
        archive.writestr("project.qde", qde)
    report = import_qdpx(qdpx, tmp_path / "x.caqda")
    assert report.codings == 2
    assert any("exact repeats" in note for note in report.notes)
    assert any("whole source" in note for note in report.notes)
    with Project.open(tmp_path / "x.caqda") as project:
        passages = _passages(project)
    assert passages["2284bf5b-8f78-45b6-a6ef-a128d991408b"] == ("two", "milk", "Unknown user a5de7584", "")
    assert passages["61c727fb-e8cd-442d-b34e-d20f6b843407"] == ("one two three", "milk", "Unknown coder", "")
