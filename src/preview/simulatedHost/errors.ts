// Office's errors, as Outlook reports them.

import type { FixtureFailure } from "./types";

export interface OfficeErrorShape {
  code: number;
  name: string;
  message: string;
}

/**
 * Outlook's error names; the numeric codes of the Outlook-specific ones are not
 * in Microsoft's published table, so these follow what Outlook has been seen to
 * return (9000 AttachmentSizeExceeded, 9017 AccessRestricted, ...).
 */
export const ERRORS = {
  seriesTimeOnWindows: {
    code: 5000,
    name: "Not supported",
    message: "In classic Outlook for Windows the start or end of a recurring series can't be changed with start/end.setAsync; change the series through item.recurrence.",
  },
  occurrenceRecurrence: {
    code: 5000,
    name: "Not supported",
    message: "The recurrence of one occurrence can't be set: open the series to change it.",
  },
  notRecurring: { code: 5000, name: "Not supported", message: "This appointment is not a recurring series." },
  invalidEndTime: { code: 9010, name: "InvalidEndTime", message: "The end time cannot be before the start time." },
  recipientsExceeded: { code: 9012, name: "NumberOfRecipientsExceeded", message: "The total number of recipients in the field can't exceed 100." },
  dataTooLarge: { code: 9014, name: "DataExceedsMaximumSize", message: "The data exceeds the maximum size allowed." },
  invalidFormat: { code: 2006, name: "InvalidFormatError", message: "The format of the specified data object is not valid." },
  settingsTooLarge: { code: 9057, name: "SizeLimitExceeded", message: "A maximum of 32KB is available for the settings of each add-in." },
  tooManyCalls: {
    code: 5001,
    name: "Internal Error",
    message: "An internal error has occurred. (Outlook on the web runs at most 3 Office.js async calls at once; this was the fourth.)",
  },
} satisfies Record<string, OfficeErrorShape>;

export const ERROR_NAMES_BY_CODE: Record<number, string> = {
  5000: "Not supported",
  5001: "Internal Error",
  5009: "Permission Denied",
  9000: "AttachmentSizeExceeded",
  9010: "InvalidEndTime",
  9012: "NumberOfRecipientsExceeded",
  9014: "DataExceedsMaximumSize",
  9016: "PermissionDenied",
  9017: "AccessRestricted",
  9018: "GenericTokenError",
  9020: "GenericResponseError",
  9021: "SaveError",
  9022: "MessageInDifferentStoreError",
  9041: "NetworkError",
  9057: "SizeLimitExceeded",
};

/** What Office.js throws for a bad argument or an over-limit display form. */
export function argumentError(parameter: string, detail: string): Error {
  const error = new Error(`${detail} Parameter name: ${parameter}`);
  error.name = "Sys.ArgumentException";
  return error;
}

export function failureAsThrown(failure: FixtureFailure): Error {
  const error = new Error(failure.message) as Error & { code: number };
  error.name = failure.name;
  error.code = failure.code;
  return error;
}

