from ingest.pipeline.language import detect_language


def test_indonesian_text_is_id():
    assert (
        detect_language("Pemerintah mengatakan bahwa kebijakan yang baru itu akan berlaku untuk semua.")
        == "id"
    )


def test_english_text_is_en():
    assert (
        detect_language("The government said that the new policy will apply to all of them from May.") == "en"
    )


def test_too_little_text_is_undetermined():
    assert detect_language("Jakarta") == "und"
