"""The command parsers answer every input with a request or a usage sentence, never an error."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.on_demand_summary import SummaryRequest, SummaryUsage, parse_summary_args


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], SummaryRequest()),
        (["5"], SummaryRequest(count=5)),
        (["20"], SummaryRequest(count=20)),
        (["www.kbs.co.kr/x"], SummaryRequest(url="https://www.kbs.co.kr/x")),
        (["http://[::1"], SummaryRequest(url="http://[::1")),  # the fetch policy answers this one
    ],
)
def test_the_three_forms_of_summary(args: list[str], expected: SummaryRequest) -> None:
    assert parse_summary_args(args) == expected


@pytest.mark.parametrize("args", [["0"], ["21"], ["²"], ["٣"], ["５"], ["1", "2"], ["hôm nay"], ["9" * 400]])
def test_everything_else_is_usage(args: list[str]) -> None:
    with pytest.raises(SummaryUsage):
        parse_summary_args(args)


@settings(max_examples=500)
@given(st.lists(st.text(max_size=80), max_size=4))
def test_any_arguments_give_a_request_or_usage(args: list[str]) -> None:
    try:
        request = parse_summary_args(args)
    except SummaryUsage:
        return
    assert request.url is not None or request.count is None or 1 <= request.count <= 20
