import boto3

ssm = boto3.client("ssm")


def parameters(path: str, token: str | None = None) -> list[dict]:
    kwargs = {"Path": path, "Recursive": True}
    if token:
        kwargs["NextToken"] = token
    resp = ssm.get_parameters_by_path(**kwargs)
    params = resp["Parameters"]
    if resp.get("NextToken"):
        params += parameters(path, resp["NextToken"])  # want BTO101 "`parameters` calls itself with the `NextToken` of `get_parameters_by_path`"
    return params


class Lister:
    def __init__(self) -> None:
        self.ssm = boto3.client("ssm")

    def names(self, path: str, next_token: str = "") -> list[str]:
        resp = self.ssm.get_parameters_by_path(Path=path, **({"NextToken": next_token} if next_token else {}))
        out = [p["Name"] for p in resp["Parameters"]]
        if "NextToken" in resp:
            out.extend(self.names(path, next_token=resp["NextToken"]))  # want BTO101 "`names` calls itself"
        return out


def not_recursive(path: str, token: str | None = None) -> dict:
    # Resumes from a token the caller kept: one page, no recursion.
    if token:
        return ssm.get_parameters_by_path(Path=path, NextToken=token)
    return ssm.get_parameters_by_path(Path=path)
