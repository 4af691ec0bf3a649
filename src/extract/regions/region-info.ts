import data from './data/regions.json' with { type: 'json' };

/** What the data file knows about a named region beyond its names. */
export interface RegionInfo {
  /** Regions this one is made of (川南渝西 → 川南, 渝西), in the order its name lists them. */
  parts: readonly string[];
  /** GB/T 2260 codes of its member divisions, per the plan that defines it. */
  members: readonly string[];
}

let byName: Map<string, RegionInfo> | undefined;

/** Parts and members of a region by canonical name (empty for basins and unlisted regions). */
export function regionInfo(name: string): RegionInfo {
  byName ??= new Map(
    data.regions.map((r) => {
      const x = r as { name: string; parts?: string[]; members?: string[] };
      return [x.name, { parts: x.parts ?? [], members: x.members ?? [] }];
    }),
  );
  return byName.get(name) ?? { parts: [], members: [] };
}

/** True when a division (by its code and enclosing city and province codes) belongs to the region. */
export function isMember(name: string, codes: { code: string; cityCode: string; provinceCode: string }): boolean {
  const { members } = regionInfo(name);
  return members.includes(codes.code) || members.includes(codes.cityCode) || members.includes(codes.provinceCode);
}
