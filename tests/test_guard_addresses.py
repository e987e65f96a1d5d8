"""The address classifier and policy, as a table (checklist rows 1.2-1.4)."""

from __future__ import annotations

import ipaddress

import pytest

from worker.fetch.addresses import AddressPolicy, classify, host_literal

BLOCKED = [
    ("127.0.0.1", "loopback"),
    ("127.255.255.254", "loopback"),
    ("10.0.0.1", "private"),
    ("172.16.0.1", "private"),
    ("192.168.1.1", "private"),
    ("100.64.0.1", "CGNAT"),
    ("169.254.169.254", "cloud metadata"),
    ("169.254.1.1", "link-local"),
    ("0.0.0.0", "unspecified"),
    ("224.0.0.1", "multicast"),
    ("240.0.0.1", "reserved"),
    ("255.255.255.255", "reserved"),
    ("198.18.0.1", "reserved"),
    ("::", "unspecified"),
    ("::1", "loopback"),
    ("fd00::1", "private"),
    ("fd00:ec2::254", "cloud metadata"),
    ("fe80::1", "link-local"),
    ("ff02::1", "multicast"),
    ("::ffff:127.0.0.1", "IPv4-mapped 127.0.0.1 is loopback"),
    ("::ffff:169.254.169.254", "IPv4-mapped 169.254.169.254 is cloud metadata"),
    ("::ffff:100.64.0.1", "IPv4-mapped 100.64.0.1 is CGNAT"),
    ("::127.0.0.1", "IPv4-compatible 127.0.0.1 is loopback"),
    ("64:ff9b::7f00:1", "NAT64 127.0.0.1 is loopback"),
    ("64:ff9b::a9fe:a9fe", "NAT64 169.254.169.254 is cloud metadata"),
    ("64:ff9b:1::1", "NAT64 local-use"),
    ("2002:7f00:1::", "6to4 127.0.0.1 is loopback"),
    ("2001:0:4136:e378:8000:63bf:80ff:fffe", "Teredo 127.0.0.1 is loopback"),
    ("2001:db8::1", "reserved"),
]

PUBLIC = ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8",
          "64:ff9b::808:808", "2002:808:808::1"]


@pytest.mark.parametrize(("address", "reason"), BLOCKED)
def test_blocked_addresses_name_their_reason(address: str, reason: str) -> None:
    assert classify(ipaddress.ip_address(address)) == reason


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address: str) -> None:
    assert classify(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize("spelling", ["127.1", "0x7f.0.0.1", "2130706433", "017700000001",
                                      "0177.0.0.1", "0x7f000001", "127.0.1", "[::1]"])
def test_odd_spellings_normalise_as_inet_aton_does(spelling: str) -> None:
    ip = host_literal(spelling)
    assert ip is not None and classify(ip) == "loopback"


@pytest.mark.parametrize("host", ["example.org", "localhost", "deadbeef.example", "cafe"])
def test_hostnames_are_not_literals(host: str) -> None:
    # "cafe" is hex digits only, but inet_aton refuses it: it is a name for DNS.
    assert host_literal(host) is None


def test_policy_allow_networks_admits_only_the_named_network() -> None:
    policy = AddressPolicy.from_config(False, ["127.0.0.2/32", "10.1.0.0/16"])
    assert policy.refusal(ipaddress.ip_address("127.0.0.2")) is None
    assert policy.refusal(ipaddress.ip_address("10.1.2.3")) is None
    refusal = policy.refusal(ipaddress.ip_address("127.0.0.1"))
    assert refusal == "blocked address 127.0.0.1 (loopback)"
    assert policy.refusal(ipaddress.ip_address("10.2.0.1")) is not None
    assert policy.refusal(ipaddress.ip_address("169.254.169.254")) is not None


def test_policy_allow_private_networks_lifts_the_check() -> None:
    policy = AddressPolicy.from_config(True)
    assert policy.refusal(ipaddress.ip_address("127.0.0.1")) is None
    assert policy.refusal(ipaddress.ip_address("::ffff:10.0.0.1")) is None


def test_default_policy_blocks_and_passes_public() -> None:
    policy = AddressPolicy()
    assert policy.refusal(ipaddress.ip_address("8.8.8.8")) is None
    assert policy.refusal(ipaddress.ip_address("::1")) == "blocked address ::1 (loopback)"
