// A panel that arrives as a chunk of its own (the draft, Settings) may not arrive: a network
// hiccup, or a new release that replaced the files this pane was opened with. Its place then
// says so, with a button that asks again, and the advice around it stays. A panel's own
// rendering errors are not this boundary's: they go on to the pane's ErrorBoundary.
import { Component, type ReactNode } from "react";
import { Button, Text } from "@fluentui/react-components";
import { useTranslator } from "../i18nContext";

/** A panel's chunk, or a catalog part it waits for, that did not arrive. */
export class PanelLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "PanelLoadError";
  }
}

/** `load`, with its failure marked as the panel not arriving (for React.lazy). */
export function panelLoad<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    load().catch((error: unknown) => {
      throw new PanelLoadError(error);
    });
}

function PanelNotLoaded({ onRetry }: { onRetry(): void }) {
  const tr = useTranslator();
  return (
    <div role="alert" data-notice="panel-not-loaded">
      <Text as="p" size={200} block>
        {tr.t("problem.panelNotLoaded.body")}
      </Text>
      <Button onClick={onRetry} data-action="retry-panel">
        {tr.t("problem.panelNotLoaded.retry")}
      </Button>
    </div>
  );
}

export interface PanelChunkBoundaryProps {
  /** Makes a new lazy panel: React.lazy keeps a failed load, so asking again needs a new one. */
  onRetry(): void;
  /** The panel did not arrive (what waited for it need not wait any more). */
  onFailed?(): void;
  children: ReactNode;
}

export class PanelChunkBoundary extends Component<PanelChunkBoundaryProps, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    if (error instanceof PanelLoadError) {
      console.warn("[offramp] a panel did not load", error);
      this.props.onFailed?.();
    }
  }

  private readonly retry = () => {
    this.setState({ error: null });
    this.props.onRetry();
  };

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    // Not a load failure: the pane's ErrorBoundary shows it.
    if (!(error instanceof PanelLoadError)) throw error;
    return <PanelNotLoaded onRetry={this.retry} />;
  }
}
