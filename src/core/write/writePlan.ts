// buildWritePlan: the whole write plan of a run (the output block and the two official sheets).
import { PlanInput, WritePlan } from "./plan";
import { nominationSheet, summarySheet } from "./officialSheets";
import { trackingPlan } from "./trackingPlan";

/** Everything the shells write, computed from the run. */
export function buildWritePlan(p: PlanInput): WritePlan {
  return { tracking: p.tables.map((t) => trackingPlan(p, t)), sheets: [nominationSheet(p), summarySheet(p)] };
}
