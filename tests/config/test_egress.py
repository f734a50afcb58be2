"""The egress guard: what an address may be, which resolved addresses are refused, and how `send`
connects (to the address it checked), follows no redirect, keeps to its deadline and echoes nothing."""

from __future__ import annotations

import ipaddress
import shutil
import socket
import ssl
import subprocess
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from config import egress
from config.egress import EgressFailed, EgressPolicy, EgressRefused
from tests.api.receiver import Receiver
from tests.api.test_settings import settings_of
from tests.config.test_env import run_manage
from tests.ingest.page_server import Page, PageServer

PRODUCTION = EgressPolicy()
LOCAL_TESTS = EgressPolicy(
    allow_http=True, allowed_networks=egress.parse_networks(["127.0.0.0/8", "::1/128"])
)
PUBLIC_V4 = "93.184.216.34"
PUBLIC_V6 = "2606:2800:220:1:248:1893:25c8:1946"


@dataclass
class FakeDNS:
    """Answers for made-up names (anything else resolves as usual), and every lookup made."""

    answers: dict[str, list[str]] = field(default_factory=dict)
    lookups: list[str] = field(default_factory=list)


@pytest.fixture
def dns(monkeypatch) -> FakeDNS:
    fake = FakeDNS()
    real = egress._lookup

    def lookup(host: str, port: int) -> list[str]:
        fake.lookups.append(host)
        return fake.answers[host] if host in fake.answers else real(host, port)

    monkeypatch.setattr(egress, "_lookup", lookup)
    return fake


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.8.9.10",
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # shared address space (CGNAT)
        "0.0.0.0",  # noqa: S104 - an address the guard must refuse, not one we bind to
        "224.0.0.1",
        "255.255.255.255",
        "192.0.2.10",  # documentation
        "240.0.0.1",  # reserved
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "fd12:3456::1",
        "fec0::1",  # site-local
        "ff02::1",
        "::ffff:127.0.0.1",  # IPv4-mapped
        "::ffff:10.0.0.1",
        "::127.0.0.1",  # IPv4-compatible
        "2002:7f00:1::",  # 6to4 around 127.0.0.1
        "2002:a00:1::",  # 6to4 around 10.0.0.1
        "2001:0:4136:e378:8000:63bf:f5ff:fffe",  # Teredo around 10.0.0.1
        "64:ff9b::7f00:1",  # NAT64 around 127.0.0.1
        "2001:db8::1",
    ],
)
def test_addresses_that_are_not_public_are_refused(address):
    assert egress.refusal_for_address(ipaddress.ip_address(address), policy=PRODUCTION)


@pytest.mark.parametrize("address", [PUBLIC_V4, "8.8.8.8", PUBLIC_V6, "::ffff:93.184.216.34"])
def test_public_addresses_are_allowed(address):
    assert egress.refusal_for_address(ipaddress.ip_address(address), policy=PRODUCTION) is None


def test_allowed_networks_open_exactly_those_networks():
    assert egress.refusal_for_address(ipaddress.ip_address("127.0.0.1"), policy=LOCAL_TESTS) is None
    assert egress.refusal_for_address(ipaddress.ip_address("::ffff:127.0.0.1"), policy=LOCAL_TESTS) is None
    assert egress.refusal_for_address(ipaddress.ip_address("10.0.0.1"), policy=LOCAL_TESTS)
    assert egress.refusal_for_address(ipaddress.ip_address("169.254.169.254"), policy=LOCAL_TESTS)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://hooks.partner.example/", "Use an https:// address."),
        ("ftp://hooks.partner.example/", "Use an https:// address."),
        ("file:///etc/passwd", "Use an https:// address."),
        ("gopher://127.0.0.1:6379/_INFO", "Use an https:// address."),
        ("https://user:pass@hooks.partner.example/", "Remove the user name and password"),
        ("https://user@hooks.partner.example/", "Remove the user name and password"),
        ("https://hooks.partner.example\\@127.0.0.1/", "Remove the user name and password"),
        ("https://hooks.partner.example:99999/", "malformed host name or port"),
        ("https:///path-only", "no host name"),
        ("https://hooks.partner.example/a b", "spaces or control characters"),
        ("https://hooks.partner.example/\r\nX-Injected: 1", "spaces or control characters"),
    ],
)
def test_the_url_itself_must_be_https_without_credentials(url, message):
    with pytest.raises(EgressRefused, match=message):
        egress.check_url(url, policy=PRODUCTION)


def test_http_is_allowed_only_when_the_policy_says_so():
    assert egress.check_url("http://hooks.partner.example/x?y=1", policy=LOCAL_TESTS).path == "/x?y=1"
    with pytest.raises(EgressRefused, match=r"Use an http:// or https:// address\."):
        egress.check_url("ftp://hooks.partner.example/", policy=LOCAL_TESTS)


@pytest.mark.parametrize(
    "url",
    [
        "https://localhost/",
        "https://127.1/",  # inet_aton spellings resolve to loopback
        "https://2130706433/",
        "https://0x7f000001/",
        "https://[::1]/",
        "https://[::ffff:169.254.169.254]/",
    ],
)
def test_names_and_spellings_that_resolve_inside_are_refused(url):
    with pytest.raises(EgressRefused, match="not on the public internet"):
        egress.resolve(url, policy=PRODUCTION)


def test_every_answer_of_the_resolver_is_checked(dns):
    dns.answers["hooks.partner.example"] = [PUBLIC_V4, PUBLIC_V6]
    dns.answers["split.partner.example"] = [PUBLIC_V4, "10.1.2.3"]

    target = egress.resolve("https://hooks.partner.example:8443/in", policy=PRODUCTION)

    assert (target.host, target.port, target.path) == ("hooks.partner.example", 8443, "/in")
    assert target.addresses == (PUBLIC_V4, PUBLIC_V6)
    with pytest.raises(EgressRefused, match="not on the public internet"):
        egress.resolve("https://split.partner.example/", policy=PRODUCTION)


def test_a_name_that_does_not_resolve_is_a_failure_not_a_refusal():
    with pytest.raises(EgressFailed, match="host name not resolved"):
        egress.resolve("https://no-such-host.invalid/", policy=PRODUCTION)


def test_send_connects_to_the_address_it_checked_and_resolves_only_once(dns):
    """DNS rebinding: the name is looked up once and the connection goes to that checked answer (the
    made-up name does not resolve anywhere else), with the name kept in the Host header."""
    with Receiver(statuses=[204]) as receiver:
        port = receiver.server.server_address[1]
        dns.answers["hooks.partner.test"] = ["127.0.0.1"]
        status = egress.send(
            method="POST",
            url=f"http://hooks.partner.test:{port}/in",
            body=b"{}",
            headers={"Content-Type": "application/json"},
            timeout=5,
            policy=LOCAL_TESTS,
        )

    assert status == 204
    assert dns.lookups == ["hooks.partner.test"]
    assert receiver.received[0].headers["Host"] == f"hooks.partner.test:{port}"


def test_a_redirect_is_returned_as_the_answer_and_not_followed():
    with Receiver(statuses=[200]) as inside, _redirecting_to(inside.url) as outside:
        status = egress.send(
            method="POST", url=outside, body=b"{}", headers={}, timeout=5, policy=LOCAL_TESTS
        )

    assert status == 307
    assert inside.received == []


def test_a_receiver_that_dribbles_its_answer_is_cut_off_at_the_deadline():
    """Each byte arrives well within the socket timeout; only a deadline for the whole request ends it."""
    stop = threading.Event()
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]

        def dribble():
            client, _ = server.accept()
            with client:
                client.recv(65536)
                client.sendall(b"HTTP/1.1 200 OK\r\n")
                while not stop.wait(0.2):
                    try:
                        client.sendall(b"X-Slow: a\r\n")
                    except OSError:
                        return

        thread = threading.Thread(target=dribble, daemon=True)
        thread.start()
        try:
            with pytest.raises(EgressFailed, match="^timed out$"):
                egress.send(
                    method="POST",
                    url=f"http://127.0.0.1:{port}/",
                    body=b"{}",
                    headers={},
                    timeout=1,
                    policy=LOCAL_TESTS,
                )
            assert thread.is_alive(), "the receiver was still dribbling when the request gave up"
        finally:
            stop.set()
            thread.join(timeout=5)


def test_nothing_the_other_side_sends_appears_in_a_failure():
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]

        def banner():
            client, _ = server.accept()
            with client:
                client.recv(65536)
                client.sendall(b"SSH-2.0-OpenSSH_internal-build-host-7\r\n")

        thread = threading.Thread(target=banner, daemon=True)
        thread.start()
        with pytest.raises(EgressFailed) as failure:
            egress.send(
                method="POST",
                url=f"http://127.0.0.1:{port}/",
                body=b"{}",
                headers={},
                timeout=5,
                policy=LOCAL_TESTS,
            )
        thread.join(timeout=5)

    assert str(failure.value) == "malformed answer"


def test_a_closed_port_is_a_short_failure():
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
    with pytest.raises(EgressFailed, match="^connection refused$"):
        egress.send(
            method="POST",
            url=f"http://127.0.0.1:{port}/",
            body=b"",
            headers={},
            timeout=5,
            policy=LOCAL_TESTS,
        )


def test_a_refused_target_is_never_contacted():
    with Receiver(statuses=[200]) as receiver, pytest.raises(EgressRefused):
        egress.send(method="POST", url=receiver.url, body=b"{}", headers={}, timeout=5, policy=PRODUCTION)

    assert receiver.received == []


# --- TLS: the checked address, the name's certificate -----------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for hooks.partner.test (made with the openssl command)."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed")
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-days", "2", "-subj", "/CN=hooks.partner.test", "-addext", "subjectAltName=DNS:hooks.partner.test",
         "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")],
        check=True, capture_output=True,
    )  # fmt: skip
    return folder


@pytest.fixture
def tls_receiver(certificate):
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - the http.server API
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            seen.append(self.headers["Host"])
            self.send_response(202)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate / "cert.pem", certificate / "key.pem")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1], seen
    server.shutdown()
    server.server_close()


def test_https_goes_to_the_checked_address_and_verifies_the_certificate_of_the_name(
    dns, certificate, tls_receiver
):
    port, seen = tls_receiver
    trust = ssl.create_default_context(cafile=str(certificate / "cert.pem"))
    dns.answers["hooks.partner.test"] = ["127.0.0.1"]
    dns.answers["other.partner.test"] = ["127.0.0.1"]
    policy = EgressPolicy(allowed_networks=egress.parse_networks(["127.0.0.0/8"]))

    status = egress.send(
        method="POST",
        url=f"https://hooks.partner.test:{port}/in",
        body=b"{}",
        headers={},
        timeout=5,
        policy=policy,
        tls_context=trust,
    )
    with pytest.raises(EgressFailed, match="^TLS certificate not valid for the host$"):
        egress.send(
            method="POST",
            url=f"https://other.partner.test:{port}/in",
            body=b"{}",
            headers={},
            timeout=5,
            policy=policy,
            tls_context=trust,
        )

    assert status == 202 and seen == [f"hooks.partner.test:{port}"]


# --- Settings ----------------------------------------------------------------------------------------


def test_the_test_switches_are_off_by_default_and_production_refuses_to_start_with_them():
    defaults = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.EGRESS_ALLOW_HTTP, settings.EGRESS_ALLOWED_NETWORKS)",
        DJANGO_SETTINGS_MODULE="config.settings.base",
    )
    assert defaults.stdout.strip().splitlines()[-1] == "False []", defaults.stderr
    for variable, value in [("EGRESS_ALLOW_HTTP", "true"), ("EGRESS_ALLOWED_NETWORKS", "127.0.0.0/8")]:
        refused = settings_of("config.settings.production", **{variable: value})
        assert refused.returncode != 0 and "unset them in production" in refused.stderr, refused.stderr
    assert settings_of("config.settings.production").returncode == 0
    malformed = settings_of("config.settings.base", EGRESS_ALLOWED_NETWORKS="127.0.0.0/8,localhost")
    assert malformed.returncode != 0
    assert "EGRESS_ALLOWED_NETWORKS: 'localhost' is not an IP network" in malformed.stderr


class _Redirect(BaseHTTPRequestHandler):
    location = ""

    def do_POST(self):  # noqa: N802 - the http.server API
        self.send_response(307)
        self.send_header("Location", self.location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class _redirecting_to:  # noqa: N801 - used as a context manager like a function
    def __init__(self, location: str):
        self.handler = type("Handler", (_Redirect,), {"location": location})

    def __enter__(self) -> str:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self.handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.server.server_address[1]}/moved"

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


# --- fetch: the GET for pages to import -----------------------------------------------------------------


def _fetch(url: str, **overrides) -> egress.Fetched:
    options = {"max_bytes": 10_000, "deadline": 5.0, "max_redirects": 3, "policy": LOCAL_TESTS, **overrides}
    return egress.fetch(url, **options)


def test_fetch_follows_a_relative_redirect_and_reads_the_page():
    with PageServer(
        pages={
            "/short": Page(status=302, headers={"Location": "/news/story"}),
            "/news/story": Page(
                body=b"<html>story</html>", headers={"Content-Type": "text/html; charset=ISO-8859-1"}
            ),
        }
    ) as server:
        fetched = _fetch(server.url("/short"))

    assert (fetched.status, fetched.body) == (200, b"<html>story</html>")
    assert (fetched.content_type, fetched.charset) == ("text/html", "iso-8859-1")
    assert fetched.url == server.url("/news/story")


def test_fetch_gives_up_on_a_redirect_loop_after_the_allowed_hops():
    with (
        PageServer(
            pages={
                "/a": Page(status=301, headers={"Location": "/b"}),
                "/b": Page(status=301, headers={"Location": "/a"}),
            }
        ) as server,
        pytest.raises(EgressFailed, match="too many redirects"),
    ):
        _fetch(server.url("/a"), max_redirects=3)

    assert len(server.requested) == 4  # the first request and three redirects followed


def test_fetch_checks_every_redirect_and_never_connects_inside(dns):
    """The first address is allowed; the one it redirects to resolves to a private address and is refused
    before any connection is made to it."""
    dns.answers["intranet.partner.test"] = ["10.20.30.40"]
    with PageServer() as server:
        port = server.server.server_address[1]
        server.pages["/go"] = Page(
            status=307, headers={"Location": f"http://intranet.partner.test:{port}/admin"}
        )
        with pytest.raises(EgressRefused, match="not on the public internet"):
            _fetch(server.url("/go"))

    assert server.requested == ["/go"]
    assert dns.lookups == ["127.0.0.1", "intranet.partner.test"]  # both hops checked


def test_fetch_refuses_an_answer_larger_than_the_limit_whether_declared_or_not():
    with PageServer(
        pages={
            "/declared": Page(body=b"x" * 2_000),
            "/undeclared": Page(body=b"x" * 2_000, declare_length=False),
            "/fits": Page(body=b"x" * 1_000, declare_length=False),
        }
    ) as server:
        for path in ("/declared", "/undeclared"):
            with pytest.raises(EgressFailed, match="answer too large"):
                _fetch(server.url(path), max_bytes=1_000)
        assert len(_fetch(server.url("/fits"), max_bytes=1_000).body) == 1_000


def test_fetch_returns_an_error_status_without_reading_its_body():
    with PageServer(pages={"/gone": Page(status=410, body=b"secret detail")}) as server:
        fetched = _fetch(server.url("/gone"))

    assert (fetched.status, fetched.body) == (410, b"")


def test_fetch_keeps_one_deadline_for_the_whole_exchange():
    with PageServer(pages={"/slow": Page(hold=30, body=b"late")}) as server:
        started = time.monotonic()
        with pytest.raises(EgressFailed, match="timed out"):
            _fetch(server.url("/slow"), deadline=0.5)
        elapsed = time.monotonic() - started

    assert elapsed < 5  # the page would answer after 30 s


def test_pages_may_use_plain_http_where_webhooks_may_not(settings):
    settings.EGRESS_ALLOW_HTTP = False
    settings.INGEST_FETCH_ALLOW_HTTP = True
    assert EgressPolicy.for_pages().allow_http
    assert not EgressPolicy.from_settings().allow_http
    settings.INGEST_FETCH_ALLOW_HTTP = False
    with pytest.raises(EgressRefused, match=r"Use an https:// address\."):
        egress.check_url("http://news.example/story", policy=EgressPolicy.for_pages())
