import { elbLogAccount, regionDescription } from './aws-regions';

describe('region facts', () => {
  it('gives the description and the load balancer log account of a region', () => {
    expect(regionDescription('eu-central-1')).toBe('Europe (Frankfurt)');
    expect(elbLogAccount('eu-central-1')).toBe('054676820928');
  });

  it('fails, naming the region, where AWS publishes no such fact', () => {
    expect(() => regionDescription('xx-nowhere-1')).toThrow(
      /"xx-nowhere-1" is not a region of the aws partition/,
    );
    // Opened in 2022: ELB writes its logs through a service principal there, not an account.
    expect(() => elbLogAccount('eu-central-2')).toThrow(
      /"eu-central-2" has no Elastic Load Balancing log account/,
    );
  });
});
