"""Which IP addresses the bot may connect to for a host it does not trust: globally routable ones only.

An address can hide another inside it (`::ffff:127.0.0.1`, 6to4 `2002:7f00:1::`, Teredo, NAT64), so the
embedded IPv4 address is checked too: a name that resolves to any of these forms of a private address is
as internal as the private address itself.
"""

from __future__ import annotations

import ipaddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
# Python's is_global already refuses these, but they are the ones attackers reach for; listed so the
# rule reads as intended even if a future Python changes its tables.
_NEVER = tuple(
    ipaddress.ip_network(n)
    for n in ("0.0.0.0/8", "100.64.0.0/10", "169.254.0.0/16", "192.0.0.0/24", "198.18.0.0/15", "240.0.0.0/4")
)


def parse_ip(text: str) -> IPAddress | None:
    """The address `text` spells (brackets and an IPv6 zone allowed), or None when it is a name."""
    try:
        return ipaddress.ip_address(text.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address carried inside an IPv6 one (mapped, compatible, 6to4, Teredo, NAT64), if any."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64 or address in _NAT64_LOCAL:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    packed = int(address)
    if packed >> 32 == 0 and packed > 1:  # deprecated IPv4-compatible form ::a.b.c.d
        return ipaddress.IPv4Address(packed)
    return None


def is_global(address: IPAddress) -> bool:
    """True when `address`, and any IPv4 address embedded in it, is globally routable."""
    inner = embedded_ipv4(address)
    if inner is not None and not is_global(inner):
        return False
    if isinstance(address, ipaddress.IPv4Address) and any(address in net for net in _NEVER):
        return False
    return address.is_global and not address.is_multicast
