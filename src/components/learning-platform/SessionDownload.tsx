import './learning-platform.css';
import { Component } from 'preact';
import { MODES, NEEDS } from './modes';
import { saveFile } from '../../utils/download';

interface Props {
  title: string;
  dilemmas: { id: string; question: string }[];
  /** The site's base path, ending in "/": the package frames this site, at the address it is open on now. */
  base: string;
  /** The note for works councils and data-protection officers. */
  noteHref: string;
}

interface State {
  interactions: boolean;
  status: string;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/**
 * A coach's own session as a SCORM 1.2 package, made in this browser: the same
 * package a track downloads (package.ts), zipped by fflate, loaded only when
 * asked for.
 */
export default class SessionDownload extends Component<Props, State> {
  state: State = { interactions: false, status: '' };

  download = async () => {
    const { title, dilemmas, base } = this.props;
    const name = slug(title) || 'session';
    try {
      const { scormZip } = await import('./package');
      const zip = scormZip({
        id: `session-${name}`,
        title: title || 'A Judgment Calls session',
        site: `${location.origin}${base}`,
        dilemmas,
        interactions: this.state.interactions,
      });
      saveFile(`${name}${this.state.interactions ? '-with-answers' : ''}-scorm.zip`, zip, 'application/zip');
      this.setState({ status: `Package saved: ${dilemmas.length} dilemmas, ${Math.ceil(zip.length / 1024)} KB.` });
    } catch {
      this.setState({ status: 'The package could not be made here. Reload the page and try again.' });
    }
  };

  render({ dilemmas, noteHref }: Props, { interactions, status }: State) {
    return (
      <details class="facilitator-only platform-download">
        <summary>Download for your learning platform (SCORM 1.2)</summary>
        <p>{NEEDS}</p>
        <fieldset>
          <legend>What the platform receives</legend>
          {([false, true] as const).map((answers) => {
            const mode = MODES[answers ? 'answers' : 'plain'];
            return (
              <label key={mode.label} class="mode">
                <input
                  type="radio"
                  name="platform-mode"
                  checked={interactions === answers}
                  onChange={() => this.setState({ interactions: answers })}
                />
                <span>
                  <strong>{mode.label}</strong>
                  {answers ? ': ' : ' (recommended): '}
                  {mode.says}
                </span>
              </label>
            );
          })}
        </fieldset>
        <p>
          <button type="button" class="button" disabled={dilemmas.length === 0} onClick={this.download}>
            Download the package
          </button>{' '}
          <a href={noteHref}>What the platform receives, for works councils and data-protection officers</a>
        </p>
        <p role="status">{status}</p>
      </details>
    );
  }
}
