"""Find identifying details in documents: the candidates a researcher accepts, rejects or edits.

Names come from four places (speaker labels, name-like document attributes, a list the
researcher gives, the "always" strings) and from patterns (titles, common first names with
their surnames); e-mails, phones, CPF/RG ids, @handles, URLs and the researcher's own patterns
from regular expressions. Where two candidates overlap, the more certain source wins (a listed
name over a pattern, an e-mail over the @handle inside it), then the longer.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from caqda.core.errors import CaqdaError
from caqda.core.privacy import patterns as p
from caqda.core.privacy.rules import load_rules
from caqda.core.project import Project
from caqda.core.search_index import fold

CATEGORIES = ("person", "email", "phone", "id", "handle", "url", "other")
# Lower is more certain: it wins an overlap.
_PRIORITY = {
    "name list": 0,
    "always": 0,
    "speaker label": 1,
    "attribute": 1,
    "e-mail pattern": 2,
    "URL pattern": 3,
    "CPF pattern": 4,
    "RG pattern": 4,
    "researcher pattern": 5,
    "phone pattern": 6,
    "title before a name": 7,
    "first name pattern": 8,
    "@handle pattern": 9,
}
_CONTEXT = 40


class PrivacyError(CaqdaError):
    """A scan, a replacement or a key file was refused (bad pattern, wrong passphrase...)."""


@dataclass(frozen=True)
class Candidate:
    """A stretch of a document (or of one of its attribute values) that may identify someone.

    ``start``/``end`` are code-point offsets in the document's text, or in the attribute's value
    when ``field`` is ``"attribute:NAME"``. ``role`` names the kind of person ("Patient",
    "Nurse"...) and becomes the pseudonym's label.
    """

    document: str
    document_uuid: str
    start: int
    end: int
    text: str
    category: str
    role: str
    found_by: str
    before: str
    after: str
    field: str = "text"

    @property
    def id(self) -> str:
        return f"{self.document_uuid}:{self.field}:{self.start}-{self.end}"

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, **asdict(self)}


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    category: str
    role: str
    found_by: str


def scan(
    project: Project,
    document_ids: Sequence[int] | None = None,
    *,
    names: Iterable[str] = (),
    extra_patterns: Iterable[tuple[str, str]] = (),
) -> list[Candidate]:
    """Every candidate in the chosen documents (all when None), in document order.

    ``names`` are people the researcher lists; ``extra_patterns`` are (category, regular
    expression) pairs for ids of their own (a hospital record number...).
    """
    rules = load_rules(project)
    custom = [(category, _compile(pattern)) for category, pattern in extra_patterns]
    custom += [(rule.category, _compile(rule.pattern)) for rule in rules.patterns]
    known = _known_names(project, names, [rule.text for rule in rules.always if rule.category == "person"])
    known_other = [(rule.text, rule.category) for rule in rules.always if rule.category != "person"]
    name_pattern = _names_regex(known)
    never = {fold(text) for text in rules.never}
    sql = "SELECT id, uuid, name, text FROM documents"
    rows = project.rows(sql + " ORDER BY position, id")
    wanted = None if document_ids is None else set(document_ids)
    result: list[Candidate] = []
    for row in rows:
        if wanted is not None and row["id"] not in wanted:
            continue
        text = row["text"]
        found = _find_in(text, known, name_pattern, known_other, custom)
        result.extend(_candidates(row["name"], row["uuid"], text, found, never, "text"))
        for attribute, value in project.rows(
            "SELECT name, value FROM document_attributes WHERE document_id = ? ORDER BY name", (row["id"],)
        ):
            found = _find_in(value, known, name_pattern, known_other, custom)
            if p.NAME_ATTRIBUTE.search(attribute) and _looks_like_name(value):
                found = [_Found(0, len(value), "person", "Participant", "attribute"), *found]
            result.extend(
                _candidates(row["name"], row["uuid"], value, found, never, f"attribute:{attribute}")
            )
    return result


def _candidates(
    document: str, document_uuid: str, text: str, found: list[_Found], never: set[str], field: str
) -> list[Candidate]:
    chosen = _without_overlaps(found)
    result = []
    for item in chosen:
        piece = text[item.start : item.end]
        if fold(piece) in never:
            continue
        result.append(
            Candidate(
                document=document,
                document_uuid=document_uuid,
                start=item.start,
                end=item.end,
                text=piece,
                category=item.category,
                role=item.role,
                found_by=item.found_by,
                before=_flat(text[max(0, item.start - _CONTEXT) : item.start]),
                after=_flat(text[item.end : item.end + _CONTEXT]),
                field=field,
            )
        )
    return result


def _find_in(
    text: str,
    known: dict[str, str],
    name_pattern: re.Pattern[str] | None,
    known_other: list[tuple[str, str]],
    custom: list[tuple[str, re.Pattern[str]]],
) -> list[_Found]:
    found: list[_Found] = []
    if name_pattern is not None:
        for match in name_pattern.finditer(text):
            if match.start() and text[match.start() - 1].isalnum():
                continue
            found.append(_Found(match.start(), match.end(), "person", *_known_source(known, match.group())))
    for literal, category in known_other:
        for match in re.finditer(rf"(?<!\w){re.escape(literal)}(?!\w)", text, re.IGNORECASE):
            found.append(_Found(match.start(), match.end(), category, category.capitalize(), "always"))
    found.extend(_patterned(text))
    for category, pattern in custom:
        for match in pattern.finditer(text):
            if match.end() > match.start():
                found.append(
                    _Found(match.start(), match.end(), category, _role(category), "researcher pattern")
                )
    found.extend(_names_by_pattern(text))
    return found


def _patterned(text: str) -> list[_Found]:
    """E-mails, handles, URLs, ids and phones; each regular expression runs only where its
    telltale character is (an "@", "://" or "www.", a stretch of digits)."""
    found: list[_Found] = []
    seen: set[tuple[int, int]] = set()
    at = text.find("@")
    while at != -1:
        for match in p.EMAIL.finditer(text, max(0, at - 64), at + 256):
            if match.start() < at < match.end() and match.span() not in seen:
                seen.add(match.span())
                found.append(_Found(match.start(), match.end(), "email", "E-mail", "e-mail pattern"))
        handle = p.HANDLE.match(text, at)
        if handle:
            found.append(_Found(handle.start(), handle.end(), "handle", "Handle", "@handle pattern"))
        at = text.find("@", at + 1)
    if "://" in text or "www." in text:
        for match in p.URL.finditer(text):
            found.append(_Found(match.start(), match.end(), "url", "URL", "URL pattern"))
    for chunk in p.DIGIT_CHUNK.finditer(text):
        start, end = max(0, chunk.start() - 2), min(len(text), chunk.end() + 1)
        for pattern, category, how in (
            (p.CPF, "id", "CPF pattern"),
            (p.RG, "id", "RG pattern"),
            (p.PHONE, "phone", "phone pattern"),
        ):
            for match in pattern.finditer(text, start, end):
                begin = match.start() + len(match.group()) - len(match.group().lstrip())
                found.append(_Found(begin, match.end(), category, _role(category), how))
    return found


def _names_by_pattern(text: str) -> list[_Found]:
    """Names after a title ("Dona Maria", "Dr. Paulo Henrique") and runs of capitalised words
    that begin with a common first name."""
    found: list[_Found] = []
    for match in p.NAME_RUN.finditer(text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "@._"):
            continue
        words = match.group().split()
        first = words[0].casefold()
        if first in p.TITLES and len(words) > 1:  # "Dona Maria", "Enfermeira Ana Souza"
            name_start = start + match.group().index(words[1], len(words[0]))
            found.append(_Found(name_start, match.end(), "person", p.TITLES[first], "title before a name"))
            continue
        title = p.TITLE_BEFORE.search(text, max(0, start - p.TITLE_REACH), start)
        if title is not None:
            role = p.TITLES[title.group("title").casefold()]
            found.append(_Found(start, match.end(), "person", role, "title before a name"))
            continue
        span = _first_name_span(text, match)
        if span is not None:
            found.append(_Found(span[0], span[1], "person", "Person", "first name pattern"))
    return found


def _first_name_span(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The part of a run of capitalised words that is a person's name, if any: from its first
    common first name (not after "São", "Hospital"...) to the end of the run."""
    words = list(re.finditer(r"\S+", match.group()))
    for index, word in enumerate(words):
        folded = word.group().casefold()
        if folded not in p.FIRST_NAMES:
            continue
        if index and words[index - 1].group().casefold() in p.NOT_NAME_BEFORE:
            return None
        start = match.start() + word.start()
        alone = index == len(words) - 1
        if alone and folded in p.WORD_NAMES:
            preceding = text[max(0, start - 3) : start]
            if start == 0 or p.SENTENCE_END.search(preceding) or "\n" in preceding:
                return None
        return start, match.end()
    return None


def _known_names(project: Project, listed: Iterable[str], always: Iterable[str]) -> dict[str, str]:
    """Folded name → how it was found, for names the project or the researcher gives."""
    known: dict[str, str] = {}
    listed = list(listed)
    for name in listed + list(always):
        if name.strip():
            known.setdefault(fold(name.strip()), "name list" if name in listed else "always")
    for (speaker,) in project.rows("SELECT DISTINCT speaker FROM speaker_turns"):
        if _looks_like_name(speaker) and fold(speaker) not in p.ROLE_LABELS:
            known.setdefault(fold(speaker), "speaker label")
    for attribute, value in project.rows("SELECT DISTINCT name, value FROM document_attributes"):
        if p.NAME_ATTRIBUTE.search(attribute) and _looks_like_name(value):
            known.setdefault(fold(value), "attribute")
    # The first name of a full name found above is the same person mentioned shortly.
    for name, how in list(known.items()):
        parts = name.split()
        if len(parts) > 1 and parts[0] not in p.WORD_NAMES and parts[0] not in p.PARTICLES:
            known.setdefault(parts[0], how)
    return known


def _names_regex(known: dict[str, str]) -> re.Pattern[str] | None:
    """One alternation over every known name, longest first: accents optional, first letter a
    capital, so "rosa" the colour is not "Rosa" the person."""
    if not known:
        return None
    alternatives = []
    for name in sorted(known, key=len, reverse=True):
        alternatives.append(r"[ \t]+".join(_word_pattern(word) for word in name.split()))
    return re.compile(r"(?:" + "|".join(alternatives) + r")(?!\w)")  # the start is checked by the caller


def _word_pattern(folded_word: str) -> str:
    """A folded word matched with any accents and a capital first letter (particles as written)."""
    if folded_word in p.PARTICLES:
        return re.escape(folded_word)
    letters = []
    for index, char in enumerate(folded_word):
        variants = _ACCENTED.get(char, char)
        if index == 0:
            variants = variants.upper()
        letters.append(f"[{re.escape(variants)}]" if len(variants) > 1 else re.escape(variants))
    return "".join(letters)


_ACCENTED = {
    "a": "aáàâãä",
    "e": "eéèêë",
    "i": "iíìîï",
    "o": "oóòôõö",
    "u": "uúùûü",
    "c": "cç",
    "n": "nñ",
}


def _known_source(known: dict[str, str], text: str) -> tuple[str, str]:
    how = known.get(fold(" ".join(text.split())), "name list")
    return ("Participant" if how == "speaker label" else "Person"), how


def _looks_like_name(value: str) -> bool:
    value = value.strip()
    return (
        bool(value)
        and not any(char.isdigit() for char in value)
        and bool(re.fullmatch(rf"{p.NAME_WORD}(?:\s+(?:\w+\s+)?{p.NAME_WORD})*", value))
    )


def _role(category: str) -> str:
    return {"email": "E-mail", "phone": "Phone", "id": "ID", "handle": "Handle", "url": "URL"}.get(
        category, category.capitalize()
    )


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """Keep the most certain, then the longest, of overlapping candidates; in text order."""
    ranked = sorted(found, key=lambda f: (_PRIORITY.get(f.found_by, 5), f.start - f.end, f.start))
    starts: list[int] = []
    kept: list[_Found] = []
    for item in ranked:
        index = bisect.bisect_right(starts, item.start)
        if index and kept[index - 1].end > item.start:
            continue
        if index < len(kept) and kept[index].start < item.end:
            continue
        starts.insert(index, item.start)
        kept.insert(index, item)
    return kept


def _compile(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as error:
        raise PrivacyError(f"The pattern '{pattern}' is not a valid regular expression ({error}).") from error


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)
