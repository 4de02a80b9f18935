// The benchmark's baseline: the least a React 18 + Fluent UI v9 pane can be
// (provider, one line of text, one button), built by the project's own webpack
// setup. The task pane's time to advice is reported as a ratio to this page.
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, Text, webLightTheme } from "@fluentui/react-components";

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Text as="p" data-outcome="baseline">
        A bare Fluent UI page for the first-render benchmark.
      </Text>
      <Button appearance="primary">Continue</Button>
    </FluentProvider>,
  );
}
