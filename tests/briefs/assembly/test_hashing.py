import hashlib

from briefs.assembly import assemble, canonical_json, snapshot_hash

from .builders import brief, claim, key_point, source


def test_canonical_json_sorts_keys_drops_whitespace_and_keeps_non_ascii():
    assert (
        canonical_json({"b": [1, {"d": None, "c": "–"}], "a": "Kémenlu"})
        == '{"a":"Kémenlu","b":[1,{"c":"–","d":null}]}'
    )


def test_snapshot_hash_is_the_sha256_of_the_canonical_json():
    snapshot = {"title": "Korea Utara", "n": 1}
    assert snapshot_hash(snapshot) == hashlib.sha256(canonical_json(snapshot).encode()).hexdigest()


def test_same_inputs_give_the_same_hash_and_a_change_gives_another():
    claims = [claim(10, 1), claim(11, 1)]
    first = assemble(brief(key_point(1, (10, 11))), claims, [source(1)])
    again = assemble(brief(key_point(1, (10, 11))), claims, [source(1)])
    changed = assemble(brief(key_point(1, (10,))), claims, [source(1)])

    assert snapshot_hash(first) == snapshot_hash(again)
    assert snapshot_hash(first) != snapshot_hash(changed)
