# ruff: noqa: E501
"""A labelled synthetic Portuguese corpus (written for these tests; every person, number and
address is invented). ``[[text|category]]`` marks what a detector must find; the marks are
removed to make the documents, and their spans become the gold standard."""

from __future__ import annotations

import re

LABELLED = {
    "Entrevista E01": """Entrevistadora: Bom dia. Pode se apresentar?
[[Maria Aparecida|person]]: Sou enfermeira há doze anos. Trabalho com a [[Dona Célia|person_titled]] na ala B.
Entrevistadora: E quem coordena a equipe?
[[Maria Aparecida|person]]: O [[Dr. Paulo Henrique|person_titled]] e a enfermeira-chefe [[Ana Luíza dos Santos|person]]. A [[Rosa|person]] ajuda também.
Entrevistadora: Como os pacientes falam com vocês?
[[Maria Aparecida|person]]: Pelo telefone [[(11) 98765-4321|phone]] ou pelo e-mail [[ouvidoria.hsp@exemplo.org.br|email]].
Ela usa um jaleco cor de rosa e a sala é clara. Clara foi a resposta da diretoria.
""",
    "Entrevista E02": """Entrevistador: O senhor conhece a ouvidoria do Hospital São Paulo?
[[João Batista|person]]: Conheço. O [[Seu Raimundo|person_titled]] reclamou lá, e a filha dele, [[Clara|person]], ligou para [[+55 21 3333-4444|phone]].
Entrevistador: Ele deixou algum documento?
[[João Batista|person]]: O CPF dele, [[123.456.789-09|id]], e o RG [[12.345.678-9|id]]. Em 2019-2020 foi assim.
[[João Batista|person]]: A [[Maria Aparecida|person]] sabe mais. O [[Paulo|person]] também, por [[paulo.h@exemplo.com|email]].
""",
    "Post 17": """Publicado por [[@ana_souza22|handle]] em [[https://rede.exemplo.com/p/881?x=1|url]]. Atendimento péssimo na emergência!
Liguei [[0800 777 1234|phone]] e ninguém atendeu. A [[Dra. Fernanda Lima|person_titled]] foi gentil, mas a espera foi de cinco horas.
Contato: [[+44 20 7946 0958|phone]]. Falei com a [[Vitória|person]] na recepção.
""",
}


def unlabel(labelled: str) -> tuple[str, list[tuple[int, int, str]]]:
    text_parts: list[str] = []
    gold: list[tuple[int, int, str]] = []
    position = 0
    cursor = 0
    for match in re.finditer(r"\[\[(.+?)\|(\w+)\]\]", labelled):
        before = labelled[cursor : match.start()]
        text_parts.append(before)
        position += len(before)
        piece, category = match.group(1), match.group(2)
        if category == "person_titled":  # the title stays; only the name is the candidate
            title, _name = piece.split(" ", 1)
            text_parts.append(piece)
            gold.append((position + len(title) + 1, position + len(piece), "person"))
        else:
            text_parts.append(piece)
            gold.append((position, position + len(piece), category))
        position += len(piece)
        cursor = match.end()
    text_parts.append(labelled[cursor:])
    return "".join(text_parts), gold
