"""What every function's FastAPI app shares: the app factory, identity, error mapping."""
