// Last line of defence: a rendering bug shows a message, never a blank pane.
import { Component, type ReactNode } from "react";
import { ProblemMessage } from "./ProblemMessage";
import { useTranslator } from "../i18nContext";

function CrashMessage({ detail }: { detail: string }) {
  const tr = useTranslator();
  return <ProblemMessage intent="error" title={tr.t("problem.crashed.title")} body={tr.t("problem.crashed.body", { detail })} />;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, { detail: string | null }> {
  override state = { detail: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { detail: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown) {
    console.error("[offramp] render failed", error);
  }

  override render() {
    return this.state.detail !== null ? <CrashMessage detail={this.state.detail} /> : this.props.children;
  }
}
