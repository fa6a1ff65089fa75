import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashResult } from './CrashResult';

/** Catches a page's render error so the shell (menu, header) stays usable. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('page crashed', error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <CrashResult error={this.state.error} />;
    return this.props.children;
  }
}
