# ruff: noqa: SIM905
"""The regular expressions and word lists detection uses, kept apart from the scanning logic.

Person names are recognised by a title before them ("Dona Maria", "Dr. Paulo Henrique"), or by
a common first name (Portuguese and English) followed or not by capitalised surnames with the
particles "da/de/do/das/dos/e". First names that are also ordinary words ("Rosa", "Clara",
"Luz") count alone only away from the start of a sentence or after a title.
"""

from __future__ import annotations

import re

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:['-][{UPPER}]?[{LOWER}]+)*"
PARTICLES = ("da", "de", "do", "das", "dos", "e", "van", "von", "del", "di")
_PARTICLE = "(?:" + "|".join(PARTICLES) + ")"
# A capitalised word followed by more capitalised words, particles allowed between them.
# (No lookbehind at the start, so the engine can skip ahead to capitals; the caller checks that
# the character before a run is not a letter, "@" or ".".)
NAME_RUN = re.compile(rf"{NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{NAME_WORD})*")

# Titles, and the role a title gives the person it names (the pseudonym's label).
TITLES: dict[str, str] = {
    "dona": "Person",
    "dna.": "Person",
    "seu": "Person",
    "sr.": "Person",
    "sra.": "Person",
    "srta.": "Person",
    "senhor": "Person",
    "senhora": "Person",
    "mr.": "Person",
    "mrs.": "Person",
    "ms.": "Person",
    "dr.": "Doctor",
    "dra.": "Doctor",
    "doutor": "Doctor",
    "doutora": "Doctor",
    "doctor": "Doctor",
    "enfermeira": "Nurse",
    "enfermeiro": "Nurse",
    "nurse": "Nurse",
    "técnica": "Nurse",
    "técnico": "Nurse",
    "paciente": "Patient",
    "patient": "Patient",
    "prof.": "Person",
    "profa.": "Person",
    "professor": "Person",
    "professora": "Person",
}
_TITLE_WORDS = "|".join(re.escape(title) for title in sorted(TITLES, key=len, reverse=True))
# A title just before a run of capitalised words (searched in the few characters before it).
TITLE_BEFORE = re.compile(rf"(?<![\w.])(?P<title>(?i:{_TITLE_WORDS}))[ \t]+$")
TITLE_REACH = max(len(title) for title in TITLES) + 3

FIRST_NAMES = frozenset(
    """
    ana maria josé joão antônio antonio francisco carlos paulo pedro lucas luiz luis marcos
    luiza luíza gabriel rafael daniel marcelo bruno eduardo felipe raimundo rodrigo manoel
    manuel nelson roberto fabio fábio leonardo gustavo fernando jorge sérgio sergio andré
    fernanda patrícia patricia aline sandra camila amanda bruna jéssica jessica letícia leticia
    júlia julia juliana márcia marcia beatriz larissa vanessa mariana gabriela adriana
    francisca antônia antonia adriana helena marta tereza teresa joana luana débora debora
    lúcia lucia regina cláudia claudia simone renata vera sônia sonia rita cristina conceição
    raquel tatiana priscila vitória vitoria glória gloria aurora graça rosa clara luz flor
    socorro dores esperança branca celeste pérola perola margarida violeta iris íris
    caio ricardo thiago tiago mateus matheus henrique vinícius vinicius diego igor otávio
    otavio sebastião sebastiao benedito geraldo joaquim miguel arthur artur heitor davi
    bernardo samuel enzo lorenzo alice laura valentina sophia sofia isabela isabella manuela
    cecília cecilia eloá eloa lívia livia giovanna yasmin natália natalia carolina elisa
    elaine rosângela rosangela rosana rosane edna ivone irene ivete neide zilda nair
    john mary james robert michael william david richard joseph thomas charles patricia
    jennifer linda elizabeth barbara susan sarah karen nancy lisa betty margaret emily
    """.split()
)
# First names that are also everyday words: alone, they count only where a word cannot be.
WORD_NAMES = frozenset(
    "rosa clara luz flor socorro dores esperança branca celeste pérola perola margarida violeta "
    "aurora glória gloria graça vitória vitoria iris íris rita vera regina paz".split()
)
# Capitalised words that start a run but are places or institutions, not people.
NOT_NAME_BEFORE = frozenset("são santa santo hospital rua avenida av. praça bairro vila unidade".split())

# Speaker labels that name a role, not a person.
ROLE_LABELS = frozenset(
    """
    interviewer interviewee entrevistador entrevistadora entrevistado entrevistada moderador
    moderadora moderator participant participante pesquisador pesquisadora researcher
    speaker falante i e p r q a b
    """.split()
)
# Attribute names whose values are people's names.
NAME_ATTRIBUTE = re.compile(
    r"\b(name|nome|participant|participante|interviewee|entrevistad[oa]|patient|paciente|"
    r"respondent|respondente|author|autor[a]?|sobrenome|surname)\b",
    re.IGNORECASE,
)

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w])")
URL = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)\]]")
HANDLE = re.compile(r"(?<![\w@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])")
CPF = re.compile(r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d])|(?<=CPF[:\s])\s*\d{11}(?!\d)")
RG = re.compile(r"(?<![\d.])\d{1,2}\.\d{3}\.\d{3}-[\dXx](?![\w])")
PHONE = re.compile(
    r"(?<![\w+(])(?:"
    # Brazilian with an area code (bracketed or not), +55 optional, 9 optional
    r"(?:\+55[\s.-]?)?(?:\(0?\d{2}\)[\s.-]?|0?\d{2}[\s.-])(?:9[\s.]?)?\d{4}[-.\s]?\d{4}"
    # without an area code the halves are joined by a hyphen (and are not two years)
    r"|(?!(?:19|20)\d{2}-(?:19|20)\d{2}(?!\d))(?:9[\s.]?)?\d{4}-\d{4}"
    # toll-free and service numbers
    r"|0[358]00[\s.-]?\d{3}[\s.-]?\d{4}"
    # international: +CC then groups of digits
    r"|\+(?!55)\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,4}"
    r")(?![\w])"
)
# Stretches of digits and separators long enough to hold a phone number or an id: the digit
# patterns run only inside these (a quick first pass over long texts).
DIGIT_CHUNK = re.compile(r"[+(]?\d[\d \t().-]{6,}")
SENTENCE_END = re.compile(r"(?:[.!?…:]\s*|^\s*|\n\s*)$")
