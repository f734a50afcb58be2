import socket

import pytest
from django.core.management import CommandError, call_command


def test_demo_says_so_when_its_port_is_busy():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(CommandError, match=f"port {port} on 127.0.0.1 is busy"):
            call_command("rundemo", "--preflight", "--port", str(port))


def test_demo_preflight_passes_on_a_free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    call_command("rundemo", "--preflight", "--port", str(port))
