"""Runs the pagination behaviour cases against real boto3 with botocore's Stubber.

Usage: /usr/bin/python3 harness.py <repository root> <cases.py>

cases.py defines CASES, a list of dicts (see testdata/pagination-behaviour).

For each case it runs three things, each against a fresh import of the module
so that no client state leaks between them:

- "original": the function of the testdata file as written,
- "rewritten": the same function from the file's fix golden,
- "reference": botocore's own paginator for the operation, with the arguments
  the case names.

The client the code uses is stubbed with the case's pages, in order; every call
the code makes is recorded with the parameters it passed (the
provide-client-params event, before any conversion). The output is one JSON
document on stdout: a list of runs with their result, printed output, calls,
unused responses and error. The Go test compares them. Nothing here talks to
the network: the Stubber answers before a request is built, and the
credentials are fake.
"""

import contextlib
import datetime
import decimal
import importlib.machinery
import importlib.util
import inspect
import io
import json
import os
import sys
import types

os.environ.update(
    {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_CONFIG_FILE": os.devnull,
        "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
        "AWS_EC2_METADATA_DISABLED": "true",
    }
)
os.environ.pop("AWS_PROFILE", None)

import boto3  # noqa: E402
import botocore  # noqa: E402
import botocore.session  # noqa: E402
from boto3.dynamodb.conditions import AttributeBase, ConditionBase  # noqa: E402
from botocore.stub import Stubber  # noqa: E402


def normalize(value):
    """Turns a value into plain JSON that compares equal when the values do."""
    if isinstance(value, dict):
        return {str(k): normalize(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [normalize(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return {"set": sorted((normalize(v) for v in value), key=json.dumps)}
    if isinstance(value, decimal.Decimal):
        return {"Decimal": str(value)}
    if isinstance(value, (bytes, bytearray)):
        return {"bytes": value.hex()}
    if isinstance(value, datetime.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, ConditionBase):
        expr = value.get_expression()
        return {"condition": expr["operator"], "values": normalize(list(expr["values"]))}
    if isinstance(value, AttributeBase):
        return {"attribute": value.name}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return {"repr": repr(value)}


def load(path, name):
    """Imports a Python file whatever its extension (goldens end in .golden)."""
    loader = importlib.machinery.SourceFileLoader(name, path)
    spec = importlib.util.spec_from_loader(name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def source_of(namespace, dotted):
    """Returns the source of a function or method named a or A.b."""
    obj = None
    for i, part in enumerate(dotted.split(".")):
        obj = namespace[part] if i == 0 else getattr(obj, part)
    return inspect.getsource(obj)


def paginator_model(client, operation):
    """Returns the paginator model of Debian's botocore for the operation."""
    api_name = client.meta.method_to_api_mapping[operation]
    session = botocore.session.get_session()
    model = session.get_paginator_model(client.meta.service_model.service_name)
    config = model.get_paginator(api_name)

    def as_list(v):
        if v is None:
            return []
        return v if isinstance(v, list) else [v]

    return {
        "input_token": as_list(config.get("input_token")),
        "output_token": as_list(config.get("output_token")),
        "result_key": as_list(config.get("result_key")),
        "limit_key": config.get("limit_key", ""),
        "more_results": config.get("more_results", ""),
    }


def run(root, case, mode, counter):
    path = os.path.join(root, case["file"])
    if mode == "rewritten":
        path += ".unsafe.golden"
    module = load(path, "behaviour_case_%d" % counter)
    namespace = dict(vars(module))
    if case.get("setup"):
        namespace["obj"] = eval(case["setup"], namespace)
    client = eval(case["client"], namespace)
    calls = []

    def record(params, model, **kwargs):
        calls.append({"operation": model.name, "params": normalize(params)})

    client.meta.events.register("provide-client-params.*.*", record)
    stubber = Stubber(client)
    for page in case["pages"]:
        stubber.add_response(case["operation"], json.loads(json.dumps(page)))
    out = {"case": case["name"], "mode": mode}
    if mode != "reference":
        out["source"] = source_of(namespace, case["function"])
    else:
        out["service"] = client.meta.service_model.service_name
        out["paginator"] = paginator_model(client, case["operation"])
    printed = io.StringIO()
    with stubber, contextlib.redirect_stdout(printed):
        try:
            if mode == "reference":
                args = eval(case["paginate"], namespace)
                pages = client.get_paginator(case["operation"]).paginate(**args)
                out["result"] = len(list(pages))
            else:
                result = eval(case["call"], namespace)
                if isinstance(result, types.GeneratorType):
                    result = list(result)
                out["result"] = normalize(result)
        except Exception as e:  # reported, and a failure in the Go test
            out["error"] = "%s: %s" % (type(e).__name__, e)
    out["stdout"] = printed.getvalue()
    out["calls"] = calls
    try:
        stubber.assert_no_pending_responses()
        out["pending"] = False
    except AssertionError:
        out["pending"] = True
    return out


def main():
    root, cases_path = sys.argv[1], sys.argv[2]
    cases = load(cases_path, "behaviour_cases").CASES
    runs = []
    counter = 0
    for case in cases:
        for mode in ("original", "rewritten", "reference"):
            counter += 1
            try:
                runs.append(run(root, case, mode, counter))
            except Exception as e:
                runs.append({"case": case["name"], "mode": mode, "error": "setup: %s: %s" % (type(e).__name__, e)})
    json.dump(
        {
            "boto3": boto3.__version__,
            "botocore": botocore.__version__,
            "modules": [boto3.__file__, botocore.__file__],
            "cases": cases,
            "runs": runs,
        },
        sys.stdout,
        indent=1,
    )


if __name__ == "__main__":
    main()
