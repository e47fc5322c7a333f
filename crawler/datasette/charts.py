"""Datasette plugin: a canned query named under `plugins: sectorwatch-charts:` in the
metadata opens as a chart, with no setting up by the reader.

datasette-vega draws its chart from the page's URL fragment (`#g.mark=bar&g.x_column=...`),
which a plain link to the query lacks. For those queries the page gets one line of script
that writes the configured fragment before datasette-vega starts (it reads the fragment
once the rows have loaded); a URL that has its own fragment keeps it. Registered through
the `datasette` entry point in pyproject.toml.
"""

from __future__ import annotations

import json
import urllib.parse
from typing import Any

from datasette import hookimpl

PLUGIN = "sectorwatch-charts"


def chart_fragment(chart: dict[str, Any]) -> str:
    """datasette-vega's URL fragment for a chart: {"mark": "bar", ...} -> "#g.mark=bar&..."."""
    return "#" + "&".join(
        f"g.{key}={urllib.parse.quote(str(value))}" for key, value in chart.items()
    )


@hookimpl
def extra_body_script(
    template: str, database: str | None, request: Any, datasette: Any
) -> str | None:
    if request is None or not template.startswith("query"):
        return None
    chart = (datasette.plugin_config(PLUGIN) or {}).get(request.url_vars.get("table"))
    if not chart:
        return None
    return (
        f"if (!location.hash) history.replaceState(null, '', {json.dumps(chart_fragment(chart))});"
    )
