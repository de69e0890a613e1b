"""The local Cognito stand-in: ID tokens it issues verify; forged, expired or foreign ones do not."""

import base64
import json
import time

import jwt
import pytest

from infra.local import auth
from infra.local import token as token_cli
from infra.local.auth import InvalidToken, LocalCognito, bearer_token
from infra.local.events import event_claims


@pytest.fixture()
def pool(tmp_path):
    return LocalCognito(tmp_path / "jwt")


def _tamper_payload(token: str, **changes) -> str:
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    forged = base64.urlsafe_b64encode(json.dumps(claims | changes).encode()).rstrip(b"=").decode()
    return f"{header}.{forged}.{signature}"


def test_an_issued_token_verifies_with_cognito_id_token_claims(pool):
    # Given a token for alice in two groups
    token = pool.issue_token("alice", email="alice@example.com", groups=["admin", "reviewers"])
    # When it is verified
    claims = pool.verify(token)
    # Then it carries what a Cognito ID token carries
    assert claims["sub"] == "alice" and claims["cognito:username"] == "alice"
    assert claims["email"] == "alice@example.com" and claims["email_verified"] is True
    assert claims["cognito:groups"] == ["admin", "reviewers"]
    assert claims["token_use"] == "id"
    assert claims["aud"] == auth.CLIENT_ID and claims["iss"] == auth.ISSUER
    assert claims["exp"] - claims["iat"] == 12 * 3600
    assert abs(claims["auth_time"] - time.time()) < 60
    assert jwt.get_unverified_header(token)["alg"] == "RS256"


def test_groups_are_left_out_when_there_are_none(pool):
    assert "cognito:groups" not in pool.verify(pool.issue_token("bob"))


def test_the_key_is_made_once_and_reused(tmp_path, pool):
    key_file = tmp_path / "jwt" / "private_key.pem"
    assert key_file.exists() and key_file.stat().st_mode & 0o077 == 0
    before = key_file.read_bytes()
    # A second process (make token while make dev runs) uses the same key
    assert LocalCognito(tmp_path / "jwt").verify(pool.issue_token("alice"))["sub"] == "alice"
    assert key_file.read_bytes() == before


def test_a_tampered_payload_is_rejected(pool):
    token = _tamper_payload(pool.issue_token("alice"), sub="mallory")
    with pytest.raises(InvalidToken, match="[Ss]ignature"):
        pool.verify(token)


def test_a_tampered_signature_is_rejected(pool):
    header, payload, signature = pool.issue_token("alice").split(".")
    flipped = ("A" if signature[10] != "A" else "B").join((signature[:10], signature[11:]))
    with pytest.raises(InvalidToken):
        pool.verify(f"{header}.{payload}.{flipped}")


def test_an_expired_token_is_rejected(pool):
    with pytest.raises(InvalidToken, match="expired"):
        pool.verify(pool.issue_token("alice", ttl_seconds=-60))


def test_a_token_for_another_client_is_rejected(tmp_path, pool):
    other_client = LocalCognito(tmp_path / "jwt", client_id="someone-else")
    with pytest.raises(InvalidToken, match="[Aa]udience"):
        pool.verify(other_client.issue_token("alice"))


def test_a_token_from_another_issuer_is_rejected(tmp_path, pool):
    other_issuer = LocalCognito(tmp_path / "jwt", issuer="https://cognito-idp.elsewhere/pool")
    with pytest.raises(InvalidToken, match="[Ii]ssuer"):
        pool.verify(other_issuer.issue_token("alice"))


def test_a_token_signed_by_another_key_is_rejected(tmp_path, pool):
    with pytest.raises(InvalidToken):
        pool.verify(LocalCognito(tmp_path / "other-key").issue_token("alice"))


def test_an_access_token_is_not_an_id_token(tmp_path, pool):
    # Given a correctly signed token for this pool and client whose token_use is "access"
    private_key = (tmp_path / "jwt" / "private_key.pem").read_bytes()
    now = int(time.time())
    claims = {"sub": "alice", "aud": auth.CLIENT_ID, "iss": auth.ISSUER, "iat": now, "exp": now + 60}
    access = jwt.encode(claims | {"token_use": "access"}, private_key, algorithm="RS256")
    # Then it is refused
    with pytest.raises(InvalidToken, match="ID token"):
        pool.verify(access)


def test_unsigned_and_malformed_tokens_are_rejected(pool):
    unsigned = jwt.encode({"sub": "alice", "aud": auth.CLIENT_ID, "iss": auth.ISSUER}, None, algorithm="none")
    for token in (unsigned, "not-a-jwt", ""):
        with pytest.raises(InvalidToken):
            pool.verify(token)


@pytest.mark.parametrize(
    ("header", "token"),
    [("Bearer abc.def.ghi", "abc.def.ghi"), ("bearer  abc", "abc"), ("abc.def.ghi", "abc.def.ghi")],
)
def test_bearer_token_takes_the_token_with_or_without_the_prefix(header, token):
    assert bearer_token(header) == token


@pytest.mark.parametrize("header", [None, "", "Bearer ", "   "])
def test_bearer_token_refuses_an_empty_header(header):
    with pytest.raises(InvalidToken):
        bearer_token(header)


def test_claims_reach_the_event_as_api_gateway_renders_them(pool):
    claims = pool.verify(pool.issue_token("alice", email="a@example.com", groups=["admin", "reviewers"]))
    rendered = event_claims(claims)
    assert all(isinstance(value, str) for value in rendered.values())
    assert rendered["cognito:groups"] == "admin,reviewers"
    assert rendered["email_verified"] == "true"
    # Java's Date.toString(), e.g. "Thu Nov 27 08:00:00 UTC 2025"
    expected = time.strftime("%a %b %d %H:%M:%S UTC %Y", time.gmtime(claims["exp"]))
    assert rendered["exp"] == expected


def test_the_default_pool_keeps_its_key_where_local_jwt_dir_says(tmp_path, monkeypatch):
    monkeypatch.setenv(auth.KEY_DIR_ENV, str(tmp_path / "keys"))
    auth.default_pool.cache_clear()
    try:
        token = auth.issue_token("carol")
        assert (tmp_path / "keys" / "private_key.pem").exists()
        assert auth.verify(token)["sub"] == "carol"
    finally:
        auth.default_pool.cache_clear()


def test_the_token_command_prints_a_token_for_the_user(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(auth.KEY_DIR_ENV, str(tmp_path / "keys"))
    auth.default_pool.cache_clear()
    try:
        token_cli.main(["alice", "--group", "admin", "--group", "reviewers"])
        printed = capsys.readouterr().out.strip()
        claims = auth.verify(printed)
    finally:
        auth.default_pool.cache_clear()
    assert "\n" not in printed  # so that TOKEN=$(make token) works
    assert claims["sub"] == "alice" and claims["email"] == "alice@example.com"
    assert claims["cognito:groups"] == ["admin", "reviewers"]
