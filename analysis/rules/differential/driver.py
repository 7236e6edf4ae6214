"""Differential oracle: what botocore itself says about generated calls.

Run by differential_test.go with Debian's /usr/bin/python3 and its
python3-botocore. argv[1] is a generated module whose CASES list holds
(id, mode, service, operation, method, params) tuples, with params written
as Python literals (the same text botolint reads). Prints one JSON list:
{"id", "status": "accepted" | "rejected" | "skipped", "detail"}.

No request is ever sent: parameters go to botocore.validate directly, and
the few cases that need a client (positional arguments, attribute lookups)
use one built with fake credentials whose first event handler raises
before anything is serialized.
"""

import importlib.util
import json
import sys

import botocore.session
from botocore import handlers
from botocore.exceptions import ParamValidationError
from botocore.validate import validate_parameters


class Reached(Exception):
    """Raised by the client's first handler: the call got past Python's
    argument binding, nothing is sent."""


def load_cases(path):
    spec = importlib.util.spec_from_file_location("cases", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.CASES


class Oracle:
    def __init__(self):
        self.session = botocore.session.get_session()
        self.models = {}
        self.clients = {}

    def model(self, service):
        if service not in self.models:
            self.models[service] = self.session.get_service_model(service)
        return self.models[service]

    def client(self, service):
        if service not in self.clients:
            try:
                c = self.session.create_client(
                    service,
                    region_name="us-east-1",
                    aws_access_key_id="AKIDEXAMPLE",
                    aws_secret_access_key="not-a-secret",
                )

                def stop(**kwargs):
                    raise Reached()

                c.meta.events.register_first("provide-client-params", stop)
                c.meta.events.register_first("before-parameter-build", stop)
                c.meta.events.register_first("before-send", stop)
                self.clients[service] = c
            except Exception as e:  # a client this botocore cannot build offline
                self.clients[service] = e
        return self.clients[service]

    def validate(self, service, operation, params):
        op = self.model(service).operation_model(operation)
        if op.input_shape is None:
            return "accepted", "no input shape: parameters are not validated"
        try:
            if service == "s3":
                handlers.validate_bucket_name(params)
            validate_parameters(params, op.input_shape)
        except ParamValidationError as e:
            return "rejected", str(e)
        except TypeError as e:
            return "rejected", "TypeError: %s" % e
        return "accepted", ""

    def positional(self, service, method, params):
        c = self.client(service)
        if isinstance(c, Exception):
            return "skipped", "no client: %r" % c
        try:
            getattr(c, method)("positional", **params)
        except TypeError as e:
            return "rejected", "TypeError: %s" % e
        except Reached:
            return "accepted", "reached parameter handling"
        return "accepted", "returned"

    def attribute(self, service, method):
        c = self.client(service)
        if isinstance(c, Exception):
            return "skipped", "no client: %r" % c
        if hasattr(c, method):
            return "accepted", ""
        return "rejected", "AttributeError: %s" % method


def main():
    oracle = Oracle()
    out = []
    for cid, mode, service, operation, method, params in load_cases(sys.argv[1]):
        try:
            if mode == "validate":
                status, detail = oracle.validate(service, operation, params)
            elif mode == "positional":
                status, detail = oracle.positional(service, method, params)
            elif mode == "attribute":
                status, detail = oracle.attribute(service, method)
            else:
                status, detail = "skipped", "unknown mode %s" % mode
        except Exception as e:
            status, detail = "skipped", "oracle error: %r" % e
        out.append({"id": cid, "status": status, "detail": detail[:300]})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
