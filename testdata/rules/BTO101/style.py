import boto3

iam = boto3.client('iam')
ec2 = boto3.client('ec2')


def groups():
	"""Tab-indented module with single quotes."""
	found = []
	kwargs = {'PathPrefix': '/teams/'}
	while True:  # want BTO101
		# one page of groups
		resp = iam.list_groups(**kwargs)
		for group in resp['Groups']:
			# keep the name only
			found.append(group['GroupName'])

		if not resp['IsTruncated']:  # done
			break
		kwargs['Marker'] = resp['Marker']
	return found


def script_style():
	result = []
	marker = None
	while True:  # want BTO101
		args = {'MaxItems': 10}
		if marker:
			args['Marker'] = marker
		response = iam.list_groups(**args)
		result.extend(response['Groups'])  # collect
		if response['IsTruncated']:
			marker = response['Marker']
		else:
			break
	return result, response


def multi_line(prefix):
	kwargs = {
		'PathPrefix': prefix,
		'MaxItems': 50,
	}
	names = []
	while True:  # want BTO101
		resp = iam.list_roles(**kwargs)
		names.extend(r['RoleName'] for r in resp['Roles'])
		if not resp['IsTruncated']:
			break
		kwargs['Marker'] = resp['Marker']
	return names


def commented_literal(prefix):
	kwargs = {
		'PathPrefix': prefix,  # only this team
	}
	names = []
	while True:  # want BTO101
		resp = iam.list_roles(**kwargs)
		names.extend(r['RoleName'] for r in resp['Roles'])
		if not resp['IsTruncated']:
			break
		kwargs['Marker'] = resp['Marker']
	return names


def filters_over_lines(zone):
	names = []
	kwargs = {
		'Filters': [
			{'Name': 'availability-zone', 'Values': [zone]},
		],
	}
	while True:  # want BTO101
		resp = ec2.describe_volumes(**kwargs)
		names += [v['VolumeId'] for v in resp['Volumes']]
		if 'NextToken' not in resp:
			break
		kwargs['NextToken'] = resp['NextToken']
	return names


def kwargs_read_after():
	names = []
	kwargs = {'PathPrefix': '/'}
	while True:  # want BTO101
		resp = iam.list_roles(**kwargs)
		names.extend(r['RoleName'] for r in resp['Roles'])
		if not resp['IsTruncated']:
			break
		kwargs['Marker'] = resp['Marker']
	return names, kwargs
