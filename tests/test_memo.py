"""What the API's connections remember (here a count) holds only while the database stays as it was: an ingest
committed since is seen at the next request, on either engine."""

import json


def story(name: str) -> str:
    return json.dumps({"id": name, "text": f"The ferry {name} sailed at noon, said Captain Isaura Moreau."})


def test_a_remembered_count_follows_an_ingest_committed_since(ingest, client):
    ingest({"a.json": story("alpha")})
    params = {"q": "ferry", "count": "true"}
    assert client.get("/articles", params=params).json()["total"] == 1
    assert client.get("/articles", params=params).json()["total"] == 1  # asked again: remembered, unchanged
    ingest({"b.json": story("beta")})
    assert client.get("/articles", params=params).json()["total"] == 2
