package semantic

import "testing"

// Resolution across functions and classes of one module: each shape of
// issue 10, resolving and refusing.

func TestResolveParameters(t *testing.T) {
	check(t, `import boto3

def list_steps(cluster_id, emr):
    emr  # is: client(emr)
    return emr.list_steps(ClusterId=cluster_id)

def main():
    list_steps("j-1", boto3.client("emr"))
    list_steps(cluster_id="j-2", emr=boto3.client("emr"))

def disagree(c):
    c  # is: unknown

disagree(boto3.client("s3"))
disagree(boto3.client("ec2"))

def unseen(c):
    c  # is: unknown

def escaped(c):
    c  # is: unknown

escaped(boto3.client("s3"))
handlers = [escaped]

def unknown_arg(c):
    c  # is: unknown

def caller(x):
    unknown_arg(x)

def defaulted(c=None):
    if c is None:
        c = boto3.client("sqs")
    c  # is: client(sqs)

defaulted()

def splat(a, c):
    c  # is: unknown

splat(*[1, boto3.client("s3")])

def via_caller_param(c):
    c  # is: client(kms)

def middle(c):
    via_caller_param(c)

middle(boto3.client("kms"))

def recursive(c, depth):
    c  # is: client(sts)
    if depth:
        recursive(c, depth - 1)

recursive(boto3.client("sts"), 3)

def named(service):
    boto3.client(service)  # is: client(sns)

named("sns")
named(service="sns")

def retry(f):
    return f

@retry
def retried(c):
    c  # is: client(logs)

retried(boto3.client("logs"))

import functools

@functools.lru_cache()
def cached(c):
    c  # is: client(lambda)

cached(boto3.client("lambda"))

def decorate(f):
    return f

@decorate
def wrapped(c):
    c  # is: unknown

wrapped(boto3.client("s3"))
`)
}

func TestResolveConstructors(t *testing.T) {
	check(t, `import boto3

class Steps:
    def __init__(self, emr_client):
        self.emr_client = emr_client

    def run(self):
        self.emr_client  # is: client(emr)

    @classmethod
    def from_default(cls):
        return cls(boto3.client("emr"))

Steps(boto3.client("emr"))
Steps.from_default()  # is: instance(Steps)

class Mixed:
    def __init__(self, c):
        self.c = c

    def run(self):
        self.c  # is: unknown

Mixed(boto3.client("s3"))
Mixed(None)
Mixed(object())

class Registered:
    def __init__(self, c):
        self.c = c

    def run(self):
        self.c  # is: unknown

Registered(boto3.client("s3"))
registry = {"x": Registered}

class Inherits(Steps):
    def go(self):
        self.emr_client  # is: client(emr)

Inherits(boto3.client("emr"))
`)
}

func TestResolveFactories(t *testing.T) {
	check(t, `import boto3
import somelib

def make(module):
    client = module.client("ec2", retry_decorator=None)
    client  # is: client(ec2)
    module.resource("dynamodb")  # is: service resource(dynamodb)
    module.resource("lambda")  # is: unknown
    module.client("not-a-service")  # is: unknown
    module.create_client("s3")  # is: client(s3)
    somelib.client("s3")  # is: unknown

class Wrapper:
    def __init__(self, session):
        self.session = session

    def go(self):
        self.session.client("efs")  # is: client(efs)
`)
}

func TestResolveContainers(t *testing.T) {
	check(t, `import boto3

class Multi:
    def __init__(self, regions):
        self.clients = {r: boto3.client("s3", region_name=r) for r in regions}
        self.lst = []
        for r in regions:
            self.lst.append(boto3.client("sqs", region_name=r))
        self.mixed = {}
        self.mixed["a"] = boto3.client("s3")
        self.mixed["b"] = boto3.client("ec2")

    def use(self, region):
        self.clients[region]  # is: client(s3)
        self.clients.get(region)  # is: client(s3)
        for c in self.clients.values():
            c  # is: client(s3)
        for c2 in self.lst:
            c2  # is: client(sqs)
        for name, c3 in self.clients.items():
            c3  # is: client(s3)
        self.mixed["a"]  # is: unknown

CLIENTS = {}

def client_for(region):
    if region not in CLIENTS:
        CLIENTS[region] = boto3.client("kinesis", region_name=region)
    return CLIENTS[region]

client_for("eu-west-1")  # is: client(kinesis)
for c4 in [boto3.client("sns"), boto3.client("sns")]:
    c4  # is: client(sns)
`)
}

func TestResolveReturns(t *testing.T) {
	check(t, `import boto3
import functools

def get_client():
    return boto3.client("s3")

@functools.lru_cache(maxsize=None)
def cached_client(name):
    return boto3.client(name)

def either(flag):
    if flag:
        return boto3.client("s3")
    return boto3.client("ec2")

class Holder:
    def __init__(self):
        self._client = None

    @property
    def client(self):
        if self._client is None:
            self._client = boto3.client("kinesis")
        return self._client

    def get(self):
        return self._client

get_client()  # is: client(s3)
cached_client("sns")  # is: client(sns)
either(True)  # is: unknown
h = Holder()
h.client  # is: client(kinesis)
h.get()  # is: client(kinesis)

def gen():
    yield boto3.client("s3")

gen()  # is: unknown
`)
}

func TestResolveServiceNames(t *testing.T) {
	check(t, `import boto3

class Base:
    client_service = None

    def __init__(self, session):
        self.client = session.client(self.client_service)

    def describe(self):
        self.client  # is: unknown

class EFS(Base):
    client_service = "efs"

    def go(self):
        self.client  # is: client(efs)

class S3Thing(Base):
    client_service = "s3"

    def go(self):
        self.client  # is: client(s3)

class Named:
    def __init__(self, name):
        self.conn = boto3.client(name.lower())

    def any(self):
        self.conn  # is: unknown

class A(Named):
    def __init__(self):
        super().__init__("SQS")

    def go(self):
        self.conn  # is: client(sqs)

class B(Named):
    def __init__(self):
        super().__init__("SNS")

    def go(self):
        self.conn  # is: client(sns)

A()
B()

def by_param(name):
    return boto3.client(name)

by_param("ecs")  # is: client(ecs)
`)
}

func TestResolveRefuses(t *testing.T) {
	check(t, `import boto3

class Dyn:
    def __init__(self, name, value):
        setattr(self, name, value)
        self.client = boto3.client("s3")

    def go(self):
        self.client  # is: unknown

class Patched:
    def __init__(self):
        self.client = boto3.client("s3")

    def go(self):
        self.client  # is: unknown

p = Patched()
p.client = boto3.client("ec2")

class Unrelated:
    def go(self, worker):
        worker.process(boto3.client("s3"))

class Processor:
    def process(self, c):
        c  # is: unknown

Processor().process(boto3.client("s3"))

x = boto3.client("s3")
x = boto3.client("ec2")
x  # is: unknown
`)
}

func TestResolveBranches(t *testing.T) {
	check(t, `import boto3

def conn(conn_type, resource):
    session = boto3.Session()
    if conn_type == "resource":
        return session.resource(resource)
    elif conn_type == "client":
        return session.client(resource)
    else:
        return session.client(resource), session.resource(resource)

conn("client", "s3")  # is: client(s3)
conn("resource", "dynamodb")  # is: service resource(dynamodb)
conn("both", "s3")  # is: container(unknown)

def wrap(retry=None):
    c = boto3.client("ec2")
    return c if retry is None else Wrapper(c)

class Wrapper:
    def __init__(self, c):
        self.c = c

wrap()  # is: client(ec2)
wrap(retry="yes")  # is: instance(Wrapper)

def either(x):
    if x in ("a", "b"):
        return boto3.client("s3")
    return boto3.client("sns")

either("a")  # is: client(s3)
either("c")  # is: client(sns)
`)
}

func TestResolveForwardingDecorators(t *testing.T) {
	check(t, `import boto3
from functools import wraps

def handled(func):
    @wraps(func)
    def handler(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except Exception:
            pass
    return handler

def described(description):
    def wrapper(func):
        @wraps(func)
        def inner(_self, *args, **kwargs):
            return func(_self, *args, **kwargs)
        return inner
    return wrapper

def swaps(func):
    def inner(a, b):
        return func(b, a)
    return inner

@handled
def make(name):
    return boto3.client(name)

class Manager:
    def __init__(self):
        self.client = self.build("efs")

    @described("build a client")
    def build(self, name):
        return boto3.client(name)

    def go(self):
        self.client  # is: client(efs)

@swaps
def swapped(name, other):
    return boto3.client(name)

make("sqs")  # is: client(sqs)
swapped("s3", "ec2")  # is: unknown
`)
}
