"""Which IP addresses a fetch may connect to.

The check runs on resolved socket addresses (see guard.py), never on URL
strings. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64,
6to4, Teredo) are unwrapped and the IPv4 inside is judged too, because a bare
`is_private`/`is_global` answers wrongly for them on Python 3.11.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

_V4 = ipaddress.IPv4Network
_V6 = ipaddress.IPv6Network

# Checked in order; the first match names the reason. Specific before general.
_BLOCKED: tuple[tuple[IPNetwork, str], ...] = (
    (_V4("169.254.169.254/32"), "cloud metadata"),
    (_V6("fd00:ec2::254/128"), "cloud metadata"),
    (_V4("0.0.0.0/8"), "unspecified"),
    (_V4("127.0.0.0/8"), "loopback"),
    (_V4("10.0.0.0/8"), "private"),
    (_V4("172.16.0.0/12"), "private"),
    (_V4("192.168.0.0/16"), "private"),
    (_V4("100.64.0.0/10"), "CGNAT"),
    (_V4("169.254.0.0/16"), "link-local"),
    (_V4("192.0.0.0/24"), "reserved"),
    (_V4("192.0.2.0/24"), "reserved"),
    (_V4("198.18.0.0/15"), "reserved"),
    (_V4("198.51.100.0/24"), "reserved"),
    (_V4("203.0.113.0/24"), "reserved"),
    (_V4("224.0.0.0/4"), "multicast"),
    (_V4("240.0.0.0/4"), "reserved"),
    (_V6("::/128"), "unspecified"),
    (_V6("::1/128"), "loopback"),
    (_V6("64:ff9b:1::/48"), "NAT64 local-use"),  # RFC 8215: treat all of it as local
    (_V6("100::/64"), "reserved"),
    (_V6("2001:db8::/32"), "reserved"),
    (_V6("fc00::/7"), "private"),
    (_V6("fe80::/10"), "link-local"),
    (_V6("fec0::/10"), "private"),
    (_V6("ff00::/8"), "multicast"),
)


def embedded_ipv4(ip: IPAddress) -> tuple[str, ipaddress.IPv4Address] | None:
    """The IPv4 address an IPv6 address wraps, with the name of the wrapping."""
    if isinstance(ip, ipaddress.IPv4Address):
        return None
    if ip.ipv4_mapped is not None:
        return "IPv4-mapped", ip.ipv4_mapped
    packed = ip.packed
    if ip in _V6("64:ff9b::/96"):
        return "NAT64", ipaddress.IPv4Address(packed[12:])
    if ip.sixtofour is not None:
        return "6to4", ip.sixtofour
    if ip.teredo is not None:
        return "Teredo", ip.teredo[1]  # the client address, the one a peer reaches
    if packed[:12] == bytes(12) and int(ip) > 1:
        return "IPv4-compatible", ipaddress.IPv4Address(packed[12:])
    return None


def classify(ip: IPAddress) -> str | None:
    """Why this address is not public (e.g. "loopback"), or None when it is."""
    wrapped = embedded_ipv4(ip)
    if wrapped is not None:
        kind, inner = wrapped
        reason = classify(inner)
        return f"{kind} {inner} is {reason}" if reason else None
    for network, reason in _BLOCKED:
        if ip.version == network.version and ip in network:
            return reason
    # A catch-all for ranges the table misses (future IANA special-purpose blocks).
    if ip.is_reserved or ip.is_multicast or ip.is_link_local or not ip.is_global:
        return "reserved"
    return None


def host_literal(host: str) -> IPAddress | None:
    """The IP a host string denotes without DNS, spelled any way the OS accepts.

    `127.1`, `0x7f.0.0.1`, `2130706433` and `017700000001` are not IP
    addresses to `ipaddress`, but inet_aton (what getaddrinfo uses for
    numeric hosts) reads them all as 127.0.0.1.
    """
    host = host.strip().strip("[]")
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if host and all(c in "0123456789abcdefABCDEFxX." for c in host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Config `fetch.allow_private_networks` and `fetch.allow_networks`, compiled."""

    allow_private_networks: bool = False
    allow_networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def from_config(cls, allow_private_networks: bool = False,
                    allow_networks: Iterable[str] = ()) -> AddressPolicy:
        nets = tuple(ipaddress.ip_network(str(n).strip(), strict=False) for n in allow_networks)
        return cls(allow_private_networks, nets)

    def refusal(self, ip: IPAddress) -> str | None:
        """The error for connecting to `ip`, or None when the policy admits it."""
        reason = classify(ip)
        if reason is None or self.allow_private_networks:
            return None
        wrapped = embedded_ipv4(ip)
        candidates = (ip,) if wrapped is None else (ip, wrapped[1])
        if any(c.version == n.version and c in n for c in candidates for n in self.allow_networks):
            return None
        return f"blocked address {ip} ({reason})"
