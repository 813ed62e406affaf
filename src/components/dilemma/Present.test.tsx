// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import Present, { type PresentProps } from './Present';

afterEach(cleanup);

const props: PresentProps = {
  question: 'Do you accept the tickets?',
  setup: 'A supplier bidding for the contract offers two seats at the final.',
  choices: [{ label: 'Accept' }, { label: 'Decline' }],
  storyTitle: 'The Gift',
  forces: [{ id: 'reciprocity', title: 'Reciprocity', href: '/concepts/reciprocity/' }],
  legal: 'Hospitality meant to influence a tender can be a bribe under the Bribery Act 2010.',
  sources: [
    { title: 'Bribery Act 2010', publisher: 'UK Parliament', url: 'https://www.legislation.gov.uk/ukpga/2010/23/contents' },
    { title: 'A code with no public text', publisher: 'A trade body' },
  ],
  room: 'dilemma:gift-tickets',
  dilemmaUrl: 'https://judgment-calls.example/dilemmas/gift-tickets/',
  leaveHref: '/dilemmas/gift-tickets/',
};

describe('Present', () => {
  it('folds the forces, the legal context and its sources for the facilitator alone', () => {
    const { container } = render(<Present {...props} />);
    const fold = container.querySelector('details.after')!;
    expect(fold.classList.contains('facilitator-only')).toBe(true);
    expect(fold.querySelector('summary')!.textContent).toBe(
      'Once the room has chosen: what may have been pulling at you and the legal context',
    );
    const inFold = within(fold as HTMLElement);
    expect(inFold.getByRole('link', { name: 'Bribery Act 2010' }).getAttribute('href')).toBe(props.sources[0]!.url);
    expect(inFold.getByText(/A code with no public text/).closest('a')).toBeNull();
    expect(inFold.getByText(/^Background for discussion, not legal advice/)).toBeTruthy();
    expect(inFold.getByRole('link', { name: 'Reciprocity' })).toBeTruthy();
  });

  it('shows the setup, and no fold when there is nothing to hold back', () => {
    const { container } = render(<Present {...props} forces={[]} legal="" sources={[]} />);
    expect(screen.getByText(props.setup)).toBeTruthy();
    expect(container.querySelector('details')).toBeNull();
  });

  it('moves within a track or session, and shows a room’s join code instead of the dilemma’s own', () => {
    const { container } = render(
      <Present
        {...props}
        joined={{ code: '54Z', url: 'https://judgment-calls.example/tracks/gifts/?room=54Z' }}
        flow={{ title: 'Gifts', n: 1, total: 3, nextHref: '/tracks/gifts/2/#present' }}
      />,
    );
    expect(container.querySelector('a[rel=prev]')).toBeNull();
    expect(container.querySelector('a[rel=next]')!.getAttribute('href')).toBe('/tracks/gifts/2/#present');
    expect(container.querySelector('.present-bar')!.textContent).toContain('Gifts: dilemma 1 of 3');
    expect(container.querySelector('.present-room')!.textContent).toBe('Join room 54Z');
    expect(container.querySelectorAll('svg.qr')).toHaveLength(1);
    expect(container.querySelector('svg.qr')!.getAttribute('data-qr')).toBe('https://judgment-calls.example/tracks/gifts/?room=54Z');
  });
});
