'use client';
import { Component } from 'react';
import type { ReactNode } from 'react';

export interface FallbackGuardProps {
  /** Plain text shown when the fallback itself throws ("Something went wrong. Reload the page…"). */
  text: string;
  dir: 'ltr' | 'rtl';
  children: ReactNode;
}

/**
 * An inner boundary around a fallback: a fallback that throws ends here, in plain text,
 * once, instead of looping through the outer boundary (suspensive does the same).
 */
export class FallbackGuard extends Component<FallbackGuardProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert" className="raek-boundary-fallback" dir={this.props.dir}>
        {this.props.text}
      </p>
    );
  }
}
