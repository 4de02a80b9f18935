// Which ways out Graph carries out, apart from the plans (which need the drafts) so the
// first screen can tell before the draft panel arrives.
import type { OutcomeId, Role } from "../../core/types";

/** The ways out Graph carries out; the rest stay on Office.js. */
export function graphHandles(outcome: OutcomeId, role: Role): boolean {
  return role === "attendee" ? outcome === "shorter" || outcome === "email" || outcome === "delegate" : outcome === "email";
}
