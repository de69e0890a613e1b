"""The routes and other function events template.yaml declares, and API Gateway's way of picking a route
for a request."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

ANY_METHOD = "ANY"
_LITERAL, _PARAM, _GREEDY = 0, 1, 2


class TemplateLoader(yaml.SafeLoader):
    """SafeLoader that reads CloudFormation short tags (!Ref, !Sub, !GetAtt, …) as their long form."""


def _construct_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    if suffix in ("Ref", "Condition"):
        return {suffix: value}
    if suffix == "GetAtt" and isinstance(value, str):
        value = value.split(".", 1)
    return {f"Fn::{suffix}": value}


TemplateLoader.add_multi_constructor("!", _construct_tag)


@dataclass(frozen=True)
class Route:
    """One event of one function: an Api route, or an SQS or Schedule trigger (its type as the method)."""

    method: str
    path: str
    function_id: str
    code_dir: Path
    handler: str
    needs_auth: bool
    event_name: str = ""
    memory_mb: int = 128
    timeout_seconds: int = 3

    @property
    def segments(self) -> list[str]:
        return _split(self.path)


@dataclass(frozen=True)
class RouteMatch:
    route: Route
    path_parameters: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RouteTable:
    """The routes of one template, matched the way API Gateway matches resources."""

    routes: tuple[Route, ...]

    def match(self, method: str, path: str) -> RouteMatch | None:
        return match(self.routes, method, path)


def load_template(template_path: Path) -> dict[str, Any]:
    with Path(template_path).open(encoding="utf-8") as stream:
        return yaml.load(stream, Loader=TemplateLoader)  # safe: TemplateLoader is a SafeLoader


def load_routes(template_path: Path) -> list[Route]:
    """Every `Type: Api` event of every AWS::Serverless::Function, in template order."""
    return event_routes(template_path, "Api")


def event_routes(template_path: Path, event_type: str) -> list[Route]:
    """Every `Type: <event_type>` event of every function, in template order, with the function's settings
    after Globals. Only Api events have a method, path and authorizer; others take their type as method."""
    template_path = Path(template_path).resolve()
    template = load_template(template_path)
    routes: list[Route] = []
    for logical_id, resource in _functions(template):
        props = resource.get("Properties") or {}
        settings = _function_settings(template, props)
        if settings is None:
            continue
        code_uri, handler, memory_mb, timeout_seconds = settings
        for event_name, event in (props.get("Events") or {}).items():
            if event.get("Type") != event_type:
                continue
            event_props = event.get("Properties") or {}
            api = event_type == "Api"
            routes.append(
                Route(
                    method=str(event_props.get("Method", ANY_METHOD)).upper() if api else event_type,
                    path=_normalise(str(event_props["Path"])) if api else "",
                    function_id=logical_id,
                    code_dir=(template_path.parent / code_uri).resolve(),
                    handler=handler,
                    needs_auth=api and _needs_auth(template, event_props),
                    event_name=event_name,
                    memory_mb=memory_mb,
                    timeout_seconds=timeout_seconds,
                )
            )
    return routes


def match(routes: Iterable[Route], method: str, path: str) -> RouteMatch | None:
    """The route for `method path`, or None (API Gateway's 403 "Missing Authentication Token").

    Like API Gateway, the most specific resource wins first (a literal segment beats {param},
    which beats {proxy+}, left to right); only then is the method looked up on that resource,
    so a known path with an undeclared method does not fall through to a {param} route.
    """
    request = [unquote(segment) for segment in _split(path)]
    best_key: tuple[int, ...] | None = None
    candidates: list[RouteMatch] = []
    for route in routes:
        parameters = _bind(route.segments, request)
        if parameters is None:
            continue
        key = _specificity(route.segments)
        if best_key is None or key < best_key:
            best_key, candidates = key, []
        if key == best_key:
            candidates.append(RouteMatch(route, parameters))
    method = method.upper()
    exact = [found for found in candidates if found.route.method == method]
    fallback = [found for found in candidates if found.route.method == ANY_METHOD]
    return (exact or fallback or [None])[0]


def environment(template_path: Path) -> dict[str, str]:
    """Environment variables the template gives functions, where they resolve without AWS.

    Globals first, then each function's; one process hosts every function, so the first wins.
    """
    template = load_template(template_path)
    blocks = [((template.get("Globals") or {}).get("Function") or {}).get("Environment")]
    blocks += [(resource.get("Properties") or {}).get("Environment") for _, resource in _functions(template)]
    merged: dict[str, str] = {}
    for block in blocks:
        for name, value in ((block or {}).get("Variables") or {}).items():
            resolved = _resolve(template, value)
            if resolved is not None:
                merged.setdefault(name, resolved)
    return merged


def layer_dirs(template_path: Path) -> list[Path]:
    """Import roots of the template's local Python layers (what Lambda mounts under /opt/python)."""
    template_path = Path(template_path).resolve()
    template = load_template(template_path)
    roots: list[Path] = []
    for resource in (template.get("Resources") or {}).values():
        content_uri = (resource.get("Properties") or {}).get("ContentUri")
        if resource.get("Type") != "AWS::Serverless::LayerVersion" or not isinstance(content_uri, str):
            continue
        root = (template_path.parent / content_uri).resolve()
        # A prebuilt layer keeps its code under python/; a `sam build` layer is the folder itself.
        roots.append(root / "python" if (root / "python").is_dir() else root)
    return roots


def _functions(template: Mapping[str, Any]) -> Iterable[tuple[str, Mapping[str, Any]]]:
    for logical_id, resource in (template.get("Resources") or {}).items():
        if resource.get("Type") == "AWS::Serverless::Function":
            yield logical_id, resource


def _function_settings(template: Mapping[str, Any], props: Mapping[str, Any]) -> tuple[str, str, int, int] | None:
    defaults = (template.get("Globals") or {}).get("Function") or {}
    code_uri = props.get("CodeUri", defaults.get("CodeUri"))
    handler = props.get("Handler", defaults.get("Handler"))
    if not isinstance(code_uri, str) or not isinstance(handler, str):
        return None  # an image or S3 package: nothing to run from this checkout
    memory = int(_resolve(template, props.get("MemorySize", defaults.get("MemorySize", 128))) or 128)
    timeout = int(_resolve(template, props.get("Timeout", defaults.get("Timeout", 3))) or 3)
    return code_uri, handler, memory, timeout


def _needs_auth(template: Mapping[str, Any], event_props: Mapping[str, Any]) -> bool:
    authorizer = (event_props.get("Auth") or {}).get("Authorizer")
    if authorizer is not None:
        return authorizer != "NONE"
    default = _api_auth(template, event_props.get("RestApiId")).get("DefaultAuthorizer")
    return bool(default) and default != "NONE"


def _api_auth(template: Mapping[str, Any], rest_api_id: Any) -> Mapping[str, Any]:
    global_auth = ((template.get("Globals") or {}).get("Api") or {}).get("Auth") or {}
    if isinstance(rest_api_id, Mapping) and "Ref" in rest_api_id:
        api = (template.get("Resources") or {}).get(rest_api_id["Ref"]) or {}
        return (api.get("Properties") or {}).get("Auth") or global_auth
    return global_auth


def _resolve(template: Mapping[str, Any], value: Any) -> str | None:
    """A literal, or a !Ref to a parameter with a default; anything else needs AWS to resolve."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, Mapping) and set(value) == {"Ref"}:
        parameter = (template.get("Parameters") or {}).get(value["Ref"]) or {}
        default = parameter.get("Default")
        return None if default is None else str(default)
    return None


def _split(path: str) -> list[str]:
    return [segment for segment in path.split("/") if segment]


def _normalise(path: str) -> str:
    return "/" + "/".join(_split(path))


def _bind(template: list[str], request: list[str]) -> dict[str, str] | None:
    """Path parameters if `request` fits `template`, else None."""
    parameters: dict[str, str] = {}
    for index, segment in enumerate(template):
        if segment.startswith("{") and segment.endswith("+}"):
            rest = request[index:]
            if not rest:
                return None
            parameters[segment[1:-2]] = "/".join(rest)
            return parameters
        if index >= len(request):
            return None
        if segment.startswith("{") and segment.endswith("}"):
            parameters[segment[1:-1]] = request[index]
        elif segment != request[index]:
            return None
    return parameters if len(template) == len(request) else None


def _specificity(template: list[str]) -> tuple[int, ...]:
    def kind(segment: str) -> int:
        if segment.startswith("{") and segment.endswith("+}"):
            return _GREEDY
        return _PARAM if segment.startswith("{") else _LITERAL

    return tuple(kind(segment) for segment in template)
