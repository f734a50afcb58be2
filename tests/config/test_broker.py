"""The embedded broker never hands a worker a half-written message (kombu issue #1551)."""

import multiprocessing

from kombu import Connection, Exchange, Queue

from config.broker import AtomicFilesystemTransport
from config.celery import app

MESSAGES = 1500


def connection(folder) -> Connection:
    return Connection(
        transport=AtomicFilesystemTransport,
        transport_options={
            "data_folder_in": str(folder),
            "data_folder_out": str(folder),
            "control_folder": str(folder / "control"),
        },
    )


def produce(folder, count: int) -> None:
    with connection(folder) as conn:
        producer = conn.Producer(serializer="json")
        for number in range(count):
            producer.publish({"n": number, "pad": "x" * 2000}, routing_key="q", exchange=Exchange("ex"))


def test_the_embedded_default_uses_the_atomic_transport(settings):
    if settings.CELERY_BROKER_URL.startswith("filesystem"):
        assert isinstance(app.connection_for_write().transport, AtomicFilesystemTransport)


def test_consumers_racing_producers_read_every_message_whole(tmp_path):
    queue = Queue("q", Exchange("ex"), routing_key="q")
    with connection(tmp_path) as conn:
        queue(conn.default_channel).declare()
    producers = [multiprocessing.Process(target=produce, args=(tmp_path, MESSAGES)) for _ in range(2)]
    for process in producers:
        process.start()

    seen: list[int] = []
    with connection(tmp_path) as conn:
        simple = conn.SimpleQueue(queue)
        while len(seen) < 2 * MESSAGES:
            message = simple.get(timeout=20)  # a torn message would raise a decode error here
            seen.append(message.payload["n"])
            message.ack()
        simple.close()
    for process in producers:
        process.join(timeout=20)

    assert sorted(seen) == sorted(list(range(MESSAGES)) * 2)
    assert not list(tmp_path.glob(".*.partial"))
