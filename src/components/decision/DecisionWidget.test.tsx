// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { cleanStores, keepMount } from 'nanostores';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import DecisionWidget from './DecisionWidget';
import { $decisions, EMPTY, answer } from './store';
import type { DecisionProps } from './types';

const props: DecisionProps = {
  id: 'gift-tickets',
  actual: 'decline',
  choices: [
    { id: 'accept', label: 'Accept the tickets', consequence: 'You enjoy the final.', lenses: ['Outcomes'] },
    { id: 'decline', label: 'Decline politely', consequence: 'You keep your distance.', lenses: ['Character'] },
  ],
};

function renderWidget() {
  return render(
    <div>
      <h2 id="gift-tickets">Do you take the tickets?</h2>
      <DecisionWidget {...props} />
    </div>,
  );
}

beforeEach(() => {
  useTestStorageEngine();
  keepMount($decisions);
});
afterEach(() => {
  cleanup();
  cleanStores($decisions);
  $decisions.set(EMPTY);
  cleanTestStorage();
});

describe('DecisionWidget', () => {
  it('offers every choice as a radio in a group named by the question', () => {
    renderWidget();
    const group = screen.getByRole('radiogroup', { name: 'Do you take the tickets?' });
    expect(group.querySelectorAll('input[type=radio]')).toHaveLength(2);
    expect(screen.getByRole('radio', { name: 'Decline politely' })).toBeTruthy();
  });

  it('asks for a pick before committing', () => {
    renderWidget();
    fireEvent.click(screen.getByRole('button', { name: 'Commit to this choice' }));
    expect(screen.getByRole('status').textContent).toBe('Pick one of the choices first.');
    expect($decisions.get().answers['gift-tickets']).toBeUndefined();
  });

  it('commits a choice, then reveals consequence and narrator, with no poll of one', async () => {
    renderWidget();
    fireEvent.click(screen.getByRole('radio', { name: 'Accept the tickets' }));
    fireEvent.click(screen.getByRole('button', { name: 'Commit to this choice' }));
    expect($decisions.get().answers['gift-tickets']?.choice).toBe('accept');
    expect(await screen.findByText('You enjoy the final.')).toBeTruthy();
    expect(screen.getByText(/In the story, the narrator chose/).textContent).toContain('Decline politely');
    expect(screen.queryByText(/Choices made on this device/)).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('changes an answer without doubling the tally', async () => {
    answer('gift-tickets', 'accept', 1);
    renderWidget();
    fireEvent.click(await screen.findByRole('button', { name: 'Change my answer' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Decline politely' }));
    fireEvent.click(screen.getByRole('button', { name: 'Change to this choice' }));
    expect($decisions.get().tally['gift-tickets']).toEqual({ accept: 0, decline: 1 });
    expect(await screen.findByText(/— the same as you/)).toBeTruthy();
  });

  it('clears an answer back to the open question', async () => {
    answer('gift-tickets', 'accept', 1);
    renderWidget();
    fireEvent.click(await screen.findByRole('button', { name: 'Clear my answer' }));
    expect(await screen.findByRole('radiogroup')).toBeTruthy();
    expect($decisions.get().tally['gift-tickets']).toEqual({ accept: 0 });
  });

  it('lets someone else answer into the tally only, leaving the reader’s answer and history alone', async () => {
    answer('gift-tickets', 'accept', 1);
    const history = $decisions.get().history;
    renderWidget();
    fireEvent.click(await screen.findByRole('button', { name: 'Someone else answers' }));
    expect(await screen.findByRole('radiogroup')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Decline politely' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add their answer' }));
    expect($decisions.get().tally['gift-tickets']).toEqual({ accept: 1, decline: 1 });
    expect($decisions.get().answers['gift-tickets']?.choice).toBe('accept');
    expect($decisions.get().history).toEqual(history);
    expect(await screen.findByText(/Choices made on this device/)).toBeTruthy();
    expect(screen.getByText('You chose:').textContent).toContain('Accept the tickets');
  });
});
