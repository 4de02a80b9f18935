// The `Office` namespace object itself: onReady (asynchronous, as in Office.js), the
// context, and the enumerations the add-in reads (with Office.js's string values).

import type { FixturePlatform } from "./types";
import type { JsonObject } from "./util";

export interface OfficeInfo {
  host: string;
  platform: string;
}

export function buildOfficeNamespace(context: JsonObject, platform: FixturePlatform) {
  const info: OfficeInfo = { host: "Outlook", platform };
  return {
    onReady(callback?: (info: OfficeInfo) => unknown) {
      return new Promise<OfficeInfo>((resolve) => {
        setTimeout(() => {
          callback?.({ ...info });
          resolve({ ...info });
        }, 0);
      });
    },
    context,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html", Matrix: "matrix", Table: "table", Ooxml: "ooxml", SlideRange: "slideRange", Image: "image", XmlSvg: "xmlSvg" },
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
    MailboxEnums: {
      ItemType: { Message: "message", Appointment: "appointment" },
      ResponseType: { None: "none", Organizer: "organizer", Tentative: "tentative", Accepted: "accepted", Declined: "declined" },
      RecipientType: { DistributionList: "distributionList", User: "user", ExternalUser: "externalUser", Other: "other" },
      RecurrenceType: { Daily: "daily", Weekday: "weekday", Weekly: "weekly", Monthly: "monthly", Yearly: "yearly" },
      BodyType: { Html: "html", Text: "text" },
      RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
    },
  };
}
