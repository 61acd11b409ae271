import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ChipGroup, Dialog, Tabs } from './interactive';
import { TextField } from './components';

describe('Dialog', () => {
  it('moves focus in, closes on Escape and is labelled by its title', () => {
    const onClose = vi.fn();
    render(
      <Dialog title="Create a group" open onClose={onClose}>
        <TextField label="Name" />
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Create a group' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByLabelText('Name')).toHaveFocus();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });

  it('renders nothing when closed', () => {
    render(
      <Dialog title="Hidden" open={false} onClose={() => undefined}>
        x
      </Dialog>,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('Tabs', () => {
  function Harness() {
    const [tab, setTab] = useState('about');
    return (
      <Tabs
        label="Group"
        tabs={[
          { id: 'about', label: 'About' },
          { id: 'members', label: 'Members' },
        ]}
        selected={tab}
        onSelect={setTab}
      />
    );
  }
  it('moves between tabs with the arrow keys', async () => {
    render(<Harness />);
    const about = screen.getByRole('tab', { name: 'About' });
    about.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Members' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Members' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(about).toHaveAttribute('aria-selected', 'true');
  });
});

describe('ChipGroup', () => {
  it('toggles one chip at a time', async () => {
    const onChange = vi.fn();
    render(
      <ChipGroup
        label="Category"
        options={[
          { value: 'TEAM', label: 'Team' },
          { value: 'SOCIAL', label: 'Social' },
        ]}
        value="TEAM"
        onChange={onChange}
      />,
    );
    expect(screen.getByRole('button', { name: 'Team' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Social' }));
    expect(onChange).toHaveBeenCalledWith('SOCIAL');
    await userEvent.click(screen.getByRole('button', { name: 'Team' }));
    expect(onChange).toHaveBeenLastCalledWith(null);
  });
});

describe('TextField', () => {
  it('ties its error to the input', () => {
    render(<TextField label="Email" error="Enter a valid email address." />);
    const input = screen.getByLabelText('Email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter a valid email address.');
  });
});
