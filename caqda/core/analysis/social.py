"""The social-media stage: which patients' and relatives' posts the hospital answered, how fast,
by platform, month and interaction type, and which threads nobody from the hospital answered.

Posts are read back from social-media documents (``kind = social_media``): each post is a
paragraph and a speaker turn whose label says author, role, platform and day, and whose turn
timestamp holds the post's full time (a document that came through REFI-QDA has only the day,
and its answer times are then whole days). Replies are indented with "↳", so a post's parent is
the nearest earlier post one level up.

A customer post (patient or relative) is *answered* when a post of the hospital's page is
among its replies (direct or deeper); the time to the first answer runs from the post to the
earliest such reply. A thread is *unanswered* when it starts with a customer post and the
hospital's page never writes in it. A post's interaction types are the "Interaction type"
codes coded on its text by the chosen coders.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from caqda.core.analysis.scope import Filters, Scope
from caqda.core.analysis.table import Table, Value
from caqda.core.importers.social import REPLY, ROLE_LABELS
from caqda.core.project import Project

CUSTOMER_ROLES = ("patient", "relative")
ORGANISATION_ROLES = ("hospital_page",)
INTERACTION_BRANCH = "interaction type"
_ROLES = {label: role for role, label in ROLE_LABELS.items()}
_LABEL = re.compile(r"((?:↳ )*)(.+?) \(([^\n]*?), ([^,\n]*), (\d{4}-\d{2}-\d{2})\): ")


@dataclass
class Post:
    document_id: int
    index: int  # position in the document
    parent: int | None  # index of the post it replies to
    thread: int  # index of the thread's first post
    depth: int
    author: str
    role: str  # patient, relative, employee, hospital_page, other (or the label as written)
    platform: str
    created_at: datetime
    precise: bool  # False when only the day is known
    start: int  # the post's line in the document
    end: int
    text: str
    types: list[str] = field(default_factory=list)
    first_answer_hours: float | None = None

    @property
    def answered(self) -> bool:
        return self.first_answer_hours is not None

    @property
    def month(self) -> str:
        return self.created_at.strftime("%Y-%m")


@dataclass
class SocialReport:
    posts: list[Post]
    summary: Table
    answer_times: Table  # overall, by platform, by month
    by_type: Table
    by_platform_month: Table
    unanswered: Table  # threads nobody from the hospital answered
    notes: list[str]

    @property
    def customer_posts(self) -> list[Post]:
        return [p for p in self.posts if p.role in CUSTOMER_ROLES]

    @property
    def answer_hours(self) -> list[float]:
        return [p.first_answer_hours for p in self.customer_posts if p.first_answer_hours is not None]

    def tables(self) -> list[Table]:
        return [self.summary, self.answer_times, self.by_type, self.by_platform_month, self.unanswered]

    def as_dict(self) -> dict[str, object]:
        return {
            "tables": [table.as_dict() for table in self.tables()],
            "answer_hours": self.answer_hours,
            "notes": self.notes,
        }


def read_posts(scope: Scope) -> list[Post]:
    """Every post of the social-media documents in scope, with threads and answer times."""
    posts: list[Post] = []
    for info in scope.documents.values():
        if info.kind != "social_media":
            continue
        text = scope.text(info.id)
        stack: list[Post] = []
        for start, end, _speaker, stamp in scope.turns(info.id):
            line_start = text.rfind("\n", 0, start) + 1
            match = _LABEL.match(text, line_start)
            if match is None:
                continue
            depth = len(match[1]) // len(REPLY)
            when, precise = _time(stamp, match[5])
            while stack and stack[-1].depth >= depth:
                stack.pop()
            parent = stack[-1] if stack else None
            post = Post(
                info.id,
                len(posts),
                parent.index if parent else None,
                parent.thread if parent else len(posts),
                depth,
                match[2],
                _ROLES.get(match[3], match[3]),
                match[4],
                when,
                precise,
                line_start,
                end,
                text[match.end() : end],
            )
            posts.append(post)
            stack.append(post)
    _answer_times(posts)
    return posts


def _time(stamp: str | None, day: str) -> tuple[datetime, bool]:
    if stamp:
        try:
            return datetime.fromisoformat(stamp), True
        except ValueError:
            pass
    return datetime.fromisoformat(day), False


def _answer_times(posts: list[Post]) -> None:
    children: dict[int, list[Post]] = defaultdict(list)
    for post in posts:
        if post.parent is not None:
            children[post.parent].append(post)

    def answers(post: Post) -> list[Post]:
        found = []
        for child in children.get(post.index, []):
            if child.role in ORGANISATION_ROLES:
                found.append(child)
            found.extend(answers(child))
        return found

    for post in posts:
        if post.role in CUSTOMER_ROLES:
            replies = answers(post)
            if replies:
                first = min(reply.created_at for reply in replies)
                post.first_answer_hours = round(_hours(first, post.created_at), 4)


def _hours(later: datetime, earlier: datetime) -> float:
    if (later.tzinfo is None) != (earlier.tzinfo is None):
        later, earlier = later.replace(tzinfo=None), earlier.replace(tzinfo=None)
    return (later - earlier).total_seconds() / 3600


def _types(scope: Scope, posts: list[Post]) -> list[str]:
    """Give each post the interaction-type codes coded on its words; returns the types in
    codebook order."""
    branch = [c for c in scope.tree.top_level() if c.name.casefold() == INTERACTION_BRANCH]
    if not branch:
        return []
    codes = {code_id: scope.tree.codes[code_id].name for code_id in scope.tree.subtree(branch[0].id)}
    codes.pop(branch[0].id, None)
    by_document: dict[int, list[Post]] = defaultdict(list)
    for post in posts:
        by_document[post.document_id].append(post)
    for _, document_id, code_id, _, start, end in scope.codings(list(codes)):
        for post in by_document.get(document_id, []):
            if post.start < end and start < post.end and codes[code_id] not in post.types:
                post.types.append(codes[code_id])
    order = list(codes.values())
    for post in posts:
        post.types.sort(key=order.index)
    return order


def quartiles(values: list[float]) -> tuple[float, float, float]:
    """First quartile, median and third quartile (linear interpolation, as R's type 7)."""
    if len(values) == 1:
        return values[0], values[0], values[0]
    first, median, third = statistics.quantiles(values, n=4, method="inclusive")
    return first, median, third


def social_report(project: Project, filters: Filters | None = None) -> SocialReport:
    scope = Scope(project, filters)
    if any(info.kind == "social_media" for info in scope.documents.values()):
        scope.only_kind("social_media").preload_turns()
    posts = read_posts(scope)
    type_order = _types(scope, posts)
    customers = [p for p in posts if p.role in CUSTOMER_ROLES]
    answered = [p for p in customers if p.answered]
    notes = scope.filters.describe()
    if any(not p.precise for p in posts):
        notes.append("some posts carry only their day: their answer times are whole days")
    notes.append("customer posts: patients' and relatives'; answers: posts of the hospital's page")

    summary = Table("social_summary", "Customer posts answered by the hospital", ["measure"], ["value"])
    threads = {p.thread for p in posts}
    unanswered_threads = _unanswered_threads(posts)
    for label, value in (
        ("posts", len(posts)),
        ("threads", len(threads)),
        ("customer posts", len(customers)),
        ("answered", len(answered)),
        ("answered %", round(100 * len(answered) / len(customers), 2) if customers else None),
        ("threads started by a customer, unanswered", len(unanswered_threads)),
    ):
        summary.add([label], [value], [()], None)

    answer_times = Table(
        "answer_times",
        "Time to the hospital's first answer (hours)",
        ["group", "value"],
        ["answered", "first quartile", "median", "third quartile"],
    )
    groups: list[tuple[str, str, list[Post]]] = [("all", "all", answered)]
    for platform in sorted({p.platform for p in customers}):
        groups.append(("platform", platform, [p for p in answered if p.platform == platform]))
    for month in sorted({p.month for p in customers}):
        groups.append(("month", month, [p for p in answered if p.month == month]))
    for group, value, members in groups:
        hours = [p.first_answer_hours for p in members if p.first_answer_hours is not None]
        figures: list[Value] = [round(v, 2) for v in quartiles(hours)] if hours else [None, None, None]
        answer_times.add([group, value], [len(hours), *figures], [()] * 4, None)

    by_type = Table(
        "answers_by_type",
        "Answers by interaction type",
        ["interaction type"],
        ["customer posts", "answered", "answered %", "median hours"],
    )
    for name in [*type_order, "(not coded)"]:
        members = [p for p in customers if (name in p.types if name != "(not coded)" else not p.types)]
        if not members:
            continue
        hours = [p.first_answer_hours for p in members if p.first_answer_hours is not None]
        by_type.add(
            [name],
            [
                len(members),
                len(hours),
                round(100 * len(hours) / len(members), 2),
                round(statistics.median(hours), 2) if hours else None,
            ],
            [()] * 4,
            None,
        )

    months = sorted({p.month for p in posts})
    by_platform_month = Table(
        "interactions_by_platform_month",
        "Customer posts by platform and month",
        ["platform"],
        [*months, "total"],
    )
    for platform in sorted({p.platform for p in posts}):
        counts = [sum(1 for p in customers if p.platform == platform and p.month == m) for m in months]
        by_platform_month.add([platform], [*counts, sum(counts)], [()] * (len(months) + 1), None)

    unanswered = Table(
        "unanswered_threads",
        "Threads the hospital left unanswered",
        ["document", "platform", "date", "author", "role"],
        ["interaction type", "posts", "start", "text"],
    )
    names = {info.id: info.name for info in scope.documents.values()}
    for first, size in unanswered_threads:
        unanswered.add(
            [
                names[first.document_id],
                first.platform,
                first.created_at.date().isoformat(),
                first.author,
                first.role,
            ],
            [", ".join(first.types), size, first.start, first.text],
            [()] * 4,
            None,
        )
        unanswered.row_locations.append((first.document_id, first.start, first.end))
    return SocialReport(posts, summary, answer_times, by_type, by_platform_month, unanswered, notes)


def _unanswered_threads(posts: list[Post]) -> list[tuple[Post, int]]:
    """``(first post, number of posts)`` of the threads a customer started and the hospital's
    page never wrote in, in the order they appear."""
    members: dict[int, list[Post]] = defaultdict(list)
    for post in posts:
        members[post.thread].append(post)
    found = []
    for thread, group in members.items():
        first = posts[thread]
        if first.role in CUSTOMER_ROLES and not any(p.role in ORGANISATION_ROLES for p in group):
            found.append((first, len(group)))
    return found
