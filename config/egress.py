"""The egress guard: every request to an address someone typed (webhooks today, fetched pages soon) goes
through here, so that typing an address never reaches inside our own network.

The rules, checked when the address is saved and again at every send:
- https only; plain http only where `EGRESS_ALLOW_HTTP` is on (tests on one machine; production refuses
  to start with it);
- no user name or password in the URL;
- the host is resolved and every answer (A and AAAA) must be a public unicast address: loopback, private,
  shared (CGNAT), link-local, site-local, multicast, reserved, unspecified and documentation ranges are
  refused, also when hidden inside IPv6 (IPv4-mapped, 6to4, Teredo, NAT64). `EGRESS_ALLOWED_NETWORKS`
  lets tests reach a receiver on 127.0.0.1; production refuses to start with it set.

`send` connects to the very addresses it checked (the host name is resolved once, so a DNS answer that
changes between the check and the connection cannot redirect it), keeps the name for the Host header and
for TLS (SNI and certificate verification), never follows a redirect (a 3xx is returned as the answer),
does not read the answer's body, and gives up after `timeout` seconds in all, however slowly the other
side dribbles bytes. Its failures are short fixed phrases, never text from the other side.

`fetch` is the GET for pages people ask us to import: the same connection, deadline and fixed phrases, but
it reads the body up to a byte limit and follows a few redirects, each new address checked like the first
(a redirect is just another address typed by someone else). Its policy (`EgressPolicy.for_pages`) may allow
plain http, since article pages are often served without TLS; it never allows private targets.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

#: What a log shown to people says about a refused target; the reason stays in the server log.
REFUSED = "target refused by the egress policy"

# 6to4 and NAT64 (RFC 6052) carry an IPv4 address that the translator will connect to.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


class EgressError(Exception):
    """A request that was not made or did not get an answer; str() is short and safe to show."""


class EgressRefused(EgressError):
    """The policy forbids this target. str() is the reason, for the person who typed the address."""


class EgressFailed(EgressError):
    """The target was allowed but did not answer: str() is a fixed phrase ("timed out", …)."""


@dataclass(frozen=True)
class EgressPolicy:
    allow_http: bool = False
    allowed_networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def from_settings(cls) -> EgressPolicy:
        return cls(
            allow_http=settings.EGRESS_ALLOW_HTTP,
            allowed_networks=parse_networks(settings.EGRESS_ALLOWED_NETWORKS),
        )

    @classmethod
    def for_pages(cls) -> EgressPolicy:
        """Fetching article pages: as for webhooks, plus plain http when INGEST_FETCH_ALLOW_HTTP is on
        (nothing secret is sent, and many news sites still answer on http)."""
        policy = cls.from_settings()
        return replace(policy, allow_http=policy.allow_http or settings.INGEST_FETCH_ALLOW_HTTP)


@dataclass(frozen=True)
class Target:
    """A checked URL: where to connect and what to ask for. `addresses` is empty until resolved."""

    scheme: str
    host: str  # ASCII (IDNA) host name or IP literal without brackets
    port: int
    path: str  # path and query, as sent in the request line
    addresses: tuple[str, ...] = ()


def parse_networks(values: Iterable[str]) -> tuple[IPNetwork, ...]:
    """CIDR strings to networks; ValueError names the first malformed one."""
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(value.strip(), strict=False))
        except ValueError:
            raise ValueError(f"{value!r} is not an IP network such as 127.0.0.0/8") from None
    return tuple(networks)


def check_url(url: str, *, policy: EgressPolicy) -> Target:
    """The URL's own rules (scheme, credentials, host, port); no DNS. EgressRefused says what is wrong."""
    if any(character.isspace() or ord(character) < 0x20 or ord(character) == 0x7F for character in url):
        raise EgressRefused("The address contains spaces or control characters.")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    allowed_schemes = ("https", "http") if policy.allow_http else ("https",)
    if scheme not in allowed_schemes:
        raise EgressRefused(
            "Use an http:// or https:// address." if policy.allow_http else "Use an https:// address."
        )
    if parts.username is not None or parts.password is not None:
        raise EgressRefused("Remove the user name and password from the address.")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
        host = (parts.hostname or "").rstrip(".")
        host = host.encode("idna").decode("ascii") if host else ""
    except (ValueError, UnicodeError):
        raise EgressRefused("The address has a malformed host name or port.") from None
    if not host:
        raise EgressRefused("The address has no host name.")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return Target(scheme=scheme, host=host, port=port, path=path)


def refusal_for_address(address: IPAddress, *, policy: EgressPolicy) -> str | None:
    """Why this address may not be reached, or None when it may."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if any(address in network for network in policy.allowed_networks):
        return None
    for candidate in (address, *_embedded_ipv4(address)):
        if not _is_public(candidate):
            return "The host resolves to an address that is not on the public internet."
    return None


def resolve(url: str, *, policy: EgressPolicy) -> Target:
    """Check the URL, resolve its host once and check every answer; the Target to connect to."""
    target = check_url(url, policy=policy)
    try:
        answers = _lookup(target.host, target.port)
    except (OSError, UnicodeError):
        raise EgressFailed("host name not resolved") from None
    addresses = []
    for answer in dict.fromkeys(answers):
        try:
            address = ipaddress.ip_address(answer)
        except ValueError:
            raise EgressRefused("The host resolves to an address that cannot be checked.") from None
        reason = refusal_for_address(address, policy=policy)
        if reason:
            raise EgressRefused(reason)
        addresses.append(str(address))
    if not addresses:
        raise EgressFailed("host name not resolved")
    return replace(target, addresses=tuple(addresses))


def send(
    *,
    method: str,
    url: str,
    body: bytes | None,
    headers: Mapping[str, str],
    timeout: float,
    policy: EgressPolicy,
    tls_context: ssl.SSLContext | None = None,
) -> int:
    """Make one request under the policy; the HTTP status of the answer (a 3xx is not followed).

    Raises EgressRefused before any connection when the policy forbids the target, EgressFailed when the
    target did not answer within `timeout` seconds in all."""
    target = resolve(url, policy=policy)
    connection = _connect(target, timeout=timeout, tls_context=tls_context)
    deadline = threading.Timer(timeout, connection.abort)
    deadline.daemon = True
    deadline.start()
    try:
        connection.request(method, target.path, body=body, headers=dict(headers))
        response = connection.getresponse()
        response.close()  # the body is not read: nothing from the other side is kept but the status
        if connection.aborted:  # a shut-down socket reads as the end of the headers: not an answer
            raise EgressFailed("timed out")
        return response.status
    except (OSError, http.client.HTTPException) as exc:
        raise EgressFailed("timed out" if connection.aborted else _describe(exc)) from None
    finally:
        deadline.cancel()
        connection.finish()


@dataclass(frozen=True)
class Fetched:
    """The final answer of `fetch`: the address it came from (after redirects), its status, its media type
    (lower case, no parameters; "" when absent) and charset, and the body (read only for a 2xx answer)."""

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes


def fetch(
    url: str,
    *,
    max_bytes: int,
    deadline: float,
    max_redirects: int,
    policy: EgressPolicy,
    headers: Mapping[str, str] | None = None,
    tls_context: ssl.SSLContext | None = None,
) -> Fetched:
    """GET `url` under the policy, following at most `max_redirects` redirects, each hop checked again.

    The whole exchange, redirects included, ends after `deadline` seconds. Raises EgressRefused when the
    policy forbids any address on the way, EgressFailed ("timed out", "too many redirects", "answer too
    large", …) when no usable answer came. A non-2xx answer other than a followed redirect is returned with
    an empty body; the caller decides what a status means."""
    ends_at = time.monotonic() + deadline
    for _hop in range(max_redirects + 1):
        remaining = ends_at - time.monotonic()
        if remaining <= 0:
            raise EgressFailed("timed out")
        answer, location = _get_once(
            url,
            max_bytes=max_bytes,
            timeout=remaining,
            policy=policy,
            headers=headers,
            tls_context=tls_context,
        )
        if location is None:
            return answer
        url = location
    raise EgressFailed("too many redirects")


def _get_once(
    url: str,
    *,
    max_bytes: int,
    timeout: float,
    policy: EgressPolicy,
    headers: Mapping[str, str] | None,
    tls_context: ssl.SSLContext | None,
) -> tuple[Fetched, str | None]:
    """One GET; the answer, and the absolute address to go on to when it is a redirect."""
    target = resolve(url, policy=policy)
    connection = _connect(target, timeout=timeout, tls_context=tls_context)
    deadline = threading.Timer(timeout, connection.abort)
    deadline.daemon = True
    deadline.start()
    try:
        # No Accept-Encoding: the body arrives as is, so the byte limit is the size of what we keep.
        connection.request("GET", target.path, headers={"Accept": _PAGE_TYPES, **(headers or {})})
        response = connection.getresponse()
        if connection.aborted:
            raise EgressFailed("timed out")
        location = response.getheader("Location") if response.status in _REDIRECTS else None
        media_type, charset = _media_type(response.getheader("Content-Type", ""))
        body = b""
        if 200 <= response.status < 300:
            declared = response.getheader("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise EgressFailed("answer too large")
            body = response.read(max_bytes + 1)
            if connection.aborted:
                raise EgressFailed("timed out")
            if len(body) > max_bytes:
                raise EgressFailed("answer too large")
        answer = Fetched(url=url, status=response.status, content_type=media_type, charset=charset, body=body)
        return answer, (urljoin(url, location) if location else None)
    except (OSError, http.client.HTTPException) as exc:
        raise EgressFailed("timed out" if connection.aborted else _describe(exc)) from None
    finally:
        deadline.cancel()
        connection.finish()


_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PAGE_TYPES = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8"


def _media_type(header: str) -> tuple[str, str | None]:
    media_type, _, parameters = header.partition(";")
    charset = None
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"').lower()[:40]
    return media_type.strip().lower(), charset


def _connect(
    target: Target, *, timeout: float, tls_context: ssl.SSLContext | None
) -> _CheckedHTTPConnection | _CheckedHTTPSConnection:
    if target.scheme == "https":
        return _CheckedHTTPSConnection(
            target, timeout=timeout, context=tls_context or ssl.create_default_context()
        )
    return _CheckedHTTPConnection(target, timeout=timeout)


def validate_public_url(value: str) -> None:
    """Model/form validator: the address must be one `send` may reach now (resolves the host)."""
    try:
        resolve(value, policy=EgressPolicy.from_settings())
    except EgressRefused as exc:
        raise ValidationError(str(exc), code="egress") from None
    except EgressFailed:
        raise ValidationError("The host name could not be resolved.", code="egress") from None


def _lookup(host: str, port: int) -> list[str]:
    """Every address the resolver gives for `host` (IP literals come back as themselves)."""
    answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [answer[4][0] for answer in answers]


def _is_public(address: IPAddress) -> bool:
    if (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    ):
        return False
    return not (isinstance(address, ipaddress.IPv6Address) and address.is_site_local)


def _embedded_ipv4(address: IPAddress) -> list[ipaddress.IPv4Address]:
    if not isinstance(address, ipaddress.IPv6Address):
        return []
    embedded = [address.sixtofour, *(address.teredo or ())]
    if address in _NAT64:
        embedded.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return [candidate for candidate in embedded if candidate is not None]


def _describe(exc: BaseException) -> str:
    # Fixed phrases only: the exception texts can carry what the other side sent.
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return "TLS certificate not valid for the host"
    if isinstance(exc, ssl.SSLError):
        return "TLS handshake failed"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ConnectionResetError | http.client.RemoteDisconnected):
        return "connection closed without an answer"
    if isinstance(exc, http.client.HTTPException):
        return "malformed answer"
    return "connection failed"


class _CheckedConnectionMixin:
    """Connects to the addresses `resolve` checked, in order, instead of resolving the name again, and
    can be aborted from the deadline timer's thread."""

    def _setup_checked(self, target: Target) -> None:
        self._addresses = target.addresses
        self._fileno: int | None = None
        self._lock = threading.Lock()
        self._finished = False
        self.aborted = False
        # http.client opens its socket through this attribute (set per instance in its __init__).
        self._create_connection = self._connect_checked

    def _connect_checked(self, address, timeout, source_address=None) -> socket.socket:
        last_error: OSError = OSError("no address to connect to")
        for ip in self._addresses:
            try:
                sock = socket.create_connection((ip, address[1]), timeout, source_address)
            except OSError as exc:
                last_error = exc
                continue
            with self._lock:
                if self.aborted:  # the deadline passed while connecting
                    sock.close()
                    raise TimeoutError("deadline passed")
                # The descriptor, not the socket object: TLS wraps it in a new object and detaches this one.
                self._fileno = sock.fileno()
            return sock
        raise last_error

    def abort(self) -> None:
        """Deadline: shut the socket down so that a read or write in progress (even a TLS handshake)
        returns at once. The connection's own thread then sees the failure and closes it."""
        with self._lock:
            if self._finished:
                return
            self.aborted = True
            if self._fileno is None:
                return
            handle = socket.socket(fileno=self._fileno)
            try:
                handle.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # not connected any more
            finally:
                handle.detach()  # the descriptor stays with its connection, which closes it

    def finish(self) -> None:
        """Close for good; from now on `abort` leaves the descriptor alone (its number may be reused)."""
        with self._lock:
            self._finished = True
        self.close()


class _CheckedHTTPConnection(_CheckedConnectionMixin, http.client.HTTPConnection):
    def __init__(self, target: Target, *, timeout: float):
        super().__init__(target.host, target.port, timeout=timeout)
        self._setup_checked(target)


class _CheckedHTTPSConnection(_CheckedConnectionMixin, http.client.HTTPSConnection):
    def __init__(self, target: Target, *, timeout: float, context: ssl.SSLContext):
        super().__init__(target.host, target.port, timeout=timeout, context=context)
        self._setup_checked(target)
