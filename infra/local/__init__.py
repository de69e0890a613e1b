"""The local stack: a gateway routing like template.yaml, a Cognito stand-in, events, the dev runner."""
