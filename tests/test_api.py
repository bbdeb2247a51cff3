"""The JSON API: its OpenAPI schema, and property tests against it (schemathesis).

Schemathesis reads `/openapi.json`, generates requests from every path, parameter and
constraint it declares (and values outside them), and sends them to the app over ASGI. The
check is the issue's bar: whatever the input, no answer is a server error.
"""

from __future__ import annotations

import pytest
import schemathesis
import webfixtures as wf
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from claimledger.store.db import Store
from claimledger.store.ledger import rebuild
from claimledger.web.app import create_app


def filled_app(url: str):
    with Store(url) as store:
        wf.fill_store(store)
        rebuild(store)
    return create_app(url)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    return filled_app(f"sqlite:///{tmp_path_factory.mktemp('api') / 'ledger.db'}")


@pytest.fixture(scope="module")
def openapi(app):
    with TestClient(app) as client:
        r = client.get("/openapi.json")
    assert r.status_code == 200
    return r.json()


def test_every_page_and_twin_is_documented(openapi):
    paths = openapi["paths"]
    for page in ["/", "/statements", "/claims", "/timeline", "/speakers"]:
        assert page in paths, page
        twin = "/reports.json" if page == "/" else page + ".json"
        assert twin in paths, twin
    for one in ["/reports/{ref}", "/claims/{claim_id}", "/speakers/{speaker_id}"]:
        assert one in paths and one + ".json" in paths
    # The schema is the API's only documentation page: no /docs (it would load a CDN).
    assert openapi["info"]["title"] == "claimledger"


def test_parameters_are_declared_with_their_constraints(openapi):
    params = {p["name"]: p for p in openapi["paths"]["/claims.json"]["get"]["parameters"]}
    for name in [
        "search",
        "speaker",
        "actor",
        "place",
        "stance",
        "since",
        "until",
        "kind",
        "status",
        "contested",
    ]:
        assert name in params, name
    assert {"sort", "limit", "offset"} <= set(params)
    since = params["since"]["schema"]
    pattern = since.get("pattern") or next(s["pattern"] for s in since["anyOf"] if "pattern" in s)
    assert pattern.startswith("^")
    sort_values = {v for s in params["sort"]["schema"]["anyOf"] for v in s.get("enum", [])}
    assert {"widest", "earliest", "latest", "statements"} <= sort_values


def test_the_schema_itself_is_served_with_the_security_headers(app):
    with TestClient(app) as client:
        r = client.get("/openapi.json")
        assert r.headers["x-content-type-options"] == "nosniff"
        assert client.get("/docs").status_code == 404
        assert client.get("/redoc").status_code == 404


def test_no_input_makes_a_server_error(db_url):
    """Every operation, many generated requests each (valid and invalid), on each backend
    (PostgreSQL refuses some strings SQLite takes, such as NUL): never a 500."""
    api_schema = schemathesis.openapi.from_asgi("/openapi.json", filled_app(db_url))
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 17

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=40,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def no_server_error(case):
            response = case.call()
            case.validate_response(response, checks=[not_a_server_error])
            # Every answer is a page, a JSON document or the chart, never a traceback.
            assert response.status_code < 500, (case.operation.label, response.status_code)
            assert "Traceback" not in response.text

        no_server_error()
