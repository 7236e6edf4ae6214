"""A base class in one module, subclasses in another (shapes b and g)."""
import boto3


class Service:
    service_name = None

    def __init__(self, session=None):
        session = session or boto3.session.Session()
        self.client = session.client(self.service_name)
