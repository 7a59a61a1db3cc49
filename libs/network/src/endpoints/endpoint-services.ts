/** Services reached through a free gateway endpoint, a route in the route tables instead of an interface. */
export type GatewayEndpointService = 's3' | 'dynamodb';

export const GATEWAY_ENDPOINT_SERVICES: readonly GatewayEndpointService[] = ['s3', 'dynamodb'];

const SERVICE_NAME_PATTERN = /^[a-z0-9]+([.-][a-z0-9]+)*$/;

/** Checks interface endpoint short names (`ssm`, `ecr.api`), naming the field and the fix. */
export function checkInterfaceEndpointServices(where: string, services: readonly string[]): void {
  const seen = new Set<string>();
  services.forEach((service, i) => {
    if (!SERVICE_NAME_PATTERN.test(service) || /^(cn\.)?com\.amazonaws\./.test(service)) {
      throw new Error(
        `${where}: interfaceEndpoints[${i}] "${service}" is not a service short name: write it as AWS names the ` +
          `endpoint after com.amazonaws.<region>., e.g. ssm, ecr.api, secretsmanager`,
      );
    }
    if ((GATEWAY_ENDPOINT_SERVICES as readonly string[]).includes(service)) {
      throw new Error(
        `${where}: interfaceEndpoints[${i}] "${service}" is served by a gateway endpoint (gatewayEndpoints), ` +
          `which is free and needs no security group: remove it here`,
      );
    }
    if (seen.has(service)) throw new Error(`${where}: interfaceEndpoints lists "${service}" twice`);
    seen.add(service);
  });
}
