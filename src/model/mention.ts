/** Stage verbs near a mention: what the report says is happening to the thing. */
export const STAGES = [
  'planning',
  'preparing',
  'starting',
  'building',
  'accelerating',
  'completing',
  'operating',
  'promoting',
] as const;
export type Stage = (typeof STAGES)[number];

/** One occurrence of an entity in a sentence. */
export interface Mention {
  entityId: string;
  sentence: number;
  /** Character offsets of the surface form in `Document.text`. */
  start: number;
  end: number;
  surface: string;
  /** 前期工作 → preparing, 开工 → starting, 加快建设 → accelerating, 建成/投用 → completing/operating … */
  stage?: Stage;
  /** The stage verb as written (开工, 建成投用), when there is one. */
  stageVerb?: string;
  rule: string;
}
