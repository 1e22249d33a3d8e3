"""The second process (``helper_process``): what it reports when its work fails, and that
closing ends it and leaves no temporary file. That it renders a report's later half exactly
as one process would is tested with the report (test_segment_spool.py)."""

from __future__ import annotations

import glob
import os
import tempfile

import pytest

from caqda.core.helper_process import HelperFailed, HelperProcess


def _leftovers() -> set[str]:
    return set(glob.glob(os.path.join(tempfile.gettempdir(), "caqda-helper-*")))


def test_a_failure_in_the_second_process_is_raised_in_the_first_without_its_data() -> None:
    before = _leftovers()
    helper = HelperProcess.start("caqda.core.helper_process")
    try:
        helper.send({"private": "a patient's words"})
        helper.run("caqda.core.helper_process", "no_such_function")
        with pytest.raises(HelperFailed) as raised:
            helper.finish()
        assert str(raised.value).startswith("caqda's second process failed: AttributeError at ")
        assert "patient" not in str(raised.value)
        # What was sent can be read back, for the caller to do the work itself.
        assert list(helper.sent()) == [{"private": "a patient's words"}]
    finally:
        helper.close()
    assert _leftovers() == before


def test_closing_ends_a_process_still_at_work_and_deletes_its_files() -> None:
    before = _leftovers()
    helper = HelperProcess.start("caqda.core.helper_process")
    helper.send(list(range(1000)))
    assert len(_leftovers() - before) == 1  # the input
    process = helper._process
    assert process.is_alive()
    helper.close()
    assert not process.is_alive()
    assert _leftovers() == before
