import type { DataSourceReader } from './data-source';

/** The region's zones `a` to `c` with their zone ids. */
export const readAvailabilityZones: DataSourceReader = (_name, v, { region }) => {
  const names = ['a', 'b', 'c'].map((z) => `${region}${z}`);
  const [area, direction, number] = region.split('-');
  const prefix = `${area}${direction[0]}${number}`;
  return {
    ...v,
    id: region,
    names,
    zone_ids: names.map((_, i) => `${prefix}-az${i + 1}`),
    group_names: [region],
  };
};
