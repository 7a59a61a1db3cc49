// What AWS publishes per region that the simulated account reads back: a region's description (the endpoints'
// partition data the provider's aws_region reads; AWS SDK for JavaScript v3, partitions of `aws`), and the Elastic
// Load Balancing account that writes access logs in the regions opened before August 2022 (Elastic Load Balancing
// User Guide, "Attach a policy to your S3 bucket"; later regions grant the log-delivery service principal instead,
// and the provider's aws_elb_service_account fails there).

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'af-south-1': 'Africa (Cape Town)',
  'ap-east-1': 'Asia Pacific (Hong Kong)',
  'ap-east-2': 'Asia Pacific (Taipei)',
  'ap-northeast-1': 'Asia Pacific (Tokyo)',
  'ap-northeast-2': 'Asia Pacific (Seoul)',
  'ap-northeast-3': 'Asia Pacific (Osaka)',
  'ap-south-1': 'Asia Pacific (Mumbai)',
  'ap-south-2': 'Asia Pacific (Hyderabad)',
  'ap-southeast-1': 'Asia Pacific (Singapore)',
  'ap-southeast-2': 'Asia Pacific (Sydney)',
  'ap-southeast-3': 'Asia Pacific (Jakarta)',
  'ap-southeast-4': 'Asia Pacific (Melbourne)',
  'ap-southeast-5': 'Asia Pacific (Malaysia)',
  'ap-southeast-7': 'Asia Pacific (Thailand)',
  'ca-central-1': 'Canada (Central)',
  'ca-west-1': 'Canada West (Calgary)',
  'eu-central-1': 'Europe (Frankfurt)',
  'eu-central-2': 'Europe (Zurich)',
  'eu-north-1': 'Europe (Stockholm)',
  'eu-south-1': 'Europe (Milan)',
  'eu-south-2': 'Europe (Spain)',
  'eu-west-1': 'Europe (Ireland)',
  'eu-west-2': 'Europe (London)',
  'eu-west-3': 'Europe (Paris)',
  'il-central-1': 'Israel (Tel Aviv)',
  'me-central-1': 'Middle East (UAE)',
  'me-south-1': 'Middle East (Bahrain)',
  'mx-central-1': 'Mexico (Central)',
  'sa-east-1': 'South America (Sao Paulo)',
  'us-east-1': 'US East (N. Virginia)',
  'us-east-2': 'US East (Ohio)',
  'us-west-1': 'US West (N. California)',
  'us-west-2': 'US West (Oregon)',
};

const ELB_LOG_ACCOUNTS: Readonly<Record<string, string>> = {
  'af-south-1': '098369216593',
  'ap-east-1': '754344448648',
  'ap-northeast-1': '582318560864',
  'ap-northeast-2': '600734575887',
  'ap-northeast-3': '383597477331',
  'ap-south-1': '718504428378',
  'ap-southeast-1': '114774131450',
  'ap-southeast-2': '783225319266',
  'ap-southeast-3': '589379963580',
  'ca-central-1': '985666609251',
  'eu-central-1': '054676820928',
  'eu-north-1': '897822967062',
  'eu-south-1': '635631232127',
  'eu-west-1': '156460612806',
  'eu-west-2': '652711504416',
  'eu-west-3': '009996457667',
  'me-south-1': '076674570225',
  'sa-east-1': '507241528517',
  'us-east-1': '127311923021',
  'us-east-2': '033677994240',
  'us-west-1': '027434742980',
  'us-west-2': '797873946194',
};

/** The region's description, as aws_region reads it: `Europe (Ireland)` for eu-west-1. */
export function regionDescription(region: string): string {
  const description = DESCRIPTIONS[region];
  if (description === undefined)
    throw new Error(
      `region "${region}" is not a region of the aws partition (known: ${Object.keys(DESCRIPTIONS).join(', ')})`,
    );
  return description;
}

/** The account Elastic Load Balancing writes access logs from in the region: `156460612806` in eu-west-1. */
export function elbLogAccount(region: string): string {
  const account = ELB_LOG_ACCOUNTS[region];
  if (account === undefined)
    throw new Error(
      `region "${region}" has no Elastic Load Balancing log account (regions opened since August 2022 grant the logdelivery.elasticloadbalancing.amazonaws.com service principal instead): aws_elb_service_account cannot be read there`,
    );
  return account;
}
