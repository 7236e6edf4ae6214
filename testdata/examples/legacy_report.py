# Legacy cost report, still written for Python 2. Kept for reference until
# the finance team moves to the new dashboard.
import boto3

ce = boto3.client("ce")


def monthly_cost(start, end):
    result = ce.get_cost_and_usage(
        TimePeriod={"Start": start, "End": end},
        Granularity="MONTHLY",
        Metrics=["UnblendedCost"],
    )
    return result["ResultsByTime"]


for period in monthly_cost("2024-01-01", "2024-07-01"):
    print "%s: %s" % (period["TimePeriod"]["Start"], period["Total"]["UnblendedCost"]["Amount"])
