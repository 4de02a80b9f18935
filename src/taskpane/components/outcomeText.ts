// What an outcome saves, in one sentence: shared by the featured card and the other ways out.
import type { OutcomeAdvice } from "../../core/types";
import type { Translator } from "../../core/i18n";

export function savingsText(o: OutcomeAdvice, tr: Translator): string {
  const { minutes, trip } = o.savings;
  const duration = tr.duration(minutes);
  if (minutes > 0 && trip) return tr.t("advice.saves.minutesAndTrip", { duration });
  if (minutes > 0) return tr.t("advice.saves.minutes", { duration });
  if (trip) return tr.t("advice.saves.trip");
  return o.id === "keep" ? tr.t("advice.saves.nothing") : "";
}
