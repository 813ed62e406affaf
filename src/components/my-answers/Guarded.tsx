import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** What the children show, for the message: "answers", "lens profile". */
  what: string;
  children: ComponentChildren;
}

/** Shows its children, or a short message if they fail, so the data tools on the page always stay usable. */
export default class Guarded extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  componentDidCatch() {
    this.setState({ failed: true });
  }

  render({ what, children }: Props, { failed }: { failed: boolean }) {
    return failed ? <p class="empty">Your {what} could not be shown. Export and Clear below still work.</p> : <>{children}</>;
  }
}
