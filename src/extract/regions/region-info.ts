import data from './data/regions.json' with { type: 'json' };

/** What the data file knows about a named region beyond its names. */
export interface RegionInfo {
  /** Regions this one is made of (川南渝西 → 川南, 渝西), in the order its name lists them. */
  parts: readonly string[];
  /** GB/T 2260 codes of its member divisions, per the plan that defines it. */
  members: readonly string[];
  /** A foreign bloc or continent (东盟, 欧洲): never a region a Chinese place is part of. */
  foreign: boolean;
}

let byName: Map<string, RegionInfo> | undefined;

/** Parts and members of a region by canonical name (empty for basins and unlisted regions). */
export function regionInfo(name: string): RegionInfo {
  byName ??= new Map(
    data.regions.map((r) => {
      const x = r as { name: string; parts?: string[]; members?: string[]; foreign?: boolean };
      return [x.name, { parts: x.parts ?? [], members: x.members ?? [], foreign: x.foreign ?? false }];
    }),
  );
  return byName.get(name) ?? { parts: [], members: [], foreign: false };
}

/** True when a division (by its code and enclosing city and province codes) belongs to the region. */
export function isMember(name: string, codes: { code: string; cityCode: string; provinceCode: string }): boolean {
  const { members } = regionInfo(name);
  if (members.includes(codes.code) || members.includes(codes.cityCode) || members.includes(codes.provinceCode))
    return true;
  // A province is in a region that holds some of its cities and reaches beyond it (广东省 and
  // 粤港澳大湾区); a region wholly inside it (成都都市圈 for 四川省) is part of the province instead.
  if (codes.code !== codes.provinceCode) return false;
  const own = members.filter((m) => m.slice(0, 2) === codes.code.slice(0, 2));
  return own.length > 0 && own.length < members.length;
}
