"""The host guard: which addresses are refused, and that redirects to them are refused too."""

from __future__ import annotations

import httpx
import pytest

from warledger.ingest.hosts import BlockedHost, HostGuard, address_refusal, host_refusal

PUBLIC = "93.184.216.34"


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.20.30.40", "private"),
        ("192.168.1.1", "private"),
        ("172.16.0.9", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.251", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "not globally routable"),
        ("::ffff:127.0.0.1", "loopback"),
        (PUBLIC, None),
        ("2606:4700::1111", None),
    ],
)
def test_address_kinds(address: str, kind: str | None) -> None:
    assert address_refusal(address) == kind


def test_a_name_is_judged_by_every_address_it_resolves_to() -> None:
    names = {"mixed.invented.org": [PUBLIC, "10.0.0.5"], "plain.invented.org": [PUBLIC]}
    assert host_refusal("mixed.invented.org", names.__getitem__) == (
        "host mixed.invented.org (10.0.0.5) is a private address"
    )
    assert host_refusal("plain.invented.org", names.__getitem__) is None
    assert host_refusal("127.0.0.1") == "host 127.0.0.1 is a loopback address"
    assert host_refusal("[::1]") == "host [::1] (::1) is a loopback address"


def _client(allow: bool) -> tuple[httpx.Client, list[str]]:
    reached: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        reached.append(str(request.url))
        if request.url.path == "/bounce":
            return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/"})
        return httpx.Response(200, text="ok")

    def resolve(host: str) -> list[str]:
        return [PUBLIC] if host == "news.invented.org" else [host]

    guard = HostGuard(httpx.MockTransport(answer), allow_private_hosts=allow, resolve=resolve)
    return httpx.Client(transport=guard, follow_redirects=True), reached


def test_redirect_to_a_private_host_is_refused_before_it_is_sent() -> None:
    client, reached = _client(allow=False)
    with client:
        assert client.get("http://news.invented.org/page").text == "ok"
        with pytest.raises(BlockedHost, match=r"169\.254\.169\.254 is a link-local address"):
            client.get("http://news.invented.org/bounce")
        with pytest.raises(BlockedHost, match="--allow-private-hosts"):
            client.get("http://10.1.2.3/admin")
    assert reached == ["http://news.invented.org/page", "http://news.invented.org/bounce"]


def test_the_opt_in_lets_private_hosts_through() -> None:
    client, reached = _client(allow=True)
    with client:
        assert client.get("http://news.invented.org/bounce").text == "ok"
        assert client.get("http://10.1.2.3/admin").text == "ok"
    assert reached[-2:] == ["http://169.254.169.254/latest/", "http://10.1.2.3/admin"]
