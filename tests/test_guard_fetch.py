"""The SSRF guard against real loopback servers: the test server is the target.

With the address check on, every fetch here must end in a non-retryable
FetchResult error and the server must see no TCP connection at all. The
control cases flip one setting and show the same server is reachable, so the
refusals are not vacuous.
"""

from __future__ import annotations

import socket

import pytest
from poll_servers import RSS, redirect, send, serve

from worker.fetch import build_client, fetch_url


def _rss(handler) -> None:  # type: ignore[no-untyped-def]
    send(handler, 200, RSS)


def _blocked(url: str, **policy: object) -> str:
    with build_client(**policy) as client:  # type: ignore[arg-type]
        result = fetch_url(client, url)
    assert result.error is not None and not result.retryable, result
    assert result.status == 0 and result.body is None
    return result.error


@pytest.fixture
def target():
    with serve({"/feed": _rss}) as server:
        yield server


def _port(server) -> int:  # type: ignore[no-untyped-def]
    return server.server_address[1]


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "127.1", "0x7f.0.0.1", "2130706433",
                                  "017700000001", "0177.0.0.1", "0.0.0.0", "[::ffff:127.0.0.1]",
                                  "[::ffff:7f00:1]"])
def test_loopback_in_any_spelling_is_refused_and_never_reached(target, host: str) -> None:
    error = _blocked(f"http://{host}:{_port(target)}/feed")
    if error.startswith("invalid URL"):
        assert host == "0177.0.0.1"  # httpx itself rejects this dotted-octal spelling
    else:
        assert error.startswith("blocked address ")
        assert "loopback" in error or "unspecified" in error
    assert target.connections == 0 and target.hits == []


@pytest.mark.parametrize("host", ["localhost", "127.1", "0x7f.0.0.1", "2130706433", "017700000001",
                                  "0.0.0.0", "[::ffff:127.0.0.1]"])
def test_control_the_same_spellings_do_reach_the_server_when_allowed(target, host: str) -> None:
    # Proves the refusals above are not vacuous: each spelling really routes to it.
    with build_client(allow_private_networks=True) as client:
        result = fetch_url(client, f"http://{host}:{_port(target)}/feed")
    assert result.ok and target.hits == ["/feed"]


def test_refusal_message_is_readable(target) -> None:
    assert _blocked(target.url("/feed")) == "blocked address 127.0.0.1 (loopback)"


@pytest.mark.parametrize(("host", "reason"), [
    ("169.254.169.254", "cloud metadata"), ("10.0.0.1", "private"), ("100.64.0.1", "CGNAT"),
    ("224.0.0.1", "multicast"), ("[fd00:ec2::254]", "cloud metadata"),
    ("[64:ff9b::7f00:1]", "NAT64 127.0.0.1 is loopback"), ("[fe80::1]", "link-local"),
    ("240.0.0.1", "reserved"), ("255.255.255.255", "reserved"), ("[ff02::1]", "multicast"),
    ("192.168.1.1", "private"), ("172.16.0.1", "private"), ("[fd00::1]", "private"),
])
def test_other_private_targets_are_refused_before_connecting(target, host: str,
                                                              reason: str) -> None:
    error = _blocked(f"http://{host}:{_port(target)}/feed")
    assert error.endswith(f"({reason})")
    assert target.connections == 0


def test_ipv6_loopback_server_is_not_reached() -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6 on this host")
    try:
        ctx = serve({"/feed": _rss}, host="::1")
        server = ctx.__enter__()
    except OSError as exc:
        pytest.skip(f"cannot bind ::1: {exc}")
    try:
        assert _blocked(server.url("/feed")) == "blocked address ::1 (loopback)"
        # [::] reaches a local listener on Linux, like 0.0.0.0 does for IPv4.
        port = server.server_address[1]
        assert _blocked(f"http://[::]:{port}/feed") == "blocked address :: (unspecified)"
        assert server.connections == 0
    finally:
        ctx.__exit__(None, None, None)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "file:/etc/passwd", "file:etc/passwd",
                                 "ftp://127.0.0.1/x", "gopher://127.0.0.1:70/", "feed://x.org/",
                                 "dict://127.0.0.1:11211/"])
def test_non_http_schemes_are_refused(url: str) -> None:
    assert "refused" in _blocked(url, allow_private_networks=True)


def test_dns_rebinding_is_checked_at_connect(target, monkeypatch) -> None:
    # The "DNS" answers a public address first and loopback afterwards; the
    # address connected to is the one checked, whatever an earlier lookup said.
    answers = iter(["93.184.215.14", "127.0.0.1", "127.0.0.1", "127.0.0.1"])
    real = socket.getaddrinfo

    def rebinding(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host == "rebind.test":
            return real(next(answers), port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    assert socket.getaddrinfo("rebind.test", 80)[0][4][0] == "93.184.215.14"  # the "check"
    error = _blocked(f"http://rebind.test:{_port(target)}/feed")
    assert error == "blocked address 127.0.0.1 (loopback)"
    assert target.connections == 0


def test_controls_same_server_reachable_when_allowed(target) -> None:
    for policy in ({"allow_private_networks": True}, {"allow_networks": ["127.0.0.1/32"]}):
        with build_client(**policy) as client:  # type: ignore[arg-type]
            result = fetch_url(client, target.url("/feed"))
        assert result.ok and result.body == RSS
    assert target.hits == ["/feed", "/feed"]


def test_allow_networks_admits_only_what_it_names(target) -> None:
    assert _blocked(target.url("/feed"), allow_networks=["127.0.0.2/32"]).endswith("(loopback)")
    assert target.connections == 0


def test_redirect_from_allowed_host_to_blocked_host_is_refused(target) -> None:
    # 127.0.0.2 is admitted by allow_networks and redirects to 127.0.0.1, which is not.
    with serve({"/hop": redirect(target.url("/feed"))}, host="127.0.0.2") as hop:
        error = _blocked(hop.url("/hop"), allow_networks=["127.0.0.2/32"])
        assert hop.hits == ["/hop"]
    assert error == "blocked address 127.0.0.1 (loopback)"
    assert target.connections == 0 and target.hits == []


@pytest.mark.parametrize("location", ["http://127.1:{port}/feed", "http://[::ffff:127.0.0.1]:{port}/feed",
                                      "http://localhost:{port}/feed", "file:///etc/passwd",
                                      "gopher://127.0.0.2:{port}/"])
def test_every_redirect_hop_is_rechecked(target, location: str) -> None:
    loc = location.format(port=_port(target))
    with serve({"/hop": redirect(loc, 301)}, host="127.0.0.2") as hop:
        error = _blocked(hop.url("/hop"), allow_networks=["127.0.0.2/32"])
        assert hop.hits == ["/hop"]
    assert "blocked address" in error or "refused" in error
    assert target.connections == 0


def test_hop_cap_stops_redirect_chains() -> None:
    with serve(host="127.0.0.2") as hop:
        hop.default = redirect(hop.url("/again"), 307)
        error = _blocked(hop.url("/start"), allow_networks=["127.0.0.2/32"], max_redirects=3)
        assert error == "too many redirects (cap 3)"
        assert len(hop.hits) == 4  # the first request and three hops


def test_redirects_within_the_cap_are_followed(target) -> None:
    routes = {"/a": redirect(target.url("/feed"), 308)}
    with serve(routes, host="127.0.0.2") as hop, \
            build_client(allow_networks=["127.0.0.0/30"]) as client:
        result = fetch_url(client, hop.url("/a"))
    assert result.ok and result.final_url == target.url("/feed")


def test_proxy_environment_cannot_route_around_the_guard(target, monkeypatch) -> None:
    # trust_env is off: with a proxy in the environment the request still goes
    # straight to the (allowed) target, and the "proxy" never hears of it.
    monkeypatch.setenv("HTTP_PROXY", target.url("/"))
    monkeypatch.setenv("ALL_PROXY", target.url("/"))
    with serve({"/feed": _rss}, host="127.0.0.2") as direct, \
            build_client(allow_networks=["127.0.0.2/32"]) as client:
        result = fetch_url(client, direct.url("/feed"))
        assert result.ok and direct.hits == ["/feed"]
    assert target.connections == 0
