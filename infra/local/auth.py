"""The local Cognito stand-in: issues RS256 ID tokens and verifies them as the API's authorizer does."""

import os
import tempfile
import time
import uuid
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

REPO_ROOT = Path(__file__).resolve().parents[2]
KEY_DIR_ENV = "LOCAL_JWT_DIR"
DEFAULT_KEY_DIR = REPO_ROOT / ".local" / "jwt"
ISSUER = "https://cognito-idp.local.amazonaws.com/local_InterviewPool"
CLIENT_ID = "local-interview-client"
TWELVE_HOURS = 12 * 3600
_PRIVATE_KEY_FILE = "private_key.pem"
_REQUIRED_CLAIMS = ["sub", "iss", "aud", "exp", "iat", "token_use"]


class InvalidToken(Exception):
    """The token is missing, malformed, forged, expired or not an ID token for this client."""


class LocalCognito:
    """One user pool and app client, keyed by a private key kept in `key_dir`."""

    def __init__(self, key_dir: Path | str, *, issuer: str = ISSUER, client_id: str = CLIENT_ID):
        self.key_dir = Path(key_dir)
        self.issuer = issuer
        self.client_id = client_id
        self._private_key = _load_or_create_key(self.key_dir)
        self._kid = _key_id(self._private_key.public_key())

    def issue_token(
        self,
        sub: str,
        *,
        email: str | None = None,
        groups: Iterable[str] = (),
        ttl_seconds: int = TWELVE_HOURS,
    ) -> str:
        """A signed ID token with the claims Cognito puts in one."""
        now = int(time.time())
        claims: dict[str, Any] = {
            "sub": sub,
            "cognito:username": sub,
            "token_use": "id",
            "aud": self.client_id,
            "iss": self.issuer,
            "auth_time": now,
            "iat": now,
            "exp": now + ttl_seconds,
            "jti": str(uuid.uuid4()),
            "event_id": str(uuid.uuid4()),
        }
        if email:
            claims |= {"email": email, "email_verified": True}
        if groups := list(groups):
            claims["cognito:groups"] = groups
        return jwt.encode(claims, self._private_key, algorithm="RS256", headers={"kid": self._kid})

    def verify(self, token: str) -> dict[str, Any]:
        """The token's claims if it is a valid, unexpired ID token from this pool for this client."""
        try:
            claims = jwt.decode(
                token,
                self._private_key.public_key(),
                algorithms=["RS256"],
                audience=self.client_id,
                issuer=self.issuer,
                options={"require": _REQUIRED_CLAIMS},
            )
        except jwt.PyJWTError as error:
            raise InvalidToken(str(error)) from error
        if claims.get("token_use") != "id":
            raise InvalidToken("Not an ID token.")
        return claims


@lru_cache(maxsize=1)
def default_pool() -> LocalCognito:
    """The pool whose keys live in $LOCAL_JWT_DIR, or .local/jwt/ at the repository root."""
    return LocalCognito(os.environ.get(KEY_DIR_ENV) or DEFAULT_KEY_DIR)


def issue_token(
    sub: str, *, email: str | None = None, groups: Iterable[str] = (), ttl_seconds: int = TWELVE_HOURS
) -> str:
    return default_pool().issue_token(sub, email=email, groups=groups, ttl_seconds=ttl_seconds)


def verify(token: str) -> dict[str, Any]:
    return default_pool().verify(token)


def bearer_token(authorization: str | None) -> str:
    """The token of an Authorization header; like API Gateway, the "Bearer " prefix is optional."""
    scheme, _, rest = (authorization or "").strip().partition(" ")
    value = rest.strip() if scheme.lower() == "bearer" else scheme
    if not value:
        raise InvalidToken("No token in the Authorization header.")
    return value


def _load_or_create_key(key_dir: Path) -> rsa.RSAPrivateKey:
    path = key_dir / _PRIVATE_KEY_FILE
    if not path.exists():
        _create_key(path)
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise InvalidToken(f"{path} does not hold an RSA private key.")
    return key


def _create_key(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".key-")
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(pem)
        # link() fails if another process (make token while make dev starts) got there first: keep theirs.
        os.link(temporary, path)
    except FileExistsError:
        pass
    finally:
        os.unlink(temporary)


def _key_id(public_key: rsa.RSAPublicKey) -> str:
    numbers = public_key.public_numbers()
    return uuid.uuid5(uuid.NAMESPACE_OID, f"{numbers.n:x}:{numbers.e}").hex
