"""TLS through the guard: the checked IP is connected to, the hostname still verified.

The guarded backend connects to the address it checked rather than letting
the socket layer resolve the name again; these tests show TLS still gets the
hostname (SNI and certificate check), so pinning the IP costs no security.
A self-signed certificate for feeds.test is made with the openssl CLI.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from pathlib import Path

import pytest
from poll_servers import RSS, CountingServer, send

from worker.fetch import build_client, fetch_url


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    if shutil.which("openssl") is None:
        pytest.skip("the openssl CLI is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                    "-out", str(cert), "-days", "2", "-subj", "/CN=feeds.test",
                    "-addext", "subjectAltName=DNS:feeds.test"],
                   check=True, capture_output=True)
    return cert, key


@pytest.fixture
def tls_server(certificate):  # type: ignore[no-untyped-def]
    cert, key = certificate
    server = CountingServer("127.0.0.2", {"/f": lambda h: send(h, 200, RSS)}, None)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def names(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The "DNS": both names point at the TLS server; only feeds.test is on the certificate.
    real = socket.getaddrinfo

    def resolve(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        return real("127.0.0.2" if host in ("feeds.test", "other.test") else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)


def _client(certificate):  # type: ignore[no-untyped-def]
    return build_client(allow_networks=["127.0.0.2/32"],
                        ssl_context=ssl.create_default_context(cafile=str(certificate[0])))


def test_tls_by_name_through_the_pinned_address(tls_server, certificate, names) -> None:
    port = tls_server.server_address[1]
    with _client(certificate) as client:
        result = fetch_url(client, f"https://feeds.test:{port}/f")
    assert result.ok and result.body == RSS and tls_server.hits == ["/f"]


def test_hostname_is_still_verified(tls_server, certificate, names) -> None:
    port = tls_server.server_address[1]
    with _client(certificate) as client:
        result = fetch_url(client, f"https://other.test:{port}/f")
    assert result.error is not None and "CERTIFICATE_VERIFY_FAILED" in result.error
    assert "other.test" in result.error or "match" in result.error
    assert tls_server.hits == []


def test_default_trust_store_refuses_the_self_signed_server(tls_server, names) -> None:
    port = tls_server.server_address[1]
    with build_client(allow_networks=["127.0.0.2/32"]) as client:
        result = fetch_url(client, f"https://feeds.test:{port}/f")
    assert result.error is not None and "CERTIFICATE_VERIFY_FAILED" in result.error


def test_tls_target_is_guarded_like_any_other(tls_server, certificate, names) -> None:
    port = tls_server.server_address[1]
    with build_client(ssl_context=ssl.create_default_context(cafile=str(certificate[0]))) as client:
        result = fetch_url(client, f"https://feeds.test:{port}/f")
    assert result.error == "blocked address 127.0.0.2 (loopback)"
    assert tls_server.connections == 0
