from ingest.pipeline.errors import IngestError


def test_ingest_error_carries_code_and_readable_message():
    err = IngestError("too_large", "File is 3.1 MB; the limit is 2.0 MB")
    assert err.code == "too_large"
    assert str(err) == "File is 3.1 MB; the limit is 2.0 MB"
    assert "too_large" in repr(err)
