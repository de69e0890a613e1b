"""`python -m infra.local.token alice [--email …] [--group admin]`: print a local ID token for the gateway."""

import argparse
from collections.abc import Sequence

from infra.local import auth


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Print a signed local Cognito ID token.")
    parser.add_argument("user", help="the token's sub (and cognito:username)")
    parser.add_argument("--email", help="defaults to <user>@example.com")
    parser.add_argument("--group", action="append", default=[], help="a Cognito group; repeat for more")
    parser.add_argument("--ttl-hours", type=float, default=12.0)
    args = parser.parse_args(argv)
    token = auth.issue_token(
        args.user,
        email=args.email or f"{args.user}@example.com",
        groups=args.group,
        ttl_seconds=int(args.ttl_hours * 3600),
    )
    print(token)


if __name__ == "__main__":
    main()
