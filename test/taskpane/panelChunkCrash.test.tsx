// A panel that arrives but fails to render is a bug, not a lost chunk: the pane's crash
// message shows (the boundary around the panel lets it through), never "Try again".
import { render, screen, waitFor } from "@testing-library/react";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { createOfficeAdapter } from "../../src/office/officeAdapter";
import { installSimulatedHost } from "../../src/preview/simulatedHost";
import { loadFixture } from "../support/fixtures";

jest.mock("../../src/taskpane/components/DraftPanel", () => ({
  DraftPanel: () => {
    throw new Error("the draft panel broke");
  },
}));

test("a draft panel that throws while rendering ends in the crash message, with its detail", async () => {
  const error = jest.spyOn(console, "error").mockImplementation(() => {});
  try {
    installSimulatedHost(loadFixture("attendee-client-review-90min-onsite"), window);
    const office = (window as unknown as { Office: typeof Office }).Office;
    render(<TaskPane adapter={createOfficeAdapter(office)} />);
    await waitFor(() => expect(screen.getByText("Something went wrong in Offramp")).toBeInTheDocument());
    expect(screen.getByText(/the draft panel broke/)).toBeInTheDocument();
    expect(document.querySelector('[data-notice="panel-not-loaded"]')).toBeNull();
  } finally {
    error.mockRestore();
  }
});
