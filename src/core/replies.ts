// Which ways out answer the organizer with a reply, and when no reply can reach them.
// Apart from the drafts (a chunk of their own) so the first screen can tell, before the
// draft panel arrives, that its text will start open (a reply that cannot go is a text to copy).
import type { Meeting, MessageRef, OutcomeId, Role } from "./types";

/** An invitee's call, shorter meeting or email is drafted as a reply to the organizer. */
export function repliesToOrganizer(outcome: OutcomeId, role: Role): boolean {
  return role === "attendee" && (outcome === "call" || outcome === "shorter" || outcome === "email");
}

/** Why no reply can go to the organizer (none is named, or without an address), or null. */
export function organizerUnreachable(meeting: Pick<Meeting, "organizer">): MessageRef | null {
  if (!meeting.organizer) return { key: "draft.blocked.noOrganizer" };
  if (!meeting.organizer.email) return { key: "draft.blocked.organizerNoAddress", values: { name: meeting.organizer.name } };
  return null;
}
