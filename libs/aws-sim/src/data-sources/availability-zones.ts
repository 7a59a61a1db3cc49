import { zoneId, zoneNames } from '../availability-zones';
import type { DataSourceReader } from './data-source';

/** The region's zones with their AZ ids. */
export const readAvailabilityZones: DataSourceReader = (_name, v, { region }) => {
  const names = zoneNames(region);
  return { ...v, id: region, names, zone_ids: names.map(zoneId), group_names: [region] };
};
