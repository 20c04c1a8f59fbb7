import { Component, type ReactNode } from 'react';

/**
 * Keeps a half-built form from taking the builder down: when the runner throws on the draft, the preview says
 * so, and tries again as soon as the draft changes (`resetKey`).
 */
export class PreviewBoundary extends Component<{ resetKey: unknown; message: string; children: ReactNode }, { failed: unknown }> {
  override state = { failed: undefined as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { failed: error ?? true };
  }
  override componentDidUpdate(previous: { resetKey: unknown }) {
    if (previous.resetKey !== this.props.resetKey && this.state.failed !== undefined) this.setState({ failed: undefined });
  }
  override render() {
    if (this.state.failed === undefined) return this.props.children;
    const detail = this.state.failed instanceof Error ? this.state.failed.message : '';
    return <p className="fb-problems" role="alert">{this.props.message} {detail}</p>;
  }
}
