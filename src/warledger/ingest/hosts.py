"""Refuse to fetch from hosts on our own side of the network (server-side request forgery).

Feed URLs and, above all, item links come from third parties: a hostile or compromised
feed can point warledger at ``http://169.254.169.254/`` (a cloud's metadata service),
``http://127.0.0.1:5432/`` or a router on ``10.0.0.1``, and whatever answers would be
stored as a document. ``HostGuard`` is an httpx transport that resolves each request's
host and refuses it when any address is loopback, private, link-local, multicast,
reserved, unspecified or otherwise not globally routable. Because httpx sends every
redirect hop through the transport, a public page that redirects to such a host is
refused too. The guard wraps the real transport, so ``ingest --urls`` and ``watch``
(feeds, robots.txt, item pages) all pass through it.

A user who means to fetch from their own network (an intranet mirror, the tests' server
on 127.0.0.1) opts in with ``--allow-private-hosts`` or ``WARLEDGER_ALLOW_PRIVATE_HOSTS=1``.

Limit: the name is resolved here and again when httpx connects, so a name whose DNS
answer changes between the two (DNS rebinding) is not caught; a firewall rule on the
machine that runs the watcher is the complete defence.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

import httpx

Resolver = Callable[[str], list[str]]

ALLOW_HINT = "warledger does not fetch from private networks; pass --allow-private-hosts to allow"


class BlockedHost(httpx.TransportError):
    """A request's host resolves to an address warledger refuses to contact."""


def resolve_host(host: str) -> list[str]:
    """Every address ``host`` resolves to (an IP literal resolves to itself)."""
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return [str(info[4][0]) for info in infos]


def address_refusal(address: str) -> str | None:
    """Why ``address`` must not be contacted (``"loopback"``, ``"private"``, ...), or None."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind, flag in (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("unspecified", ip.is_unspecified),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
        ("not globally routable", not ip.is_global),
    ):
        if flag:
            return kind
    return None


def host_refusal(host: str, resolve: Resolver = resolve_host) -> str | None:
    """Why a request to ``host`` is refused, naming the address; None when it may go.

    A name that does not resolve is let through: the connection then fails on its own,
    with the network's error, and nothing is contacted.
    """
    try:
        addresses = resolve(host.strip("[]"))
    except (OSError, UnicodeError):
        return None
    for address in addresses:
        kind = address_refusal(address)
        if kind:
            shown = host if host == address else f"{host} ({address})"
            return f"host {shown} is a {kind} address"
    return None


class HostGuard(httpx.BaseTransport):
    """An httpx transport that checks each request's host before ``inner`` sends it."""

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        *,
        allow_private_hosts: bool = False,
        resolve: Resolver = resolve_host,
    ) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.allow_private_hosts = allow_private_hosts
        self.resolve = resolve

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.allow_private_hosts:
            refusal = host_refusal(request.url.host, self.resolve)
            if refusal:
                raise BlockedHost(f"refused: {refusal}; {ALLOW_HINT}", request=request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()
