"""The posts of a social-media export held as columns while their document is written.

An export of many short posts held as one object a post (its ids, its date, its text, the
object itself) took about 1.3 times the document's text, and, freed at the end, left the small
object allocator's pools partly used (held by the strings that live on, the turns' dates), about
one more copy resident at the import's peak (issue 14). Here the variable-length values of every
post live in one growing ``bytearray`` (UTF-8, ``surrogatepass`` so that any string read comes
back as it was) with the end of each value in an array of integers, and the platform, role and
author, repeated over thousands of posts, as numbers into a list of the names. A value is made a
string again only when it is used, and the whole table goes in a few large blocks that return to
the system when it is freed.
"""

from __future__ import annotations

from array import array

# The variable-length values of a post, in the order they are stored.
POST_ID, PARENT_ID, CREATED_AT, TEXT = range(4)
_VALUES = 4
_ORGANISATION = "hospital_page"


class PostTable:
    """Posts in the order the export gives them, numbered from 0."""

    __slots__ = (
        "_authors",
        "_data",
        "_ends",
        "_names",
        "_numbers",
        "_platforms",
        "_roles",
        "days",
        "organisation",
    )

    def __init__(self) -> None:
        self._data = bytearray()
        self._ends = array("q")  # where each value ends in _data, _VALUES a post
        self._platforms = array("l")
        self._roles = array("l")
        self._authors = array("l")
        self._names: list[str] = []  # each platform, role and author once
        self._numbers: dict[str, int] = {}
        self.organisation = 0  # posts whose role is the organisation's page
        self.days: list[str] = []  # the first and last day a post was written, once known

    def add(
        self, post_id: str, parent_id: str, created_at: str, role: str, author: str, platform: str, text: str
    ) -> None:
        """Add a post whose values are already cleaned (stripped, blanks collapsed)."""
        for value in (post_id, parent_id, created_at, text):
            self._data += value.encode("utf-8", "surrogatepass")
            self._ends.append(len(self._data))
        self._platforms.append(self._number(platform))
        self._roles.append(self._number(role))
        self._authors.append(self._number(author))
        if role == _ORGANISATION:
            self.organisation += 1
        day = created_at[:10]
        if day:
            if not self.days:
                self.days = [day, day]
            elif day < self.days[0]:
                self.days[0] = day
            elif day > self.days[1]:
                self.days[1] = day

    def _number(self, name: str) -> int:
        number = self._numbers.get(name)
        if number is None:
            number = self._numbers[name] = len(self._names)
            self._names.append(name)
        return number

    def __len__(self) -> int:
        return len(self._platforms)

    def value(self, post: int, which: int) -> str:
        """One of the post's variable-length values (``POST_ID``, ``PARENT_ID``, ``CREATED_AT``,
        ``TEXT``), made a string again."""
        index = post * _VALUES + which
        start = self._ends[index - 1] if index else 0
        return self._data[start : self._ends[index]].decode("utf-8", "surrogatepass")

    def post_id(self, post: int) -> str:
        return self.value(post, POST_ID)

    def created_at(self, post: int) -> str:
        return self.value(post, CREATED_AT)

    def platform(self, post: int) -> str:
        return self._names[self._platforms[post]]

    def role(self, post: int) -> str:
        return self._names[self._roles[post]]

    def author(self, post: int) -> str:
        return self._names[self._authors[post]]

    def platforms(self) -> list[str]:
        """The platforms the posts come from, sorted, each once."""
        return sorted({self._names[number] for number in set(self._platforms)})

    def clear(self) -> None:
        """Let every post go (the table can be filled again)."""
        self.__init__()  # type: ignore[misc]
