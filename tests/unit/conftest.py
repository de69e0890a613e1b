"""Fixtures of the unit tests: the eval/ scripts, loaded as the modules they are not."""

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EVAL / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def calibrate() -> ModuleType:
    """eval/calibrate.py, a script rather than a package module."""
    return _script("calibrate")


@pytest.fixture(scope="module")
def ceiling() -> ModuleType:
    """eval/ceiling.py, a script rather than a package module."""
    return _script("ceiling")


@pytest.fixture(scope="module")
def train_misconception() -> ModuleType:
    """eval/train_misconception.py, a script rather than a package module."""
    return _script("train_misconception")
