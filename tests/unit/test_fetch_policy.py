"""The fetch policy: which URLs and addresses a page fetch may reach, decided before anything is sent."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.errors import NewsbotError, SourceError, UrlInvalid, UrlRefused
from bot.sources.addresses import is_global, parse_ip
from bot.sources.fetch_policy import FetchPolicy


class Resolver:
    """A DNS stand-in: fixed answers per name, and a log of every lookup (there is no DNS here)."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.lookups: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.lookups.append(host)
        if host not in self.answers:
            raise SourceError(f"host {host!r} does not resolve")
        return self.answers[host]


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
        "198.18.0.1", "240.0.0.1", "224.0.0.1", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1",
        "::ffff:10.0.0.1", "2002:7f00:1::", "2002:a00:1::", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "::7f00:1",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2",
    ],
)  # fmt: skip
def test_internal_addresses_in_every_disguise_are_not_global(address: str) -> None:
    parsed = parse_ip(address)
    assert parsed is not None and not is_global(parsed)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8", "2002:808:808::"])
def test_public_addresses_are_global(address: str) -> None:
    parsed = parse_ip(address)
    assert parsed is not None and is_global(parsed)


async def test_a_listed_name_is_pinned_to_the_address_that_was_checked() -> None:
    resolver = Resolver({"news.example": ["93.184.216.34"]})
    pinned = await FetchPolicy(["news.example"], resolver=resolver).pin("https://news.example/a?b=1")
    assert pinned.connect_url == "https://93.184.216.34/a?b=1"
    assert (pinned.host_header, pinned.sni, pinned.url) == (
        "news.example",
        "news.example",
        "https://news.example/a?b=1",
    )
    assert resolver.lookups == ["news.example"]


@pytest.mark.parametrize(
    "answers",
    [["10.0.0.7"], ["93.184.216.34", "127.0.0.1"], ["::ffff:169.254.169.254"], ["100.64.3.4"], ["2002:7f00:1::"]],
)
async def test_a_listed_name_that_resolves_inside_is_refused(answers: list[str]) -> None:
    policy = FetchPolicy(["news.example"], resolver=Resolver({"news.example": answers}))
    with pytest.raises(UrlRefused, match="internal"):
        await policy.pin("http://news.example/")


async def test_the_feeds_own_origin_may_be_private_but_only_that_origin() -> None:
    resolver = Resolver({"feeds.lan": ["10.0.0.5"]})
    policy = FetchPolicy([], resolver=resolver).trusting("http://feeds.lan:8080/rss")
    pinned = await policy.pin("http://feeds.lan:8080/story/1")
    assert (pinned.connect_url, pinned.host_header) == ("http://10.0.0.5:8080/story/1", "feeds.lan:8080")
    for other in ("http://feeds.lan/story/1", "https://feeds.lan:8080/x", "http://feeds.lan:8081/x"):
        with pytest.raises(UrlRefused, match="not allowed"):
            await policy.pin(other)
    assert resolver.lookups == ["feeds.lan"]  # refused URLs are never even resolved


@pytest.mark.parametrize(
    ("url", "error"),
    [
        ("ftp://news.example/a", UrlRefused),
        ("javascript:alert(1)", UrlRefused),
        ("http://user:pw@news.example/", UrlRefused),
        ("http://news.example:99999/", UrlInvalid),
        ("http://news.example:port/", UrlInvalid),
        ("http://[::1/", UrlInvalid),
        ("http://news.example/\x00", UrlInvalid),
        ("http://news.example/a b", UrlInvalid),
        ("http:///path", UrlInvalid),
        ("http://" + "a" * 5000 + ".example/", UrlInvalid),
        ("http://127.1/", UrlRefused),
        ("http://2130706433/", UrlRefused),
        ("http://0x7f000001/", UrlRefused),
        ("http://[::ffff:127.0.0.1]/", UrlRefused),
    ],
)
async def test_malformed_and_forbidden_urls_are_refused_before_any_lookup(url: str, error: type[Exception]) -> None:
    resolver = Resolver({"news.example": ["93.184.216.34"]})
    with pytest.raises(error):
        await FetchPolicy(["news.example"], resolver=resolver).pin(url)
    assert resolver.lookups == []


async def test_an_ip_literal_listed_verbatim_is_taken_as_listed() -> None:
    pinned = await FetchPolicy(["127.0.0.1"], resolver=Resolver({})).pin("http://127.0.0.1:8000/x")
    assert pinned.connect_url == "http://127.0.0.1:8000/x" and pinned.sni is None


async def test_an_idna_spelling_of_a_listed_host_is_that_host() -> None:
    resolver = Resolver({"world.kbs.co.kr": ["93.184.216.34"]})
    pinned = await FetchPolicy(["world.kbs.co.kr"], resolver=resolver).pin("https://ＷＯＲＬＤ.kbs.co.kr/")
    assert pinned.host_header == "world.kbs.co.kr"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
async def test_any_text_is_pinned_refused_or_unresolvable_never_an_unexpected_error(text: str) -> None:
    resolver = Resolver({"news.example": ["93.184.216.34"]})
    policy = FetchPolicy(["news.example", "127.0.0.1"], resolver=resolver)
    for url in (text, f"http://{text}", f"http://news.example/{text}", f"http://news.example:{text}/"):
        try:
            pinned = await policy.pin(url)
        except NewsbotError:
            continue
        assert pinned.connect_url.startswith(("http://93.184.216.34", "http://127.0.0.1"))
