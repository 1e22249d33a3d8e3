"""A PDF's pages one at a time, in order, for the PDF importer.

pypdf's ``reader.pages`` first walks the whole page tree and builds every page's dictionary
(its entries copied, inherited ones added) before the first page can be read: for a 1 MB text,
about a megabyte of small objects, all alive at once beside the first pages' fonts and text.
The allocator keeps the memory they took resident after they are freed (Python's small-object
pools are not given back while any block in them lives), so that peak was still counted, as
resident memory, at the import's peak further on. Here the tree is walked the way pypdf walks
it (depth first, the same inheritance, the same refusals of a damaged tree), but each page is
built only when its turn comes, and nothing is kept of it once the caller moves on.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from pypdf import PageObject, PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, NullObject

# A page takes these from the nearest /Pages node above it that has them, unless it has its
# own (PDF 1.7, 7.7.3.4; pypdf's list).
INHERITABLE = tuple(NameObject(name) for name in ("/Resources", "/MediaBox", "/CropBox", "/Rotate"))

# pypdf's own limits (its Configuration's defaults): a tree deeper than this, or with more
# entries (a node's kids counted again each time the node is reached), is refused as damaged:
# a small file whose nodes list the same kid twice, level after level, names billions of pages.
MAX_DEPTH = 100
MAX_ENTRIES = 100_000


class _Node(NamedTuple):
    """A /Pages node being walked: what its kids inherit and the kids not reached yet."""

    key: Any  # its identity on the path from the root (cycles)
    inherit: dict[str, Any]
    kids: Iterator[Any]
    depth: int


def iter_pages(reader: PdfReader) -> Iterator[PageObject]:
    """Each page of ``reader`` in order, the same pages (same entries) ``reader.pages`` gives,
    built when it is reached. Raises ``PdfReadError`` for a tree pypdf also refuses (cyclic,
    too deep, too many entries, /Kids not an array, no /Pages dictionary)."""
    pages = reader.root_object.raw_get("/Pages") if "/Pages" in reader.root_object else NullObject()
    root = pages.get_object()
    if not isinstance(root, DictionaryObject):
        raise PdfReadError("Invalid object in /Pages")
    stack: list[_Node] = []
    on_path: set[Any] = set()
    entries = 0
    node: DictionaryObject | None = root
    reference = pages if isinstance(pages, IndirectObject) else None
    inherit: dict[str, Any] = {}
    depth = 0
    while node is not None:
        if depth > MAX_DEPTH:
            raise PdfReadError(f"Maximum page tree depth reached: {depth} > {MAX_DEPTH}.")
        kind = _node_type(node)
        if kind == "/Pages":
            key = _identity(node, reference)
            on_path.add(key)
            stack.append(_Node(key, _inherited(inherit, node), _kids(node), depth))
        elif kind == "/Page":
            yield _page(reader, node, reference, inherit)
        node = reference = None
        while stack and node is None:
            parent = stack[-1]
            for kid in parent.kids:
                child = kid.get_object()
                if not isinstance(child, DictionaryObject) or not child:
                    continue  # a damaged tree's stray entry, or an empty one: not a page
                child_reference = kid if isinstance(kid, IndirectObject) else None
                if _identity(child, child_reference) in on_path:
                    raise PdfReadError("Detected cyclic page references.")
                entries += 1
                if entries > MAX_ENTRIES:
                    raise PdfReadError(f"Maximum page tree entry limit reached: {entries} > {MAX_ENTRIES}.")
                node, reference = child, child_reference
                inherit, depth = parent.inherit, parent.depth + 1
                break
            else:
                on_path.discard(stack.pop().key)


def _node_type(node: DictionaryObject) -> str:
    """/Pages or /Page (or another type, skipped); without /Type, a node with /Kids is a
    /Pages node, as pypdf reads it."""
    if "/Type" in node:
        return str(node["/Type"])
    return "/Pages" if "/Kids" in node else "/Page"


def _identity(node: DictionaryObject, reference: IndirectObject | None) -> Any:
    """What makes a node the same node again: its object number, or (inline) the object."""
    if reference is not None:
        return (reference.idnum, reference.generation)
    return id(node)


def _inherited(inherit: dict[str, Any], node: DictionaryObject) -> dict[str, Any]:
    """What the kids of ``node`` inherit (a new dict: its siblings share the old one)."""
    inherit = dict(inherit)
    for attribute in INHERITABLE:
        if attribute in node:
            inherit[attribute] = node[attribute]
    return inherit


def _kids(node: DictionaryObject) -> Iterator[Any]:
    kids = node.get("/Kids", ArrayObject()).get_object()
    if isinstance(kids, NullObject):
        return iter(())
    if not isinstance(kids, ArrayObject):
        raise PdfReadError(f"Expected /Kids to be an array, got {type(kids).__name__}.")
    return iter(kids)


def _page(
    reader: PdfReader, node: DictionaryObject, reference: IndirectObject | None, inherit: dict[str, Any]
) -> PageObject:
    """The page as pypdf builds it: its own entries, then what it inherits and lacks."""
    page = PageObject(reader, reference)
    if reference is None:
        page.update(node)
    for attribute, value in inherit.items():
        if attribute not in page:
            page[attribute] = value
    return page
